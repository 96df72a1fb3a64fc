package vn.congtactreem.reporting;

import java.util.ArrayList;
import java.util.List;
import vn.congtactreem.document.OfficialDocument;
import vn.congtactreem.indicator.Figure;
import vn.congtactreem.indicator.Target;

/**
 * The consolidated report's figures as the document prints them: target, figure, where it stands, last
 * year, and where the figure comes from.
 */
final class FiguresTable {

    private FiguresTable() {
    }

    static OfficialDocument.Table of(List<TargetFigure> figures) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            TargetFigure f = figures.get(i);
            String what = f.target().wording() == null ? f.target().indicator().name() : f.target().wording();
            rows.add(List.of(String.valueOf(i + 1), what + " (" + f.target().indicator().code() + ")",
                    f.target().milestoneYear() + ": " + f.target().requirement(), Figure.cell(f.figure()),
                    status(f), Figure.cell(f.lastYear()), source(f.target())));
        }
        return new OfficialDocument.Table(List.of("TT", "Chỉ tiêu", "Yêu cầu", "Kết quả", "Đánh giá",
                "Cùng kỳ năm trước", "Nguồn số liệu"), rows);
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
            case NO_DATA -> "Chưa có số liệu";
            case NOT_APPLICABLE -> Figure.NOT_APPLICABLE;
        };
    }
}
