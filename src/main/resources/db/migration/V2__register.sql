-- Version 2: the register. Messenger-service and TOM catalogues (global, seeded in V3), and per
-- organisation: channels, processors, transfers, measures (TOMs) and processing activities.
-- Sequences start at their increment so that Hibernate's and EclipseLink's pooled ids agree.

CREATE SEQUENCE messenger_service_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE catalogue_measure_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE channel_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE processor_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE transfer_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE measure_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE activity_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE messenger_service (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    created_at          TIMESTAMP     NOT NULL,
    updated_at          TIMESTAMP     NOT NULL,
    code                VARCHAR(100)  NOT NULL UNIQUE,
    name                VARCHAR(200)  NOT NULL,
    variant             VARCHAR(50)   NOT NULL,
    provider            VARCHAR(200)  NOT NULL,
    provider_country    VARCHAR(2),
    server_locations    VARCHAR(500),
    dpa_offered         VARCHAR(50)   NOT NULL,
    dpa_notes           VARCHAR(4000),
    dpf_status          VARCHAR(50)   NOT NULL,
    dpf_verified_on     DATE,
    dpf_evidence_url    VARCHAR(1000),
    e2ee_scope          VARCHAR(50)   NOT NULL,
    e2ee_notes          VARCHAR(4000),
    metadata_collected  VARCHAR(4000),
    address_book_upload VARCHAR(50)   NOT NULL,
    backup_encryption   VARCHAR(50)   NOT NULL,
    notes               VARCHAR(4000),
    sources             VARCHAR(4000),
    verified_on         DATE,
    facts_changed_at    TIMESTAMP     NOT NULL
);

CREATE TABLE catalogue_measure (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    created_at         TIMESTAMP     NOT NULL,
    updated_at         TIMESTAMP     NOT NULL,
    code               VARCHAR(100)  NOT NULL UNIQUE,
    title_de           VARCHAR(200)  NOT NULL,
    title_en           VARCHAR(200)  NOT NULL,
    description_de     VARCHAR(4000),
    description_en     VARCHAR(4000),
    art32_letter       VARCHAR(50)   NOT NULL,
    sdm_goal           VARCHAR(50)   NOT NULL,
    messenger_specific BOOLEAN       NOT NULL
);

CREATE TABLE channel (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    created_at           TIMESTAMP     NOT NULL,
    updated_at           TIMESTAMP     NOT NULL,
    organisation_id      BIGINT        NOT NULL REFERENCES organisation (id),
    name                 VARCHAR(200)  NOT NULL,
    service_id           BIGINT        NOT NULL REFERENCES messenger_service (id),
    audience             VARCHAR(50)   NOT NULL,
    contact_sync         BOOLEAN       NOT NULL,
    backup_mode          VARCHAR(50)   NOT NULL,
    art13_information    BOOLEAN       NOT NULL,
    art13_how            VARCHAR(4000),
    imprint_in_profile   BOOLEAN       NOT NULL,
    consent_recording    VARCHAR(4000),
    in_privacy_notice    BOOLEAN       NOT NULL,
    special_categories   BOOLEAN       NOT NULL,
    special_categories_notes VARCHAR(4000),
    purpose_summary      VARCHAR(4000),
    owner                VARCHAR(200),
    status               VARCHAR(50)   NOT NULL,
    last_reviewed_on     DATE,
    next_review_on       DATE
);
CREATE INDEX channel_org ON channel (organisation_id);

CREATE TABLE channel_device (
    channel_id BIGINT      NOT NULL REFERENCES channel (id) ON DELETE CASCADE,
    device     VARCHAR(50) NOT NULL,
    PRIMARY KEY (channel_id, device)
);

CREATE TABLE processor (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    created_at          TIMESTAMP     NOT NULL,
    updated_at          TIMESTAMP     NOT NULL,
    organisation_id     BIGINT        NOT NULL REFERENCES organisation (id),
    name                VARCHAR(200)  NOT NULL,
    street              VARCHAR(500),
    postal_code         VARCHAR(50),
    city                VARCHAR(200),
    country             VARCHAR(2),
    contact             VARCHAR(500),
    role                VARCHAR(50)   NOT NULL,
    main_processor_id   BIGINT        REFERENCES processor (id),
    agreement_status    VARCHAR(50)   NOT NULL,
    signed_on           DATE,
    valid_until         DATE,
    review_on           DATE,
    document_reference  VARCHAR(500),
    notes               VARCHAR(4000)
);
CREATE INDEX processor_org ON processor (organisation_id);

CREATE TABLE processor_service (
    processor_id BIGINT NOT NULL REFERENCES processor (id) ON DELETE CASCADE,
    service_id   BIGINT NOT NULL REFERENCES messenger_service (id),
    PRIMARY KEY (processor_id, service_id)
);

CREATE TABLE processor_channel (
    processor_id BIGINT NOT NULL REFERENCES processor (id) ON DELETE CASCADE,
    channel_id   BIGINT NOT NULL REFERENCES channel (id),
    PRIMARY KEY (processor_id, channel_id)
);

