package vn.congtactreem.orgchange.internal;

import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.congtactreem.org.OrgUnitRenamed;
import vn.congtactreem.orgchange.OrgChange;

/**
 * Every rename, from the screen or the API, goes into the unit's change history (old name → new name, dated), and
 * the reports, consolidated reports and plans it had already made keep its old name.
 */
@Component
class RenameHistory {

    private final OrgChangeQueries queries;

    RenameHistory(OrgChangeQueries queries) {
        this.queries = queries;
    }

    /**
     * In the rename's own transaction: no rename without its history row, and what the unit already made keeps the
     * name it was made under.
     */
    @EventListener
    void renamed(OrgUnitRenamed event) {
        queries.keepNameOnWhatWasMade(event.orgUnitId(), event.oldName());
        var auth = SecurityContextHolder.getContext().getAuthentication();
        queries.record(new OrgChange(0, OrgChange.Kind.RENAME, event.orgUnitId(), event.oldName(), event.oldPath(),
                event.orgUnitId(), event.newPath(), 0, 0, 0, 0, 0, auth == null ? "system" : auth.getName(),
                Instant.now()));
    }
}
