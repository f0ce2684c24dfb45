-- Version 13: information duties and the organisation of data protection are not Art. 32 security measures. Measures
-- say what they are for; only security measures name a letter of Art. 32(1). The catalogue entries that were filed
-- under Art. 32(1)(b) without being security measures move to their kind, and so do the measures adopting them.

ALTER TABLE catalogue_measure ADD COLUMN kind VARCHAR(30) DEFAULT 'SECURITY' NOT NULL;
ALTER TABLE catalogue_measure ALTER COLUMN art32_letter DROP NOT NULL;
UPDATE catalogue_measure SET kind = 'INFORMATION_DUTY', art32_letter = NULL WHERE code IN ('art13-greeting', 'imprint-in-profile');
UPDATE catalogue_measure SET kind = 'DATA_PROTECTION_ORGANISATION', art32_letter = NULL
    WHERE code IN ('erasure-concept', 'data-subject-rights');

ALTER TABLE measure ADD COLUMN kind VARCHAR(30) DEFAULT 'SECURITY' NOT NULL;
ALTER TABLE measure ALTER COLUMN art32_letter DROP NOT NULL;
UPDATE measure SET kind = (SELECT c.kind FROM catalogue_measure c WHERE c.id = measure.catalogue_measure_id)
    WHERE catalogue_measure_id IS NOT NULL;
UPDATE measure SET art32_letter = NULL WHERE kind <> 'SECURITY';
