-- Version 1: the organisations (controllers) that own register data.
-- Portable SQL for H2 2.x and PostgreSQL: ids from sequences (STACK trap 4), no provider DDL.
CREATE SEQUENCE organisation_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE organisation (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    created_at        TIMESTAMP     NOT NULL,
    updated_at        TIMESTAMP     NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    street            VARCHAR(500),
    postal_code       VARCHAR(50),
    city              VARCHAR(200),
    country           VARCHAR(2),
    email             VARCHAR(254),
    phone             VARCHAR(50),
    website           VARCHAR(1000),
    management        VARCHAR(500),
    dpo_kind          VARCHAR(50),
    dpo_name          VARCHAR(200),
    dpo_company       VARCHAR(200),
    dpo_email         VARCHAR(254),
    dpo_phone         VARCHAR(50),
    eu_representative VARCHAR(500)
);

CREATE TABLE organisation_joint_controller (
    organisation_id BIGINT        NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    position        INTEGER       NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    contact         VARCHAR(500),
    arrangement     VARCHAR(4000),
    PRIMARY KEY (organisation_id, position)
);
