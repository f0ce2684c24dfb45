-- Version 9: each trail entry names the shape of its before and after values (issue 16). Every entry written so far
-- recorded them as the API showed the object then: snapshot version 1. Their hashes (versions 1 and 2) do not cover
-- the new column, so they verify as before; entries from now on are hashed with version 3, which does.
ALTER TABLE audit_entry ADD COLUMN snapshot_version SMALLINT DEFAULT 1 NOT NULL;
