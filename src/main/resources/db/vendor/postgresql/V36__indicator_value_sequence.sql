-- Figures (indicator_value) take their ids from a sequence, 50 at a time (Hibernate's pooled optimizer: the
-- value it reads is the top of its block of 50), so that a report's figures are inserted in one JDBC batch; an
-- identity column made Hibernate insert each row alone to learn its id. The sequence's first value is 50 above
-- the highest id already used, so the first block (value - 49 .. value) holds none of them. The column keeps a
-- default, from the same sequence, for rows inserted by SQL: each such row takes the top of a block of its own,
-- which Hibernate never hands out. (H2 has its own V36: PostgreSQL cannot start a sequence at a query's value,
-- setval sets it.) The identity's own sequence goes with the identity.
create sequence indicator_value_seq increment by 50;
select setval('indicator_value_seq', coalesce(max(id), 0) + 50, false) from indicator_value;
alter table indicator_value alter column id drop identity;
alter table indicator_value alter column id set default nextval('indicator_value_seq');
alter sequence indicator_value_seq owned by indicator_value.id;
