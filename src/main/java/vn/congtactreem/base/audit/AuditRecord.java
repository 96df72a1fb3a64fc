package vn.congtactreem.base.audit;

import java.time.Instant;

/** One row of the audit trail: who did what, when (cycle clock), with what outcome, from which address. */
public record AuditRecord(long id, Instant happenedAt, String actor, String action, AuditTrail.Outcome outcome,
                          String targetType, String targetId, String address, String detail) {
}
