package vn.congtactreem.plan;

import java.util.List;
import vn.congtactreem.base.TextRules;
import vn.congtactreem.indicator.TargetForm;

/**
 * Everything the officer writes in a plan; saved as it is at any time, checked when submitted. A
 * list left null (periods, assignments, activities, targets, objectives) is kept as saved: an autosave of the
 * texts sends only the texts. {@code objectives} are the titles of "Mục tiêu 1", "Mục tiêu 2", … in order; a
 * target names its objective by number ({@link TargetForm#objective()}). {@code signedForCommittee}: the
 * signature carries "TM. ỦY BAN NHÂN DÂN" above the signer (null: as saved; the seed plans sign without it).
 */
public record PlanDraft(String title, String purpose, String requirements, String budget, String implementation,
                        String reportingRegime, String recipients, String signerName, String signerTitle,
                        List<PeriodForm> periods, List<AssignmentForm> assignments, List<ActivityForm> activities,
                        List<TargetForm> targets, List<String> objectives, Boolean signedForCommittee) {

    public PlanDraft(String title, String purpose, String requirements, String budget, String implementation,
                     String reportingRegime, String recipients, String signerName, String signerTitle,
                     List<PeriodForm> periods, List<AssignmentForm> assignments, List<ActivityForm> activities,
                     List<TargetForm> targets, List<String> objectives) {
        this(title, purpose, requirements, budget, implementation, reportingRegime, recipients, signerName,
                signerTitle, periods, assignments, activities, targets, objectives, null);
    }

    public PlanDraft(String title, String purpose, String requirements, String budget, String implementation,
                     String reportingRegime, String recipients, String signerName, String signerTitle,
                     List<PeriodForm> periods, List<AssignmentForm> assignments, List<ActivityForm> activities,
                     List<TargetForm> targets) {
        this(title, purpose, requirements, budget, implementation, reportingRegime, recipients, signerName,
                signerTitle, periods, assignments, activities, targets, null);
    }

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

    /** {@link TextRules} over every text, period, duty and content item. */
    public void checkTexts() {
        TextRules.check("title", title, TextRules.SHORT);
        TextRules.check("purpose", purpose, TextRules.LONG);
        TextRules.check("requirements", requirements, TextRules.LONG);
        TextRules.check("budget", budget, TextRules.LONG);
        TextRules.check("implementation", implementation, TextRules.LONG);
        TextRules.check("reportingRegime", reportingRegime, TextRules.LONG);
        TextRules.check("recipients", recipients, TextRules.MEDIUM);
        TextRules.check("signerName", signerName, TextRules.SHORT);
        TextRules.check("signerTitle", signerTitle, TextRules.SHORT);
        for (int i = 0; periods != null && i < periods.size(); i++) {
            periods.get(i).checkTexts("periods[" + i + "]");
        }
        for (int i = 0; assignments != null && i < assignments.size(); i++) {
            TextRules.check("assignments[" + i + "].duties", assignments.get(i).duties(), TextRules.MEDIUM);
        }
        for (int i = 0; activities != null && i < activities.size(); i++) {
            TextRules.check("activities[" + i + "].title", activities.get(i).title(), TextRules.SHORT);
            TextRules.check("activities[" + i + "].content", activities.get(i).content(), TextRules.MEDIUM);
        }
    }

    /** Only the texts: lists stay as saved. */
    public PlanDraft textsOnly() {
        return new PlanDraft(title, purpose, requirements, budget, implementation, reportingRegime, recipients,
                signerName, signerTitle, null, null, null, null, null, signedForCommittee);
    }
}
