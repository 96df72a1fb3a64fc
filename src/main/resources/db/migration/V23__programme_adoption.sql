-- A programme already under way, registered as it was issued outside the system (issue 14, point 5):
-- the plan keeps its real number, date and signer (plan.doc_number, issued_on, signer_*), this table
-- says it was registered so and holds its signed file. Periods already over when it was registered
-- are marked PAST (reporting_period.status): no process runs them. Their figures may be entered
-- afterwards as historical data: a consolidated report marked here as entered later, dated as the
-- officer says.
create table plan_adoption (
    plan_id         bigint      primary key references plan (id) on delete cascade,
    signed_file_id  bigint      references attachment (id),
    adopted_at      timestamp   not null,
    adopted_by      varchar(60) not null
);

create table historical_report (
    consolidated_report_id  bigint      primary key references consolidated_report (id) on delete cascade,
    dated_on                date        not null,
    entered_at              timestamp   not null,
    entered_by              varchar(60) not null
);
