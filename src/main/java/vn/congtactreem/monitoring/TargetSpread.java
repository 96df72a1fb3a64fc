package vn.congtactreem.monitoring;

import java.util.List;

/**
 * One target of an organisation's plan across its sub-areas: how many sub-areas reached it, are on
 * track, off track, did not achieve it (its year over) or have no figure yet (matched by indicator and
 * milestone year in each sub-area's consolidated report), and the names of those behind (off track or
 * not achieved).
 */
public record TargetSpread(int position, String code, String name, int milestoneYear, int achieved, int onTrack,
                           int offTrack, int notAchieved, int noData, List<String> behindNames) {
}
