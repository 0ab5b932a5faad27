-- Wearable import (docs/journal-sync.md, "Wearable import"): a night can come from Health Connect,
-- HealthKit or Fitbit with its source record and minutes per stage. No device measures how a night
-- felt, so an imported night has no quality until the person rates it.

alter table sleep_entry
    alter column quality drop not null,
    add column source_platform       varchar(16) check (source_platform in ('HEALTH_CONNECT', 'HEALTHKIT', 'FITBIT')),
    add column source_app            varchar(255),
    add column source_device         varchar(255),
    add column source_record_id      varchar(255),
    add column source_record_version bigint check (source_record_version >= 0),
    add column stage_awake_minutes              integer check (stage_awake_minutes >= 0),
    add column stage_light_minutes              integer check (stage_light_minutes >= 0),
    add column stage_deep_minutes               integer check (stage_deep_minutes >= 0),
    add column stage_rem_minutes                integer check (stage_rem_minutes >= 0),
    add column stage_out_of_bed_minutes         integer check (stage_out_of_bed_minutes >= 0),
    add column stage_asleep_unspecified_minutes integer check (stage_asleep_unspecified_minutes >= 0),
    add constraint sleep_entry_source_whole check (
        (source_platform is null and source_app is null and source_record_id is null and source_record_version is null)
        or (source_platform is not null and source_app is not null and source_record_id is not null
            and source_record_version is not null));

-- Importing the same source record again finds the entry it became (a replay or a newer version).
create unique index sleep_entry_source_record on sleep_entry (user_id, source_platform, source_record_id)
    where source_record_id is not null;
