package vn.congtactreem.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.congtactreem.indicator.Target;
import vn.congtactreem.plan.ReportingPeriod;

/**
 * Which targets a period's report judges. A mid-term or final review judges each indicator once,
 * against its milestone: the plan's target for the review's year when the plan sets milestones
 * (e.g. "đến năm 2025 đạt 90 %"), else its final target (the latest year). Other periods judge every
 * target of the plan, as before. Pure.
 */
public final class ReviewMilestones {

    private ReviewMilestones() {
    }

    public static List<Target> judged(List<Target> targets, ReportingPeriod period) {
        if (!period.kind().review()) {
            return targets;
        }
        Map<Long, Target> chosen = new LinkedHashMap<>();
        for (Target target : targets) {
            long indicator = target.indicator().id();
            Target current = chosen.get(indicator);
            if (current == null || better(target, current, period.year())) {
                chosen.put(indicator, target);
            }
        }
        return new ArrayList<>(chosen.values());
    }

    /** The review year's own milestone wins; else the later milestone (the final target). */
    private static boolean better(Target candidate, Target current, int year) {
        if (current.milestoneYear() == year) {
            return false;
        }
        return candidate.milestoneYear() == year || candidate.milestoneYear() > current.milestoneYear();
    }
}
