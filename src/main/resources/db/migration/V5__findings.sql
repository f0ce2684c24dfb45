-- Version 5: the DPO's risk acceptances of findings. Findings themselves are computed, never stored.
CREATE SEQUENCE finding_acceptance_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE finding_acceptance (
    id                    BIGINT         NOT NULL PRIMARY KEY,
    version               BIGINT         NOT NULL,
    created_at            TIMESTAMP      NOT NULL,
    updated_at            TIMESTAMP      NOT NULL,
    organisation_id       BIGINT         NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    rule_id               VARCHAR(50)    NOT NULL,
    object_id             BIGINT         NOT NULL,
    active_key            VARCHAR(100)   UNIQUE,
    justification         VARCHAR(4000)  NOT NULL,
    facts_digest          VARCHAR(64)    NOT NULL,
    facts                 VARCHAR(4000)  NOT NULL,
    accepted_by           VARCHAR(100)   NOT NULL,
    accepted_at           TIMESTAMP      NOT NULL,
    reopened_by           VARCHAR(100),
    reopened_at           TIMESTAMP,
    reopen_justification  VARCHAR(4000)
);

CREATE INDEX finding_acceptance_org ON finding_acceptance (organisation_id, object_id);
