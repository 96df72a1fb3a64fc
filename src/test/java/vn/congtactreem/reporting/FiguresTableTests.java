package vn.congtactreem.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congtactreem.indicator.Comparator;
import vn.congtactreem.indicator.Contribution;
import vn.congtactreem.indicator.Direction;
import vn.congtactreem.indicator.FigureSource;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.IndicatorGroup;
import vn.congtactreem.indicator.Measure;
import vn.congtactreem.indicator.Objective;
import vn.congtactreem.indicator.RollUp;
import vn.congtactreem.indicator.Target;
import vn.congtactreem.indicator.TargetStatus;
import vn.congtactreem.document.OfficialDocument;

/** The consolidated report's figures as printed: each figure says where it came from; "Không phát sinh". */
class FiguresTableTests {

    private static final Indicator CARED_FOR = new Indicator(1, "BV-01",
            "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc", Measure.PERCENT, "Số trẻ em có HCĐB được chăm sóc",
            "Tổng số trẻ em có HCĐB", "trẻ em", Direction.HIGHER_IS_BETTER, IndicatorGroup.PROTECTION, "QĐ 23/QĐ-TTg",
            null, null, true, 1);

    @Test
    void everyFigureSaysItsSourceAndNothingToCountIsPrintedAsSuch() {
        Target byOffice = target(1, List.of(11L), List.of("Phòng Giáo dục"), FigureSource.UNITS);
        Target byAreas = target(2, List.of(21L, 22L), List.of("Xã A", "Xã B"), FigureSource.AREAS);
        Target own = target(3, List.of(), List.of(), FigureSource.OWN);
        OfficialDocument.Table table = FiguresTable.of(List.of(
                new TargetFigure(byOffice, RollUp.of(CARED_FOR, List.of(new Contribution(5, false, "Phòng Giáo dục",
                        598, 600))), TargetStatus.ACHIEVED, null),
                new TargetFigure(byAreas, RollUp.of(CARED_FOR, List.of(Contribution.notApplicable(7, true, "Xã A"),
                        Contribution.notApplicable(8, true, "Xã B"))), TargetStatus.NOT_APPLICABLE, null),
                new TargetFigure(own, RollUp.of(CARED_FOR, List.of()), TargetStatus.NO_DATA, null)));

        assertThat(table.headers()).endsWith("Nguồn số liệu");
        assertThat(table.rows().get(0)).contains("99,7 % (598/600)", "Đạt",
                "Do Phòng Giáo dục báo cáo toàn địa bàn");
        assertThat(table.rows().get(1)).contains("Không phát sinh", "Tổng hợp từ cấp dưới (Xã A, Xã B)")
                .doesNotContain("Chậm tiến độ");
        assertThat(table.rows().get(2)).contains("—", "Chưa có số liệu", "Số liệu của cơ quan");
    }

    @Test
    void behindScheduleAndNotAchievedArePrintedApart() {
        Target own = target(1, List.of(), List.of(), FigureSource.OWN);
        OfficialDocument.Table table = FiguresTable.of(List.of(
                new TargetFigure(own, RollUp.of(CARED_FOR, List.of()), TargetStatus.OFF_TRACK, null),
                new TargetFigure(own, RollUp.of(CARED_FOR, List.of()), TargetStatus.NOT_ACHIEVED, null)));

        assertThat(table.rows().get(0)).contains("Chậm tiến độ").doesNotContain("Không đạt");
        assertThat(table.rows().get(1)).contains("Không đạt").doesNotContain("Chậm tiến độ");
    }

    @Test
    void aPlansObjectivesHeadTheirTargetsNumberedAsThePlanNumbersThem() {
        Target outside = numbered(1, null, "1");
        Target first = numbered(2, 1, "2");
        Target second = numbered(3, 2, "3a");
        Target alsoFirst = numbered(4, 1, "3");
        OfficialDocument.Table table = FiguresTable.of(List.of(figure(outside), figure(first), figure(alsoFirst),
                figure(second)), List.of(new Objective(1, "Giảm tai nạn thương tích"),
                new Objective(2, "Bảo vệ trẻ em")));

        assertThat(table.rows()).extracting(r -> r.get(0) + "|" + r.get(1).replaceAll(" \\(.*", "")).containsExactly(
                "1|Tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc",
                "|Mục tiêu 1: Giảm tai nạn thương tích",
                "2|Tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc",
                "3|Tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc",
                "|Mục tiêu 2: Bảo vệ trẻ em",
                "3a|Tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc");
    }

    @Test
    void withoutObjectivesTheRowsAreNumberedOneTwoAsBefore() {
        OfficialDocument.Table table = FiguresTable.of(List.of(figure(numbered(1, null, "5")),
                figure(numbered(2, null, "6"))), List.of());

        assertThat(table.rows()).extracting(r -> r.get(0)).containsExactly("1", "2");
        assertThat(table.rows()).hasSize(2);
    }

    private static TargetFigure figure(Target target) {
        return new TargetFigure(target, RollUp.of(CARED_FOR, List.of()), TargetStatus.NO_DATA, null);
    }

    private static Target numbered(int position, Integer objective, String number) {
        return new Target(position, 1, position, CARED_FOR, 2024, Comparator.AT_LEAST, new BigDecimal("95"), null,
                null, null, List.of(), List.of(), FigureSource.OWN, null, null, null, null, null, objective, null,
                number);
    }

    private static Target target(int position, List<Long> units, List<String> names, FigureSource source) {
        return new Target(position, 1, position, CARED_FOR, 2024, Comparator.AT_LEAST, new BigDecimal("95"), null,
                null, null, units, names, source);
    }
}
