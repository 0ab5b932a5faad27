-- The local time a person went to bed (as logged, in their offset that night): their usual bedtime, the
-- median of recent nights, keeps suggested sessions well before it. Nights recorded before this column
-- existed have none and count for nothing until they are logged or corrected again.
alter table journal_night add column bedtime_local time;
