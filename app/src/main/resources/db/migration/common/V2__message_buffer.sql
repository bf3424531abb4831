-- Messages published while no subscription waits for them, kept until their time to live runs out
-- (Zeebe buffers messages; Operaton does not). A subscription that opens later consumes the oldest
-- unexpired one with its name and correlation key. Rows of correlated messages that carry a message id
-- stay (consumed_at set) until they expire, so re-publishing the same message id stays idempotent.
CREATE TABLE huoke_message_buffer (
    id              VARCHAR(36)              NOT NULL,
    message_name    VARCHAR(255)             NOT NULL,
    correlation_key VARCHAR(1000)            NOT NULL,
    message_id      VARCHAR(255),
    variables       TEXT                     NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    consumed_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_huoke_message_buffer PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ux_huoke_message_buffer_message_id
    ON huoke_message_buffer (message_name, correlation_key, message_id);

CREATE INDEX ix_huoke_message_buffer_waiting
    ON huoke_message_buffer (message_name, correlation_key, published_at);

CREATE INDEX ix_huoke_message_buffer_expires_at
    ON huoke_message_buffer (expires_at);
