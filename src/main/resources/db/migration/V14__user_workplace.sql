-- Version 14: the organisation each user last worked in, so that a login lands there (an external DPO with several
-- clients must not find another client's register in front of them). Kept apart from the account, so that switching
-- never conflicts with an admin's change of the account.
CREATE TABLE user_workplace (
    username        VARCHAR(100) NOT NULL PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    chosen_at       TIMESTAMP    NOT NULL
);
