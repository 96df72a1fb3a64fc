package vn.congtactreem.plan;

import java.util.List;

/** Everything the officer writes in a plan; saved as it is at any time, checked when submitted. */
public record PlanDraft(String title, String purpose, String requirements, String budget, String implementation,
                        String reportingRegime, String recipients, String signerName, String signerTitle,
                        List<PeriodForm> periods, List<AssignmentForm> assignments) {
}
