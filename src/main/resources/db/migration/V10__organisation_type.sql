-- Version 10: what kind of body the controller is (a public body must designate a DPO, Art. 37(1)(a)); empty until a
-- DPO states it.
ALTER TABLE organisation ADD COLUMN organisation_type VARCHAR(30);
