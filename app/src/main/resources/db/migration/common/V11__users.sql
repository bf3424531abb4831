-- Sign-in (seed §5.2): users with roles and task groups, and the refresh tokens of their sign-ins.
-- Plain SQL both H2 and PostgreSQL read the same way.

CREATE TABLE users (
    id            UUID                        NOT NULL,
    username      VARCHAR(64)                 NOT NULL,
    display_name  VARCHAR(100)                NOT NULL,
    -- Spring Security's encoded form, algorithm included ({bcrypt}$2a$10$…)
    password_hash VARCHAR(255)                NOT NULL,
    enabled       BOOLEAN                     NOT NULL,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version       BIGINT                      NOT NULL,
    CONSTRAINT pk_users PRIMARY KEY (id),
    CONSTRAINT uk_users_username UNIQUE (username)
);

-- ADMIN, MARKETER, AGENT, OPS, DEVELOPER (com.huoke.security.Role)
CREATE TABLE user_roles (
    user_id UUID        NOT NULL,
    role    VARCHAR(16) NOT NULL,
    CONSTRAINT pk_user_roles PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_roles_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

-- task candidate groups (sales, sales-leads, …) the user's tasklist offers
CREATE TABLE user_groups (
    user_id    UUID        NOT NULL,
    group_name VARCHAR(64) NOT NULL,
    CONSTRAINT pk_user_groups PRIMARY KEY (user_id, group_name),
    CONSTRAINT fk_user_groups_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

-- Only the SHA-256 (hex) of a refresh token is stored, never the token. One family per sign-in: each
-- refresh marks its token used and issues the next of the family; a used token presented again
-- revokes the whole family.
CREATE TABLE refresh_tokens (
    id         UUID                        NOT NULL,
    token_hash VARCHAR(64)                 NOT NULL,
    family_id  UUID                        NOT NULL,
    user_id    UUID                        NOT NULL,
    issued_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP(6) WITH TIME ZONE,
    revoked_at TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT pk_refresh_tokens PRIMARY KEY (id),
    CONSTRAINT uk_refresh_tokens_hash UNIQUE (token_hash),
    CONSTRAINT fk_refresh_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE INDEX ix_refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX ix_refresh_tokens_user ON refresh_tokens (user_id, expires_at);
