-- Issue 17: a report's new status or first submission moves it from one group of monitoring_count to another.
-- Until now every such change recounted all the reports of its period (V31's monitoring_count_refresh): a unit
-- report's submission and acceptance recounted its commune's dozen reports each, and each commune's report
-- arriving at or accepted by its province recounted the province's whole period, so a period cost the square of
-- its reports. Now the group it leaves loses one and the group it joins gains one, under the same per-period lock.
-- A report created, deleted, or moved to another period or unit is still recounted with its periods (opening a
-- period, organisation changes), and so is any change the read model cannot take as a move: a group left that is
-- not there, or a count that would fall below zero (rows edited by hand), which the recount repairs.
--
-- The latest submission of a group a report has left may still be that report's. It is of the same day (the day is
-- part of the group), so the group reads the same; a dashboard asked for a moment before it (the demo clock set
-- back) reads that period from its reports, as for any group with a moment after "now".

-- the group a report belongs to, as monitoring_count_refresh computes it: its first submission as the dashboard
-- counts it (none when the unit was deactivated before it), and how its unit's deactivation stands to it
create function monitoring_count_first(first_submitted_at timestamp, deactivated_at timestamp) returns timestamp
    language sql immutable as $$
    select case when deactivated_at is not null and (first_submitted_at is null or first_submitted_at > deactivated_at)
                then null else first_submitted_at end
$$;

create function monitoring_count_deactivation(first_submitted_at timestamp, deactivated_at timestamp)
    returns varchar language sql immutable as $$
    select case when deactivated_at is null then 'ACTIVE'
                when first_submitted_at is not null and first_submitted_at <= deactivated_at then 'AFTER'
                else 'BEFORE' end
$$;

-- the day in Vietnam of a wall-clock moment of the session's zone (the JDBC driver sets it to the application's)
create function monitoring_count_day(at timestamp) returns date language sql stable as $$
    select ((at at time zone current_setting('TimeZone')) at time zone 'Asia/Ho_Chi_Minh')::date
$$;

-- the recount, as in V31, with the group's definition above (one definition for both ways of keeping the counts)
create or replace function monitoring_count_refresh(periods bigint[]) returns void language plpgsql as $$
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
    select g.period_id, g.status, monitoring_count_day(g.first_submitted_at), g.deactivation, count(*),
           max(g.first_submitted_at), max(g.deactivated_at)
    from (select ur.period_id, ur.status, o.deactivated_at,
                 monitoring_count_first(ur.first_submitted_at, o.deactivated_at) as first_submitted_at,
                 monitoring_count_deactivation(ur.first_submitted_at, o.deactivated_at) as deactivation
          from unit_report ur join org_unit o on o.id = ur.org_unit_id
          where ur.period_id = any (periods)) g
    group by g.period_id, g.status, monitoring_count_day(g.first_submitted_at), g.deactivation;
end $$;

create or replace function monitoring_count_reports_changed() returns trigger language plpgsql as $$
declare
    recount bigint[];
    moved bigint[];
    p bigint;
    groups_left integer;
    groups_found integer;
begin
    if tg_op = 'INSERT' then
        perform monitoring_count_refresh(array(select distinct period_id from new_reports));
        return null;
    elsif tg_op = 'DELETE' then
        perform monitoring_count_refresh(array(select distinct period_id from old_reports));
        return null;
    end if;
    -- reports moved to another period or unit: their periods, old and new, recounted
    recount := array(select n.period_id from new_reports n join old_reports o on o.id = n.id
                     where n.org_unit_id is distinct from o.org_unit_id or n.period_id is distinct from o.period_id
                     union
                     select o.period_id from new_reports n join old_reports o on o.id = n.id
                     where n.org_unit_id is distinct from o.org_unit_id or n.period_id is distinct from o.period_id);
    if cardinality(recount) > 0 then
        perform monitoring_count_refresh(recount || array(
            select n.period_id from new_reports n join old_reports o on o.id = n.id
            where n.status is distinct from o.status or n.first_submitted_at is distinct from o.first_submitted_at));
        return null;
    end if;
    moved := array(select distinct n.period_id from new_reports n join old_reports o on o.id = n.id
                   where n.status is distinct from o.status or n.first_submitted_at is distinct from o.first_submitted_at
                   order by 1);
    if cardinality(moved) = 0 then
        return null;
    end if;
    -- one writer per period at a time, in id order, as monitoring_count_refresh takes it
    foreach p in array moved loop
        perform pg_advisory_xact_lock(7331, (p % 2147483647)::int);
    end loop;
    -- the groups the changed reports leave lose them (the transition tables are the trigger function's own: the
    -- statements that read them are here, not in a function of their own)
    with leaving as (
        select o.period_id, o.status,
               monitoring_count_day(monitoring_count_first(o.first_submitted_at, u.deactivated_at)) as submitted_on,
               monitoring_count_deactivation(o.first_submitted_at, u.deactivated_at) as deactivation,
               count(*) as reports
        from new_reports n join old_reports o on o.id = n.id join org_unit u on u.id = o.org_unit_id
        where n.status is distinct from o.status or n.first_submitted_at is distinct from o.first_submitted_at
        group by 1, 2, 3, 4),
    lowered as (
        update monitoring_count mc set reports = mc.reports - l.reports
        from leaving l
        where mc.period_id = l.period_id and mc.status = l.status and mc.deactivation = l.deactivation
          and mc.submitted_on is not distinct from l.submitted_on and mc.reports >= l.reports
        returning 1)
    select (select count(*) from leaving), (select count(*) from lowered) into groups_left, groups_found;
    if groups_found <> groups_left then
        -- the read model is not what the reports say (rows edited by hand): the periods recounted
        perform monitoring_count_refresh(moved);
        return null;
    end if;
    delete from monitoring_count where period_id = any (moved) and reports = 0;
    -- the groups they join gain them, a group new to its period inserted
    with joining as (
        select n.period_id, n.status,
               monitoring_count_day(monitoring_count_first(n.first_submitted_at, u.deactivated_at)) as submitted_on,
               monitoring_count_deactivation(n.first_submitted_at, u.deactivated_at) as deactivation,
               count(*) as reports, max(monitoring_count_first(n.first_submitted_at, u.deactivated_at)) as submitted_at,
               max(u.deactivated_at) as deactivated_at
        from new_reports n join old_reports o on o.id = n.id join org_unit u on u.id = n.org_unit_id
        where n.status is distinct from o.status or n.first_submitted_at is distinct from o.first_submitted_at
        group by 1, 2, 3, 4),
    raised as (
        update monitoring_count mc set reports = mc.reports + j.reports,
                                       last_submitted_at = greatest(mc.last_submitted_at, j.submitted_at),
                                       last_deactivated_at = greatest(mc.last_deactivated_at, j.deactivated_at)
        from joining j
        where mc.period_id = j.period_id and mc.status = j.status and mc.deactivation = j.deactivation
          and mc.submitted_on is not distinct from j.submitted_on
        returning mc.period_id, mc.status, mc.submitted_on, mc.deactivation)
    insert into monitoring_count (period_id, status, submitted_on, deactivation, reports, last_submitted_at,
                                  last_deactivated_at)
    select j.period_id, j.status, j.submitted_on, j.deactivation, j.reports, j.submitted_at, j.deactivated_at
    from joining j
    where not exists (select 1 from raised r where r.period_id = j.period_id and r.status = j.status
                      and r.submitted_on is not distinct from j.submitted_on and r.deactivation = j.deactivation);
    return null;
end $$;