CREATE TABLE transfer (
    id                       BIGINT        NOT NULL PRIMARY KEY,
    version                  BIGINT        NOT NULL,
    created_at               TIMESTAMP     NOT NULL,
    updated_at               TIMESTAMP     NOT NULL,
    organisation_id          BIGINT        NOT NULL REFERENCES organisation (id),
    recipient                VARCHAR(200)  NOT NULL,
    country                  VARCHAR(2)    NOT NULL,
    processor_id             BIGINT        REFERENCES processor (id),
    mechanism                VARCHAR(50)   NOT NULL,
    scc_module               VARCHAR(50),
    derogation               VARCHAR(50),
    dpf_checked              BOOLEAN       NOT NULL,
    dpf_checked_on           DATE,
    dpf_evidence_url         VARCHAR(1000),
    tia_done                 BOOLEAN       NOT NULL,
    tia_date                 DATE,
    tia_reference            VARCHAR(500),
    safeguards_documentation VARCHAR(4000),
    notes                    VARCHAR(4000)
);
CREATE INDEX transfer_org ON transfer (organisation_id);

CREATE TABLE transfer_channel (
    transfer_id BIGINT NOT NULL REFERENCES transfer (id) ON DELETE CASCADE,
    channel_id  BIGINT NOT NULL REFERENCES channel (id),
    PRIMARY KEY (transfer_id, channel_id)
);

CREATE TABLE measure (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    created_at           TIMESTAMP     NOT NULL,
    updated_at           TIMESTAMP     NOT NULL,
    organisation_id      BIGINT        NOT NULL REFERENCES organisation (id),
    catalogue_measure_id BIGINT        REFERENCES catalogue_measure (id),
    title                VARCHAR(200)  NOT NULL,
    description          VARCHAR(4000),
    art32_letter         VARCHAR(50)   NOT NULL,
    sdm_goal             VARCHAR(50)   NOT NULL,
    messenger_specific   BOOLEAN       NOT NULL,
    status               VARCHAR(50)   NOT NULL,
    evidence             VARCHAR(4000)
);
CREATE INDEX measure_org ON measure (organisation_id);

CREATE TABLE channel_measure (
    channel_id BIGINT NOT NULL REFERENCES channel (id) ON DELETE CASCADE,
    measure_id BIGINT NOT NULL REFERENCES measure (id),
    PRIMARY KEY (channel_id, measure_id)
);

CREATE TABLE activity (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    created_at         TIMESTAMP     NOT NULL,
    updated_at         TIMESTAMP     NOT NULL,
    organisation_id    BIGINT        NOT NULL REFERENCES organisation (id),
    name               VARCHAR(200)  NOT NULL,
    description        VARCHAR(4000),
    record_type        VARCHAR(50)   NOT NULL,
    client_controller  VARCHAR(500),
    data_source        VARCHAR(4000),
    department         VARCHAR(200),
    contact_person     VARCHAR(200),
    dpia_decision      VARCHAR(50),
    dpia_reasons       VARCHAR(4000),
    dpia_reference     VARCHAR(500),
    tom_summary        VARCHAR(4000),
    status             VARCHAR(50)   NOT NULL,
    last_reviewed_on   DATE,
    next_review_on     DATE
);
CREATE INDEX activity_org ON activity (organisation_id);

CREATE TABLE activity_purpose (
    activity_id        BIGINT        NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position           INTEGER       NOT NULL,
    description        VARCHAR(4000) NOT NULL,
    legal_basis        VARCHAR(50)   NOT NULL,
    art9_condition     VARCHAR(50),
    statutory_source   VARCHAR(500),
    balancing_test_ref VARCHAR(500),
    PRIMARY KEY (activity_id, position)
);

CREATE TABLE activity_subject_category (
    activity_id BIGINT       NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    name        VARCHAR(200) NOT NULL,
    PRIMARY KEY (activity_id, position)
);

CREATE TABLE activity_data_category (
    activity_id      BIGINT        NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position         INTEGER       NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    special_category BOOLEAN       NOT NULL,
    erasure_period   VARCHAR(500),
    PRIMARY KEY (activity_id, position)
);

CREATE TABLE activity_recipient (
    activity_id  BIGINT        NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position     INTEGER       NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    kind         VARCHAR(50)   NOT NULL,
    country      VARCHAR(2),
    processor_id BIGINT        REFERENCES processor (id),
    PRIMARY KEY (activity_id, position)
);

CREATE TABLE activity_channel (
    activity_id BIGINT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    channel_id  BIGINT NOT NULL REFERENCES channel (id),
    PRIMARY KEY (activity_id, channel_id)
);

CREATE TABLE activity_measure (
    activity_id BIGINT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    measure_id  BIGINT NOT NULL REFERENCES measure (id),
    PRIMARY KEY (activity_id, measure_id)
);

CREATE TABLE activity_transfer (
    activity_id BIGINT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    transfer_id BIGINT NOT NULL REFERENCES transfer (id),
    PRIMARY KEY (activity_id, transfer_id)
);
