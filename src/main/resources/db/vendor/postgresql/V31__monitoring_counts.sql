-- Issue 17: the dashboard's counts kept per period (= organisation × period), so a country's dashboard reads a
-- few rows per period instead of every report. One row per group of a period's reports alike in everything the
-- definitions (monitoring.ReportingRates) read that does not depend on the clock: the status, the day of the
-- first submission in Vietnam time (the deadline is the end of a day there), and whether the unit was
-- deactivated after or before it submitted. The latest submission and deactivation of the group let the reader
-- check the clock: a group with a moment after "now" (the demo clock set back) is read from the reports.
-- Kept current by the triggers below, in the transaction that changes a report or a unit, whatever writes it
-- (the services, the organisation changes, SQL). Timestamps are wall clocks of the application's zone, which
-- the JDBC driver sets as the session's TimeZone: the same reading as the application's.
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

create function monitoring_count_refresh(periods bigint[]) returns void language plpgsql as $$
declare
    p bigint;
begin
    -- one writer per period at a time, in id order: two transactions never count from stale groups
    foreach p in array (select coalesce(array_agg(distinct x order by x), '{}') from unnest(periods) x where x is not null) loop
        perform pg_advisory_xact_lock(7331, (p % 2147483647)::int);
    end loop;
    delete from monitoring_count where period_id = any (periods);
    insert into monitoring_count (period_id, status, submitted_on, deactivation, reports, last_submitted_at,
                                  last_deactivated_at)
    select g.period_id, g.status, g.submitted_on, g.deactivation, count(*), max(g.first_submitted_at),
           max(g.deactivated_at)
    from (select ur.period_id, ur.status, o.deactivated_at,
                 case when o.deactivated_at is not null
                      and (ur.first_submitted_at is null or ur.first_submitted_at > o.deactivated_at)
                      then null else ur.first_submitted_at end as first_submitted_at,
                 case when o.deactivated_at is null then 'ACTIVE'
                      when ur.first_submitted_at is not null and ur.first_submitted_at <= o.deactivated_at then 'AFTER'
                      else 'BEFORE' end as deactivation,
                 case when o.deactivated_at is not null
                      and (ur.first_submitted_at is null or ur.first_submitted_at > o.deactivated_at) then null
                      else ((ur.first_submitted_at at time zone current_setting('TimeZone'))
                            at time zone 'Asia/Ho_Chi_Minh')::date end as submitted_on
          from unit_report ur join org_unit o on o.id = ur.org_unit_id
          where ur.period_id = any (periods)) g
    group by g.period_id, g.status, g.submitted_on, g.deactivation;
end $$;

create function monitoring_count_reports_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform monitoring_count_refresh(array(select distinct period_id from new_reports));
    elsif tg_op = 'DELETE' then
        perform monitoring_count_refresh(array(select distinct period_id from old_reports));
    else
        perform monitoring_count_refresh(array(
            select n.period_id from new_reports n join old_reports o on o.id = n.id
            where n.status is distinct from o.status or n.first_submitted_at is distinct from o.first_submitted_at
               or n.org_unit_id is distinct from o.org_unit_id or n.period_id is distinct from o.period_id
            union
            select o.period_id from new_reports n join old_reports o on o.id = n.id
            where n.period_id is distinct from o.period_id));
    end if;
    return null;
end $$;

create trigger monitoring_count_reports_inserted after insert on unit_report
    referencing new table as new_reports for each statement execute function monitoring_count_reports_changed();
create trigger monitoring_count_reports_updated after update on unit_report
    referencing new table as new_reports old table as old_reports
    for each statement execute function monitoring_count_reports_changed();
create trigger monitoring_count_reports_deleted after delete on unit_report
    referencing old table as old_reports for each statement execute function monitoring_count_reports_changed();

create function monitoring_count_units_changed() returns trigger language plpgsql as $$
begin
    perform monitoring_count_refresh(array(
        select distinct ur.period_id from new_units n join old_units o on o.id = n.id
        join unit_report ur on ur.org_unit_id = n.id
        where n.deactivated_at is distinct from o.deactivated_at));
    return null;
end $$;

create trigger monitoring_count_units_updated after update on org_unit
    referencing new table as new_units old table as old_units
    for each statement execute function monitoring_count_units_changed();

-- the reports already there
select monitoring_count_refresh(array(select id from reporting_period));
