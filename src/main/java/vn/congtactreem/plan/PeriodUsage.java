package vn.congtactreem.plan;

import java.util.Collection;
import java.util.Set;

/**
 * What hangs on a plan's reporting periods in other features (reports written for them): a period in
 * use is never deleted by a draft edit. Features implement it so that {@code plan} imports none of them.
 */
public interface PeriodUsage {

    /** Those of {@code periodIds} that something of this feature refers to. */
    Set<Long> inUse(Collection<Long> periodIds);
}
