package vn.congtactreem.plan;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.document.AttachmentOwner;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.base.NotAllowedException;

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
        return adoptions.plansSignedIn(attachmentId).stream().anyMatch(planId -> {
            try {
                plans.get(user, planId);
                return true;
            } catch (NotAllowedException e) {
                return false;
            }
        });
    }
}
