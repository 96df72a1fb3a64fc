-- Files a unit attaches to its report (evidence: minutes, lists, photos).
create table unit_report_file (
    unit_report_id  bigint not null references unit_report (id) on delete cascade,
    attachment_id   bigint not null references attachment (id),
    primary key (unit_report_id, attachment_id)
);
