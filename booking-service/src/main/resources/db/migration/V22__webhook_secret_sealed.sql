-- Signing secrets are stored sealed (domain/SecretBox: "v1:" + base64 of nonce, ciphertext and tag,
-- about 90 characters for a whsec_ secret). Rows stored in plain text before are sealed by the service
-- at start-up (webhook/SecretsAtRest), since only it holds the key.
alter table webhook_endpoint alter column secret type varchar(200);
comment on column webhook_endpoint.secret is 'The signing secret, sealed with the service''s key (v1:...); never plain text once sealed';
