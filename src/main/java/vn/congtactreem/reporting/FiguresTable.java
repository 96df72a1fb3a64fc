package vn.congtactreem.reporting;

import java.util.ArrayList;
import java.util.List;
import vn.congtactreem.document.OfficialDocument;
import vn.congtactreem.indicator.Figure;
import vn.congtactreem.indicator.Objective;
import vn.congtactreem.indicator.ObjectiveGroups;
import vn.congtactreem.indicator.Target;

/**
 * The consolidated report's figures as the document prints them: target, figure, where it stands, last
 * year, and where the figure comes from.
 */
final class FiguresTable {

    private FiguresTable() {
    }

    static OfficialDocument.Table of(List<TargetFigure> figures) {
        return of(figures, List.of());
    }

    /**
     * Grouped by the plan's objectives: a row "Mục tiêu 1: …" above its targets, each numbered as the plan
     * numbers it ("3", "3a"); a plan without objectives numbered 1, 2, … as before.
     */
    static OfficialDocument.Table of(List<TargetFigure> figures, List<Objective> objectives) {
        List<ObjectiveGroups.Group<TargetFigure>> groups = ObjectiveGroups.byTarget(figures, TargetFigure::target,
                objectives);
        boolean grouped = ObjectiveGroups.grouped(groups);
        List<List<String>> rows = new ArrayList<>();
        int position = 0;
        for (ObjectiveGroups.Group<TargetFigure> group : groups) {
            if (group.objective() != null) {
                rows.add(List.of("", group.heading()));
            }
            for (TargetFigure f : group.items()) {
                position++;
                rows.add(row(grouped ? f.target().number() : String.valueOf(position), f));
            }
        }
        return new OfficialDocument.Table(List.of("TT", "Chỉ tiêu", "Yêu cầu", "Kết quả", "Đánh giá",
                "Cùng kỳ năm trước", "Nguồn số liệu"), rows);
    }

    private static List<String> row(String number, TargetFigure f) {
        String what = f.target().wording() == null ? f.target().indicator().name() : f.target().wording();
        return List.of(number, what + " (" + f.target().indicator().code() + ")",
                f.target().milestoneYear() + ": " + f.target().requirement(), Figure.cell(f.figure()),
                status(f), Figure.cell(f.lastYear()), source(f.target()));
    }

    /** Where the figure comes from at this level (docs/decisions/0001). */
    static String source(Target target) {
        return switch (target.source()) {
            case AREAS -> "Tổng hợp từ cấp dưới (" + target.responsibleNames() + ")";
            case UNITS -> "Do " + target.responsibleNames() + " báo cáo toàn địa bàn";
            case OWN -> "Số liệu của cơ quan";
        };
    }


    private static String status(TargetFigure figure) {
        return switch (figure.status()) {
            case ACHIEVED -> "Đạt";
            case ON_TRACK -> "Đúng tiến độ";
            case OFF_TRACK -> "Chậm tiến độ";
            case NOT_ACHIEVED -> "Không đạt";
            case NO_DATA -> "Chưa có số liệu";
            case NOT_APPLICABLE -> Figure.NOT_APPLICABLE;
        };
    }
}
