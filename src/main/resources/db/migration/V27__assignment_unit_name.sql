-- The assigned unit's name as it was when the plan assigned it (a plan's list of units reads it instead of each
-- unit's name now). Backfilled from the units as they are named today; null only for rows written without it.
alter table assignment add column org_unit_name varchar(200);
update assignment set org_unit_name = (select u.name from org_unit u where u.id = assignment.org_unit_id);
