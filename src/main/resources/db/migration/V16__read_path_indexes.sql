-- Indexes for the read path (issue 12). Already present, so not repeated here: org_unit (parent_id) from V1,
-- assignment (org_unit_id) from V15, reporting_period (upper_period_id) from V11.
-- Reading the reports of an assignment, the values and targets of an indicator.
create index unit_report_assignment_idx on unit_report (assignment_id);
create index indicator_value_indicator_idx on indicator_value (indicator_id);
create index plan_target_indicator_idx on plan_target (indicator_id);

-- unit_report_period_idx duplicates the unique (period_id, org_unit_id) on PostgreSQL: V16_1 drops it there.
