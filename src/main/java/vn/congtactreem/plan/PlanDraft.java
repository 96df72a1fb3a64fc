package vn.congtactreem.plan;

import java.util.List;
import vn.congtactreem.indicator.TargetForm;

/**
 * Everything the officer writes in a plan; saved as it is at any time, checked when submitted. A
 * list left null (periods, assignments, activities, targets) is kept as saved: an autosave of the texts sends
 * only the texts.
 */
public record PlanDraft(String title, String purpose, String requirements, String budget, String implementation,
                        String reportingRegime, String recipients, String signerName, String signerTitle,
                        List<PeriodForm> periods, List<AssignmentForm> assignments, List<ActivityForm> activities,
                        List<TargetForm> targets) {

    public PlanDraft(String title, String purpose, String requirements, String budget, String implementation,
                     String reportingRegime, String recipients, String signerName, String signerTitle,
                     List<PeriodForm> periods, List<AssignmentForm> assignments, List<ActivityForm> activities) {
        this(title, purpose, requirements, budget, implementation, reportingRegime, recipients, signerName,
                signerTitle, periods, assignments, activities, null);
    }

    public PlanDraft(String title, String purpose, String requirements, String budget, String implementation,
                     String reportingRegime, String recipients, String signerName, String signerTitle,
                     List<PeriodForm> periods, List<AssignmentForm> assignments) {
        this(title, purpose, requirements, budget, implementation, reportingRegime, recipients, signerName,
                signerTitle, periods, assignments, null, null);
    }

    /** Only the texts: lists stay as saved. */
    public PlanDraft textsOnly() {
        return new PlanDraft(title, purpose, requirements, budget, implementation, reportingRegime, recipients,
                signerName, signerTitle, null, null, null, null);
    }
}
