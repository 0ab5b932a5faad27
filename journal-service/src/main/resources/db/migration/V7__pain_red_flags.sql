-- The red-flag screen of a pain entry (docs/safety.md): the flags answered yes, comma-separated in the
-- enum's order; '' when every answer was no; null when the person was not asked (entries before this too).
alter table pain_entry add column red_flags varchar(400);
