-- A user created in bulk (or whose password the administrator generated) must choose a password of
-- their own at the first sign-in.
alter table app_user add column must_change_password boolean default false not null;
