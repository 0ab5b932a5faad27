-- A suggestion offers slots of one week from when it was made (or last refreshed by a poor night); when
-- that week has passed untaken it expires (service/Expiry), with restwell.recommendation.expired.v1.
alter table recommendation add column expires_at timestamp with time zone;
update recommendation set expires_at = updated_at + interval '7 days';
alter table recommendation alter column expires_at set not null;
-- The sweep looks only at open suggestions that are due.
create index recommendation_open_expiry on recommendation (expires_at) where status = 'SUGGESTED';
