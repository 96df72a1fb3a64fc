-- Monitoring (Theo dõi tiến độ): what the reporting rate and timeliness need, and indexes for its queries.

-- The first submission decides on time / late; submitted_at is overwritten by a resubmission.
-- Reports submitted before this column existed take their latest submission as the best known.
alter table unit_report add column first_submitted_at timestamp;
update unit_report set first_submitted_at = submitted_at where submitted_at is not null;

-- A unit deactivated mid-period stops counting as expected from that moment.
alter table org_unit add column deactivated_at timestamp;

-- The dashboard reads a period's reports with their units, the sub-areas' own periods below a
-- period (reporting_period_upper_idx, made by V11), and the plans of an organisation by year.
create index unit_report_org_idx on unit_report (org_unit_id, period_id);
create index plan_org_year_idx on plan (org_unit_id, year_from, year_to);
create index assignment_org_idx on assignment (org_unit_id);
