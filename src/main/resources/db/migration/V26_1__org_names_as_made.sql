-- The organisation's name as it was when a report was submitted, a consolidated report went up or a plan was
-- issued. Filled when the unit is renamed (orgchange), for what it had already made; null = the unit's name now.
alter table unit_report add column org_unit_name varchar(200);
alter table consolidated_report add column org_unit_name varchar(200);
alter table plan add column org_unit_name varchar(200);
