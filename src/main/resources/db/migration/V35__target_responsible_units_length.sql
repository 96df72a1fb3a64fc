-- A province's target is often everyone's: "UBND các xã, phường chủ trì" names every commune of the province, up to
-- 168 since 1 July 2025 (Thành phố Hồ Chí Minh). Their ids, comma-separated, run to about 1,200 characters: the
-- 400 of V7 refused such a plan (found by PeriodChainBenchmark at country size, issue 17). 8,000 holds a thousand
-- ids of up to seven digits, or 880 of eight.
alter table plan_target alter column responsible_unit_ids set data type varchar(8000);
