-- Version 15: four eyes on approvals, and the time zone an organisation reads times in. Who submitted an activity for approval (the approver must be someone else unless
-- the organisation allows self-approval, e.g. a one-person office), and with each approved version whether it was
-- approved by its submitter and how many findings of high severity were open and confirmed at the time.
ALTER TABLE activity ADD COLUMN submitted_by VARCHAR(100);
-- an activity already in review was submitted by whoever the trail's last SUBMIT entry names
UPDATE activity SET submitted_by = (SELECT e.actor FROM audit_entry e WHERE e.seq = (SELECT MAX(s.seq) FROM audit_entry s
    WHERE s.object_kind = 'ACTIVITY' AND s.action = 'SUBMIT' AND s.object_id = CAST(activity.id AS VARCHAR(100))))
WHERE approval_state = 'IN_REVIEW';
ALTER TABLE activity_version ADD COLUMN submitted_by VARCHAR(100);
ALTER TABLE activity_version ADD COLUMN self_approved BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE activity_version ADD COLUMN open_high_findings INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE organisation ADD COLUMN self_approval_allowed BOOLEAN DEFAULT FALSE NOT NULL;
-- times are stored in UTC; screens and documents show them in the organisation's zone
ALTER TABLE organisation ADD COLUMN time_zone VARCHAR(40) DEFAULT 'Europe/Berlin' NOT NULL;
