-- The red-flag screen of a pain rating, as journal.events carries it (docs/safety.md): the flags answered
-- yes, comma-separated; '' when all were no; null when the person was not asked (ratings before this too).
alter table journal_pain add column red_flags text;
