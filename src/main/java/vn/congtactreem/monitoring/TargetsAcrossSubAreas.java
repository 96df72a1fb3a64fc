package vn.congtactreem.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.indicator.TargetStatus;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.reporting.ReportFigures;
import vn.congtactreem.reporting.TargetFigure;

/**
 * Per target of the organisation's plan, where its sub-areas stand (Đạt / Đúng tiến độ / Chậm tiến độ /
 * Không đạt / Chưa có số liệu), from each sub-area's consolidated report: a sub-area that has none yet, or whose
 * plan has no such target, counts as "no data". The sub-areas' consolidated reports' figures are computed
 * by reporting (not stored), all of them together: a fixed number of queries whatever the number of sub-areas.
 */
@Service
@Transactional(readOnly = true)
public class TargetsAcrossSubAreas {

    private final MonitoringService monitoring;
    private final ReportFigures figures;

    public TargetsAcrossSubAreas(MonitoringService monitoring, ReportFigures figures) {
        this.monitoring = monitoring;
        this.figures = figures;
    }

    public List<TargetSpread> of(UserAccount user, long periodId) {
        List<TargetRow> own = monitoring.targets(user, periodId);
        List<SubAreaRow> subAreas = monitoring.subAreas(user, periodId);
        Map<Long, List<TargetFigure>> byReport = figures.ofConsolidatedReports(subAreas.stream()
                .map(SubAreaRow::consolidatedReportId).filter(java.util.Objects::nonNull).distinct().toList());
        Map<Long, Map<String, TargetStatus>> statuses = new HashMap<>();
        for (SubAreaRow subArea : subAreas) {
            Map<String, TargetStatus> byTarget = new HashMap<>();
            if (subArea.consolidatedReportId() != null) {
                for (TargetFigure f : byReport.getOrDefault(subArea.consolidatedReportId(), List.of())) {
                    byTarget.put(key(f.target().indicator().code(), f.target().milestoneYear()), f.status());
                }
            }
            statuses.put(subArea.unitId(), byTarget);
        }
        List<TargetSpread> spread = new ArrayList<>();
        for (TargetRow target : own) {
            int[] counts = new int[5];
            List<String> behind = new ArrayList<>();
            for (SubAreaRow subArea : subAreas) {
                TargetStatus status = statuses.get(subArea.unitId())
                        .getOrDefault(key(target.code(), target.milestoneYear()), TargetStatus.NO_DATA);
                switch (status) {
                    case ACHIEVED, NOT_APPLICABLE -> counts[0]++;
                    case ON_TRACK -> counts[1]++;
                    case OFF_TRACK -> {
                        counts[2]++;
                        behind.add(subArea.name());
                    }
                    case NOT_ACHIEVED -> {
                        counts[3]++;
                        behind.add(subArea.name());
                    }
                    case NO_DATA -> counts[4]++;
                }
            }
            spread.add(new TargetSpread(target.position(), target.code(), target.name(), target.milestoneYear(),
                    counts[0], counts[1], counts[2], counts[3], counts[4], List.copyOf(behind)));
        }
        return spread;
    }

    private static String key(String code, int milestoneYear) {
        return code + "@" + milestoneYear;
    }
}
