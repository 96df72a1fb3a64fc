package vn.congtactreem.plan;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.document.OfficialDocument;
import vn.congtactreem.document.OfficialStyle;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.internal.CycleEventEntity;
import vn.congtactreem.plan.internal.CycleEventRepository;

/**
 * Who signed a document: the signer the plan names, unless its last approval was recorded by a substitute for
 * the absent leader ({@link CycleEvent#onBehalfOf()}); then the substitute's name under "KT." (a deputy, i.e. a
 * leader of the organisation) or "TUQ." (an authorised officer), {@link OfficialStyle#signatureInStead}.
 */
@Component
@Transactional(readOnly = true)
class SignedDocuments {

    private final CycleEventRepository events;
    private final UserService users;

    SignedDocuments(CycleEventRepository events, UserService users) {
        this.events = events;
        this.users = users;
    }

    OfficialDocument plan(Plan plan) {
        return signed(PlanDocumentBuilder.of(plan), plan, CycleAction.PLAN_APPROVED, null);
    }

    /**
     * The document as signed by whoever recorded its last {@code approval} (of the consolidated report
     * {@code consolidatedReportId}; null: of the plan itself).
     */
    OfficialDocument signed(OfficialDocument document, Plan plan, CycleAction approval, Long consolidatedReportId) {
        Optional<CycleEvent> last = events.findByPlanIdOrderByHappenedAtAscIdAsc(plan.id()).stream()
                .map(CycleEventEntity::toEvent).filter(e -> e.action() == approval)
                .filter(e -> java.util.Objects.equals(e.consolidatedReportId(), consolidatedReportId))
                .reduce((first, second) -> second);
        Optional<UserAccount> substitute = last.filter(e -> e.onBehalfOf() != null)
                .flatMap(e -> users.findByUsername(e.actor()));
        // the plan signs as its draft says; its consolidated reports sign for the committee
        boolean forCommittee = consolidatedReportId == null ? plan.signedForCommittee() : true;
        return substitute.map(s -> document.signedBy(OfficialStyle.signatureInStead(plan.signerTitle(),
                s.hasRole(Role.LEADER), forCommittee), s.fullName())).orElse(document);
    }
}
