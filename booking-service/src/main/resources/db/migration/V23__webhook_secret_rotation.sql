-- Rotating an endpoint's signing secret keeps the previous one for a while (both sign each delivery),
-- so a clinic switches its receiver without dropping a delivery. Sealed like the secret.
alter table webhook_endpoint add column previous_secret varchar(200);
alter table webhook_endpoint add column previous_secret_until timestamptz;
