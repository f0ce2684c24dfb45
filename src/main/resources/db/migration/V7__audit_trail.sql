-- Version 7: the audit trail (append-only, hash-chained), approved versions of processing activities,
-- and the last review of a processing agreement.

-- Every change, in the order it was committed. seq has no gaps: it comes from audit_head, which every
-- writing transaction locks, so the chain never forks. hash = SHA-256 over the entry's fields and prev_hash.
CREATE TABLE audit_entry (
    seq              BIGINT         NOT NULL PRIMARY KEY,
    occurred_at      TIMESTAMP      NOT NULL,
    actor            VARCHAR(100)   NOT NULL,
    organisation_id  BIGINT,
    object_kind      VARCHAR(40)    NOT NULL,
    object_id        VARCHAR(100)   NOT NULL,
    object_name      VARCHAR(300),
    action           VARCHAR(30)    NOT NULL,
    before_value     TEXT,
    after_value      TEXT,
    prev_hash        VARCHAR(64)    NOT NULL,
    hash             VARCHAR(64)    NOT NULL
);

CREATE INDEX audit_entry_org ON audit_entry (organisation_id, occurred_at);
CREATE INDEX audit_entry_object ON audit_entry (object_kind, object_id);

CREATE TABLE audit_head (
    id         INT           NOT NULL PRIMARY KEY,
    last_seq   BIGINT        NOT NULL,
    last_hash  VARCHAR(64)   NOT NULL
);

INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Approval of processing activities: the state of the current content, and the frozen approved versions.
ALTER TABLE activity ADD COLUMN approval_state VARCHAR(20) DEFAULT 'DRAFT' NOT NULL;

CREATE SEQUENCE activity_version_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE activity_version (
    id               BIGINT         NOT NULL PRIMARY KEY,
    activity_id      BIGINT         NOT NULL,
    organisation_id  BIGINT         NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    number           INT            NOT NULL,
    content          TEXT           NOT NULL,
    approved_by      VARCHAR(100)   NOT NULL,
    approved_at      TIMESTAMP      NOT NULL,
    superseded_at    TIMESTAMP,         -- a later approval, or the deletion of the activity, ends a version
    UNIQUE (activity_id, number)
);

CREATE INDEX activity_version_org ON activity_version (organisation_id, approved_at);

ALTER TABLE processor ADD COLUMN last_reviewed_on DATE;
