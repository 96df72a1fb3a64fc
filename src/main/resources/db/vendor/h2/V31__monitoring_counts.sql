-- Issue 17: the dashboard's counts per period are kept by PostgreSQL triggers (db/vendor/postgresql/V31). The
-- embedded H2 database of the default run has the table for the same schema but no triggers: the dashboard
-- reads its (small) counts from the reports there (MonitoringQueries).
create table monitoring_count (
    period_id           bigint      not null references reporting_period (id) on delete cascade,
    status              varchar(20) not null,
    submitted_on        date,
    deactivation        varchar(6)  not null,
    reports             integer     not null,
    last_submitted_at   timestamp,
    last_deactivated_at timestamp
);
create index monitoring_count_period_idx on monitoring_count (period_id);
