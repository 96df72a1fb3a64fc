-- One snapshot per consolidated report: the accepted unit reports its figures, its list of missing
-- units and its narrative were built from, and when (null: never taken, the live set counts)
create table consolidated_report_basis (
    consolidated_report_id  bigint  not null references consolidated_report (id) on delete cascade,
    unit_report_id          bigint  not null references unit_report (id) on delete cascade,
    primary key (consolidated_report_id, unit_report_id)
);
alter table consolidated_report add column basis_taken_at timestamp;
