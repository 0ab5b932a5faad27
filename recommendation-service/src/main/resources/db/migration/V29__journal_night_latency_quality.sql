-- What a therapist brief shows of each night besides its length and efficiency: the minutes it took to fall asleep
-- and the person's own rating (1-5; null for a wearable's night they did not rate). Both come with every sleep
-- event; nights stored before this column existed have none until they are logged or corrected again.
alter table journal_night add column if not exists sleep_latency_minutes integer;
alter table journal_night add column if not exists quality smallint;
