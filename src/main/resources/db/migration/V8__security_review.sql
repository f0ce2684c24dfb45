-- Version 8: fixes from the security review (issue 15).

-- Demo accounts carry their origin: their passwords are public, so they log in only while demo mode is on.
ALTER TABLE user_account ADD COLUMN demo BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE user_account SET demo = TRUE
 WHERE username IN ('demo-dpo', 'demo-auditor', 'demo-integration', 'demo-admin') AND display_name LIKE 'Demo %';

-- A generated first-start password must be replaced at the first login.
ALTER TABLE user_account ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;

-- How an entry's hash is computed: 1 = fields joined by line breaks (entries written before version 8),
-- 2 = every field prefixed by its length, so no field boundary can move without changing the hash.
ALTER TABLE audit_entry ADD COLUMN hash_version SMALLINT DEFAULT 1 NOT NULL;
