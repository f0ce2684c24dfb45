-- Version 12: questions a DPO may not be able to answer yet take "unknown" (which raises a finding) instead of a false
-- "no". Contact sync and the Art. 13 information keep what they said (true → YES, false → NO); the new questions are
-- UNKNOWN for existing channels, because nobody has answered them. Channels record their own arrangements with the
-- provider where they differ from the shared catalogue.

ALTER TABLE channel ADD COLUMN contact_sync_answer VARCHAR(10);
ALTER TABLE channel ADD COLUMN art13_answer VARCHAR(10);
UPDATE channel SET contact_sync_answer = CASE WHEN contact_sync THEN 'YES' ELSE 'NO' END,
    art13_answer = CASE WHEN art13_information THEN 'YES' ELSE 'NO' END;
ALTER TABLE channel ALTER COLUMN contact_sync_answer SET NOT NULL;
ALTER TABLE channel ALTER COLUMN art13_answer SET NOT NULL;
ALTER TABLE channel DROP COLUMN contact_sync;
ALTER TABLE channel DROP COLUMN art13_information;

ALTER TABLE channel ADD COLUMN third_party_data VARCHAR(10) DEFAULT 'UNKNOWN' NOT NULL;
ALTER TABLE channel ADD COLUMN art14_information VARCHAR(10) DEFAULT 'UNKNOWN' NOT NULL;
ALTER TABLE channel ADD COLUMN business_correspondence VARCHAR(10) DEFAULT 'UNKNOWN' NOT NULL;
ALTER TABLE channel ADD COLUMN disappearing_messages VARCHAR(10) DEFAULT 'UNKNOWN' NOT NULL;
ALTER TABLE channel ADD COLUMN works_agreement VARCHAR(10) DEFAULT 'UNKNOWN' NOT NULL;

CREATE TABLE channel_fact_deviation (
    channel_id BIGINT        NOT NULL REFERENCES channel (id),
    position   INTEGER       NOT NULL,
    topic      VARCHAR(50)   NOT NULL,
    statement  VARCHAR(4000) NOT NULL,
    evidence   VARCHAR(500),
    PRIMARY KEY (channel_id, position)
);
