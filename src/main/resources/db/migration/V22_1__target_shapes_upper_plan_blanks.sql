-- Issue 14, point 2: the shapes of targets plans write (indicator.TargetShape).
--   LEVEL            "trên 95 %"                 comparator, target_value
--   CHANGE           "giảm ít nhất 10 % so với năm 2024"  REDUCE_BY/INCREASE_BY, target_value, baseline_year
--   BAND             "giảm từ 2 % xuống 1,5 %"    value_from → target_value (comparator AT_MOST when it falls)
--   YEARLY_CHANGE    "giảm 1 đến 2 % mỗi năm"      target_value (up to value_to), against the year before
--   TREND            "giảm dần", "tăng dần"        no value, against the year before
--   SHARE_YES        "95 % số xã đạt chuẩn"        a percentage of the areas/units below answering Có
--   POPULATION_SHARE "8/700 trẻ em"                target_value out of population
--   COUNT            "10 loại vắc xin"             target_value counted in unit_label
-- YEARLY_CHANGE and TREND keep their direction as AT_MOST (decrease) or AT_LEAST (increase): the
-- comparator column's rule that REDUCE_BY/INCREASE_BY need a baseline year holds for CHANGE only.
alter table plan_target add column shape varchar(20);
update plan_target set shape = case when comparator in ('REDUCE_BY', 'INCREASE_BY') then 'CHANGE' else 'LEVEL' end;
alter table plan_target alter column shape set not null;
alter table plan_target add constraint plan_target_shape_check check (shape in ('LEVEL', 'CHANGE', 'BAND',
    'YEARLY_CHANGE', 'TREND', 'SHARE_YES', 'POPULATION_SHARE', 'COUNT'));
-- a trend has no value
alter table plan_target alter column target_value drop not null;
alter table plan_target add column value_from numeric(18, 6);
alter table plan_target add column from_scale smallint;
alter table plan_target add column value_to numeric(18, 6);
alter table plan_target add column to_scale smallint;
alter table plan_target add column population bigint;
-- what is counted, in the plan's words ("loại vắc xin", "xã", "trẻ em")
alter table plan_target add column unit_label varchar(100);

-- Issue 14, point 3: an upper plan whose day is blank in the original ("Kế hoạch số   /KH-UBND ngày
-- /3/2022") keeps only the month and year it shows (upper_ref_date stays null: no day is invented);
-- a blank number is kept as typed ("/KH-UBND") or null.
alter table plan add column upper_ref_month smallint;
alter table plan add column upper_ref_year smallint;
