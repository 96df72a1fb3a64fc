package vn.congtactreem.plan;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.document.AttachmentOwner;
import vn.congtactreem.org.UserAccount;

/** The signed file of a plan registered as issued: read by whoever may read the plan. */
@Component
class AdoptedPlanFiles implements AttachmentOwner {

    private final ProgrammeAdoption adoptions;
    private final PlanService plans;

    AdoptedPlanFiles(ProgrammeAdoption adoptions, PlanService plans) {
        this.adoptions = adoptions;
        this.plans = plans;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayRead(UserAccount user, long attachmentId) {
        return adoptions.plansSignedIn(attachmentId).stream().anyMatch(planId -> plans.mayRead(user, planId));
    }
}
