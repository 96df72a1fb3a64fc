-- Issue 14, point 2: a target keeps the value exactly as the plan writes it. "< 0,05 %" must not
-- become "< 0,1 %", "12,50 %" not "12,5 %", "87" not "87,000". The values get room for six decimals
-- and each remembers how many decimals were typed (null for rows saved before: their trailing zeros
-- are dropped, "87.000" reads as "87").
alter table plan_target alter column target_value set data type numeric(18, 6);
alter table plan_target alter column baseline_value set data type numeric(18, 6);
alter table plan_target add column target_scale smallint;
alter table plan_target add column baseline_scale smallint;
