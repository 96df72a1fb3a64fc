-- An approved consolidated report is a document of its organisation: "Số: 5/BC-UBND", dated the day
-- the leader approved it, numbered from the same counter (organisation, year, symbol) as its plans.
alter table consolidated_report add column doc_number int;
alter table consolidated_report add column doc_symbol varchar(30);
alter table consolidated_report add column issued_on  date;
