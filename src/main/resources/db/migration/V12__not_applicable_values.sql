-- "Không phát sinh": a reporter says there was nothing to count this period (no numbers), with a note
alter table indicator_value add column not_applicable boolean not null default false;
alter table indicator_value add column note varchar(500);
