-- Issue 11: what a notification is about, as the bell groups it (e.g. the period "6 tháng 2025"),
-- written in the recipient's language like the title; null when it concerns no period.
alter table notification add column topic varchar(120);
