-- Why a person dismissed a suggestion, in their words (optional): feedback for the rules.
alter table recommendation add column dismiss_reason varchar(500);
