-- The searchable form of a unit's name (vn.congtactreem.org.NameKey: lower case, no diacritics, "đ" as "d"), so
-- "Cơ cấu tổ chức" searches the country in the database instead of reading every unit into memory. The key is
-- computed in Java; rows written before this migration (or inserted without it) are filled in one batch by
-- the next search (OrgTreeQueries.fillMissingNameKeys).
alter table org_unit add column name_key varchar(200);
