-- unit_report_period_idx (period_id) repeats the leading column of the unique (period_id, org_unit_id),
-- whose index serves the same reads: PostgreSQL would keep two indexes up to date for one. Dropped on
-- PostgreSQL only (this folder is read for PostgreSQL alone: spring.flyway.locations' {vendor}); H2 attached
-- its foreign key on period_id to this index and refuses the drop.
drop index unit_report_period_idx;
