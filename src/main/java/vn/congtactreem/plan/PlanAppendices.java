package vn.congtactreem.plan;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.appendix.AppendixForm;
import vn.congtactreem.appendix.AppendixForms;
import vn.congtactreem.appendix.FormDraft;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.org.UserAccount;

/** The draft's appendix forms: changed by the officer while the plan is a draft, or taken from the upper plan. */
@Component
@Transactional
class PlanAppendices {

    private final PlanDrafting drafting;
    private final PlanReads reads;
    private final AppendixForms forms;

    PlanAppendices(PlanDrafting drafting, PlanReads reads, AppendixForms forms) {
        this.drafting = drafting;
        this.reads = reads;
        this.forms = forms;
    }

    /** The plan's forms as its document prints them, blank. */
    List<vn.congtactreem.document.OfficialDocument.Section> sections(Plan plan) {
        return vn.congtactreem.appendix.AppendixTables.blank(forms.ofPlan(plan.id()), plan.assignments().stream()
                .map(a -> new vn.congtactreem.appendix.FormRow(AppendixForms.unitRowKey(a.orgUnitId()),
                        a.orgUnitName())).toList());
    }

    List<AppendixForm> save(UserAccount officer, long planId, List<FormDraft> drafts) {
        drafting.draftOf(officer, planId);
        return forms.replaceOfPlan(planId, drafts);
    }

    List<AppendixForm> takeFromUpper(UserAccount officer, long planId) {
        drafting.draftOf(officer, planId);
        Plan plan = reads.load(planId);
        Long upperId = plan.upper() == null ? null : plan.upper().planId();
        if (upperId == null) {
            throw new ValidationException("forms", "plan.error.noUpperPlanInSystem");
        }
        if (forms.ofPlan(upperId).isEmpty()) {
            throw new ValidationException("forms", "appendix.error.noUpperForms");
        }
        forms.copyFromUpper(upperId, planId);
        return forms.ofPlan(planId);
    }
}
