package vn.congtactreem.inbox;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.congtactreem.base.process.ProcessVariable;

/**
 * The process variables holding the ids a task concerns, which the inbox copies into {@link WorkItem#ids()} and
 * filters by (plan, period). Each process's constants class reuses these for its ids, so the inbox and the
 * processes agree on the names without the inbox knowing any feature.
 */
public final class WorkItemIds {

    public static final ProcessVariable<Long> PLAN_ID = ProcessVariable.id("planId");
    public static final ProcessVariable<Long> PERIOD_ID = ProcessVariable.id("periodId");
    /** the organisation whose process it is (its plan, its consolidated report). */
    public static final ProcessVariable<Long> ORG_UNIT_ID = ProcessVariable.id("orgUnitId");
    public static final ProcessVariable<Long> REPORT_ID = ProcessVariable.id("reportId");
    /** the reporting unit (agency, village or sub-area). */
    public static final ProcessVariable<Long> UNIT_ORG_ID = ProcessVariable.id("unitOrgId");
    /** the organisation whose officer reviews a unit's report. */
    public static final ProcessVariable<Long> PLAN_ORG_ID = ProcessVariable.id("planOrgId");
    public static final ProcessVariable<Long> CONSOLIDATED_REPORT_ID = ProcessVariable.id("consolidatedReportId");

    /** Their names. */
    public static final Set<String> NAMES = Stream.of(PLAN_ID, PERIOD_ID, ORG_UNIT_ID, REPORT_ID, UNIT_ORG_ID,
            PLAN_ORG_ID, CONSOLIDATED_REPORT_ID).map(ProcessVariable::name).collect(Collectors.toUnmodifiableSet());

    private WorkItemIds() {
    }
}
