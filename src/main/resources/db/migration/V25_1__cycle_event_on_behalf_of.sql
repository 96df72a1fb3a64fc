-- Issue 16, point 6: a line of a plan's timeline done by a substitute names the person they acted for
-- ("Nguyễn Văn B (thay Lục Xuân Đức)"): that person's username; null when the actor acted for themselves.
alter table cycle_event add column on_behalf_of varchar(60);
