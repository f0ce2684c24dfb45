-- Version 11: every fact of a catalogue messenger service becomes a record of its own, with German and English text,
-- sources (title, publisher, address, document date), when and by whom it was checked, and a state (verified only with
-- a source). The free-text notes, the one "sources" field and the service-wide "verified on" date go: they move into
-- the facts, which stay UNVERIFIED because nothing said which source supported which fact. Services nobody changed
-- since the seed of version 3 are marked as written by edition "V3"; the catalogue edition shipped with the
-- application replaces them on start (catalogue/boundary/CatalogueEdition), changed ones are kept as they are.

ALTER TABLE messenger_service ADD COLUMN provider_role VARCHAR(50);
ALTER TABLE messenger_service ADD COLUMN server_region VARCHAR(50);
ALTER TABLE messenger_service ADD COLUMN deletion_options VARCHAR(50);
ALTER TABLE messenger_service ADD COLUMN edition VARCHAR(20);

UPDATE messenger_service SET provider_role = CASE variant
        WHEN 'CONSUMER_APP' THEN 'OWN_CONTROLLER'
        WHEN 'CARRIER_SERVICE' THEN 'OWN_CONTROLLER'
        WHEN 'SELF_HOSTED' THEN 'SELF_HOSTED'
        ELSE 'PROCESSOR' END,
    server_region = 'UNKNOWN',
    deletion_options = 'UNKNOWN',
    -- only the rows of the version 3 seed (ids 1 to 10, below the sequence's start of 50) that nobody changed; a new
    -- entity's first version is 0 on Hibernate and 1 on EclipseLink, so the version alone cannot tell
    edition = CASE WHEN id < 50 AND version = 0 THEN 'V3' ELSE NULL END;
-- "ALWAYS" meant: uploads the address book once the app may read it; "OPTIONAL": matching after an opt-in.
UPDATE messenger_service SET address_book_upload = 'WHEN_PERMITTED' WHERE address_book_upload = 'ALWAYS';
UPDATE messenger_service SET address_book_upload = 'HASHED_OPT_IN' WHERE address_book_upload = 'OPTIONAL';

ALTER TABLE messenger_service ALTER COLUMN provider_role SET NOT NULL;
ALTER TABLE messenger_service ALTER COLUMN server_region SET NOT NULL;
ALTER TABLE messenger_service ALTER COLUMN deletion_options SET NOT NULL;

CREATE SEQUENCE service_fact_seq START WITH 100000000 INCREMENT BY 50;

CREATE TABLE service_fact (
    id          BIGINT        NOT NULL PRIMARY KEY,
    service_id  BIGINT        NOT NULL REFERENCES messenger_service (id),
    topic       VARCHAR(50)   NOT NULL,
    state       VARCHAR(20)   NOT NULL,
    text_de     VARCHAR(4000),
    text_en     VARCHAR(4000),
    checked_on  DATE,
    checked_by  VARCHAR(200),
    CONSTRAINT service_fact_topic UNIQUE (service_id, topic)
);

CREATE TABLE service_fact_source (
    fact_id       BIGINT        NOT NULL REFERENCES service_fact (id),
    position      INTEGER       NOT NULL,
    title         VARCHAR(500)  NOT NULL,
    publisher     VARCHAR(200),
    url           VARCHAR(1000),
    document_date DATE,
    PRIMARY KEY (fact_id, position)
);

-- The existing texts, one fact per topic (ids below the sequence's start). Old texts were English; both languages
-- carry them until someone translates.
INSERT INTO service_fact (id, service_id, topic, state, text_de, text_en, checked_on)
SELECT id * 16, id, 'CONTRACTING_ENTITY', 'UNVERIFIED', t, t, verified_on FROM (SELECT id, verified_on,
    SUBSTRING(NULLIF(TRIM(COALESCE(notes, '') || COALESCE(' Sources: ' || sources, '')), '') FROM 1 FOR 4000) AS t
    FROM messenger_service) s;
INSERT INTO service_fact (id, service_id, topic, state, checked_on)
SELECT id * 16 + 1, id, 'PROVIDER_ROLE', 'UNVERIFIED', verified_on FROM messenger_service;
INSERT INTO service_fact (id, service_id, topic, state, text_de, text_en, checked_on)
SELECT id * 16 + 2, id, 'SERVER_LOCATIONS', 'UNVERIFIED', server_locations, server_locations, verified_on FROM messenger_service;
INSERT INTO service_fact (id, service_id, topic, state, text_de, text_en, checked_on)
SELECT id * 16 + 3, id, 'PROCESSING_AGREEMENT', 'UNVERIFIED', dpa_notes, dpa_notes, verified_on FROM messenger_service;
INSERT INTO service_fact (id, service_id, topic, state, checked_on)
SELECT id * 16 + 4, id, 'DPF_CERTIFICATION', 'UNVERIFIED', COALESCE(dpf_verified_on, verified_on) FROM messenger_service;
INSERT INTO service_fact_source (fact_id, position, title, url)
SELECT id * 16 + 4, 0, 'Data Privacy Framework List', dpf_evidence_url FROM messenger_service WHERE dpf_evidence_url IS NOT NULL;
INSERT INTO service_fact (id, service_id, topic, state, text_de, text_en, checked_on)
SELECT id * 16 + 5, id, 'END_TO_END_ENCRYPTION', 'UNVERIFIED', e2ee_notes, e2ee_notes, verified_on FROM messenger_service;
INSERT INTO service_fact (id, service_id, topic, state, text_de, text_en, checked_on)
SELECT id * 16 + 6, id, 'METADATA', 'UNVERIFIED', metadata_collected, metadata_collected, verified_on FROM messenger_service;
INSERT INTO service_fact (id, service_id, topic, state, checked_on)
SELECT id * 16 + 7, id, 'ADDRESS_BOOK', 'UNVERIFIED', verified_on FROM messenger_service;
INSERT INTO service_fact (id, service_id, topic, state, checked_on)
SELECT id * 16 + 8, id, 'BACKUP', 'UNVERIFIED', verified_on FROM messenger_service;
INSERT INTO service_fact (id, service_id, topic, state, checked_on)
SELECT id * 16 + 9, id, 'DELETION', 'UNVERIFIED', verified_on FROM messenger_service;

ALTER TABLE messenger_service DROP COLUMN dpa_notes;
ALTER TABLE messenger_service DROP COLUMN dpf_verified_on;
ALTER TABLE messenger_service DROP COLUMN dpf_evidence_url;
ALTER TABLE messenger_service DROP COLUMN e2ee_notes;
ALTER TABLE messenger_service DROP COLUMN notes;
ALTER TABLE messenger_service DROP COLUMN sources;
ALTER TABLE messenger_service DROP COLUMN verified_on;

CREATE TABLE catalogue_edition (
    edition    VARCHAR(20)  NOT NULL PRIMARY KEY,
    applied_at TIMESTAMP    NOT NULL
);
