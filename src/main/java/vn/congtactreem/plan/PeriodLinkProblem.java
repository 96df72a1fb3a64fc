package vn.congtactreem.plan;

/**
 * A break in the chain of levels: a sub-area's report would never reach the upper level.
 * {@code planId}/{@code orgUnitName}: the plan where the break is (the sub-area's plan, or for
 * {@link Kind#NO_CYCLE} the upper plan and the sub-area); the period is the upper plan's period concerned
 * (for {@link Kind#WRONG_LINK} the sub-area's own period).
 */
public record PeriodLinkProblem(Kind kind, long planId, String planTitle, String orgUnitName, Long periodId,
                                PeriodKind periodKind, Integer year) {

    public enum Kind {
        /** the sub-area's plan has no period reporting into this period of the upper plan. */
        MISSING_LINK,
        /** the sub-area's period reports into a period that is not its upper plan's. */
        WRONG_LINK,
        /** the sub-area runs its own cycle (it has an officer) but has no plan under the issued upper plan. */
        NO_CYCLE
    }
}
