package vn.congtactreem.base.audit;

import java.time.LocalDate;

/** A search of the audit trail; null or blank: any. Days are Vietnamese calendar days, both included. */
public record AuditQuery(String actor, String action, LocalDate from, LocalDate to) {

    public static AuditQuery any() {
        return new AuditQuery(null, null, null, null);
    }
}
