-- The audit trail is append-only on PostgreSQL: UPDATE and TRUNCATE are refused; DELETE only inside the
-- retention purge's transaction, which sets app.audit_purge (AuditTrail.purge). The application's database
-- user owns the table, so REVOKE alone would not bind it: the trigger does.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and coalesce(current_setting('app.audit_purge', true), '') = 'on' then
        return old;
    end if;
    raise exception 'audit_event is append-only: % refused', tg_op;
end
$$;

create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_append_only();

create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
