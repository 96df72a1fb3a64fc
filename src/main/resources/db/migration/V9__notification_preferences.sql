-- Notifications (issue 6): each user's choice per kind of notification. No row: mail on, immediately.
-- In-app notifications are always written; the preference only decides the mail: none (the row is
-- IN_APP), at once (PENDING) or in the daily digest (DIGEST until the digest takes it).
create table notification_preference (
    user_id   bigint      not null references app_user (id),
    kind      varchar(40) not null,
    mail      boolean     not null,
    -- IMMEDIATE or DAILY_DIGEST
    delivery  varchar(20) not null,
    primary key (user_id, kind)
);

-- A digest is itself a row of the outbox (kind DAILY_DIGEST, subject = the day, so one per user and
-- day across nodes); the rows it carries point at it while its mail is on its way (status IN_DIGEST).
alter table notification add column digest_id bigint references notification (id);
create index notification_digest_idx on notification (digest_id);
