-- Version 6: indexes for the reverse direction of every link table and link column, so that "what uses
-- this channel / measure / processor" (findings, delete checks) is an index lookup on PostgreSQL too.
CREATE INDEX activity_channel_channel ON activity_channel (channel_id);
CREATE INDEX activity_measure_measure ON activity_measure (measure_id);
CREATE INDEX activity_transfer_transfer ON activity_transfer (transfer_id);
CREATE INDEX activity_recipient_processor ON activity_recipient (processor_id);
CREATE INDEX channel_measure_measure ON channel_measure (measure_id);
CREATE INDEX channel_service ON channel (service_id);
CREATE INDEX processor_channel_channel ON processor_channel (channel_id);
CREATE INDEX processor_service_service ON processor_service (service_id);
CREATE INDEX processor_main ON processor (main_processor_id);
CREATE INDEX transfer_channel_channel ON transfer_channel (channel_id);
CREATE INDEX transfer_processor ON transfer (processor_id);
