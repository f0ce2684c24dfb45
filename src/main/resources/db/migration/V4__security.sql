-- Version 4: users, their roles and organisation memberships, and API tokens for integration clients.
CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE user_account (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    username        VARCHAR(100)  NOT NULL UNIQUE,
    display_name    VARCHAR(200),
    email           VARCHAR(254),
    password_hash   VARCHAR(500),
    enabled         BOOLEAN       NOT NULL,
    failed_logins   INTEGER       NOT NULL,
    locked_until    TIMESTAMP,
    last_login_at   TIMESTAMP
);

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role    VARCHAR(50) NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE TABLE membership (
    user_id         BIGINT NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, organisation_id)
);

CREATE TABLE api_token (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    updated_at    TIMESTAMP     NOT NULL,
    user_id       BIGINT        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    name          VARCHAR(200)  NOT NULL,
    token_prefix  VARCHAR(20)   NOT NULL,
    token_hash    VARCHAR(128)  NOT NULL UNIQUE,
    expires_at    TIMESTAMP     NOT NULL,
    revoked_at    TIMESTAMP,
    last_used_at  TIMESTAMP,
    created_by    VARCHAR(100)  NOT NULL
);
