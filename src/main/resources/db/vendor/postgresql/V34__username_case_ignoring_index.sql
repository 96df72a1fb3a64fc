-- Issue 17: a user looked up ignoring case (UserService: a name not found as typed in lower case, e.g. a first
-- administrator named with capitals or an unknown name at sign-in) is read as upper(username) = upper(?): without
-- this index that read scans every user (about 10 ms at the country's 46,000). PostgreSQL only: H2 has no
-- index on an expression, and a development database holds a handful of users.
create index app_user_username_upper_idx on app_user (upper(username));
