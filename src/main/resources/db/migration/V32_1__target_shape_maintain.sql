-- Issue 14: "giữ vững" / "duy trì" (Phú La: "Giữ vững phường đạt tiêu chí phường phù hợp trẻ em"), the shape
-- MAINTAIN: this year not worse than last year (a yes/no indicator: Có both years). No value; the comparator is
-- stored as EQUAL (the same as last year at least, in the indicator's direction).
alter table plan_target drop constraint plan_target_shape_check;
alter table plan_target add constraint plan_target_shape_check check (shape in ('LEVEL', 'CHANGE', 'BAND',
    'YEARLY_CHANGE', 'TREND', 'MAINTAIN', 'SHARE_YES', 'POPULATION_SHARE', 'COUNT'));
