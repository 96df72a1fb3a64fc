-- Figures (indicator_value) take their ids from a sequence, 50 at a time (Hibernate's pooled optimizer: the
-- value it reads is the top of its block of 50), so that a report's figures are inserted in one JDBC batch; an
-- identity column made Hibernate insert each row alone to learn its id. The sequence starts 50 above the
-- highest id already used, so the first block (start - 49 .. start) holds none of them. The column keeps a
-- default, from the same sequence, for rows inserted by SQL: each such row takes the top of a block of its own,
-- which Hibernate never hands out. (PostgreSQL has its own V36: it cannot start a sequence at a query's value.)
create sequence indicator_value_seq
    start with (select coalesce(max(id), 0) + 50 from indicator_value) increment by 50;
alter table indicator_value alter column id drop identity;
alter table indicator_value alter column id set default next value for indicator_value_seq;
