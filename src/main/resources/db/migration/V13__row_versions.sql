-- Optimistic locking (issue 13): a version per row that people edit from forms or the API. JPA's @Version
-- compares it on every update, so of two changes made from the same state the second is refused (409 in the
-- API, a notification on the screens) instead of silently overwriting the first. A plan's assignments,
-- content items and targets are replaced as rows through the plan, whose commands lock the plan's row;
-- periods are edited in place (and moved by the process), so they carry a version of their own.
alter table plan add column version bigint default 0 not null;
alter table reporting_period add column version bigint default 0 not null;
alter table unit_report add column version bigint default 0 not null;
alter table consolidated_report add column version bigint default 0 not null;
alter table org_unit add column version bigint default 0 not null;
alter table app_user add column version bigint default 0 not null;
alter table indicator add column version bigint default 0 not null;
