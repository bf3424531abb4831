-- The inbox (seed PRD §2.3): messages customers wrote to the business on any channel. A platform
-- re-delivers a message with the same id, so (channel, platform message id) is unique.
CREATE TABLE inbox_messages (
    id                  UUID                     NOT NULL,
    channel_id          UUID                     NOT NULL,
    platform            VARCHAR(32)              NOT NULL,
    platform_message_id VARCHAR(128)             NOT NULL,
    sender_kind         VARCHAR(32)              NOT NULL,
    sender_id           VARCHAR(128)             NOT NULL,
    recipient           VARCHAR(128),
    message_type        VARCHAR(32)              NOT NULL,
    -- encrypted (PersonalDataCipher): customers write their phone numbers and addresses here
    text                VARCHAR,
    sent_at             TIMESTAMP WITH TIME ZONE,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_inbox_messages PRIMARY KEY (id),
    CONSTRAINT uq_inbox_messages_platform_id UNIQUE (channel_id, platform_message_id)
);

CREATE INDEX ix_inbox_messages_received_at ON inbox_messages (received_at DESC, id DESC);
CREATE INDEX ix_inbox_messages_channel ON inbox_messages (channel_id, received_at DESC);
