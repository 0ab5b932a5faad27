-- The W3C trace context of the request that wrote the event, so the trace continues on Kafka
-- (the relay sends it as the record header traceparent). Null when tracing is off.
alter table outbox_event
    add column traceparent varchar(128),
    add column tracestate  varchar(512);
