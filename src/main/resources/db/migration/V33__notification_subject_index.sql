-- "Has this period's overdue summary been written already?" asked by every overdue escalation of the period
-- (OverdueSummary): one index probe instead of re-reading the period's reports and their units' users.
create index notification_subject_idx on notification (subject_id, kind, discriminator);
