-- One row per night a person logged. Derived metrics are stored with the entry, computed when it is
-- written, so lists and summaries never recompute them.
create table sleep_entry (
    id                              uuid primary key,
    user_id                         varchar(255) not null,
    night                           date not null,
    bedtime                         timestamp with time zone not null,
    wake_time                       timestamp with time zone not null,
    sleep_latency_minutes           integer not null check (sleep_latency_minutes >= 0),
    awakenings                      integer not null check (awakenings >= 0),
    wake_after_sleep_onset_minutes  integer not null check (wake_after_sleep_onset_minutes >= 0),
    quality                         smallint not null check (quality between 1 and 5),
    notes                           text,
    time_in_bed_minutes             integer not null,
    total_sleep_minutes             integer not null,
    sleep_efficiency                numeric(5, 2) not null,
    poor_sleep                      boolean not null,
    poor_sleep_reasons              varchar(255) not null default '',
    created_at                      timestamp with time zone not null,
    updated_at                      timestamp with time zone not null,
    version                         bigint not null default 0,
    check (wake_time > bedtime)
);

-- Every read is one person's nights, newest first.
create index sleep_entry_user_night on sleep_entry (user_id, night desc);
