package vn.congtactreem.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.congtactreem.document.OfficialDocument;
import vn.congtactreem.indicator.Comparator;
import vn.congtactreem.indicator.Direction;
import vn.congtactreem.indicator.FigureSource;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.IndicatorGroup;
import vn.congtactreem.indicator.Measure;
import vn.congtactreem.indicator.Objective;
import vn.congtactreem.indicator.Target;
import vn.congtactreem.indicator.TargetShape;

/** A plan written with objectives prints "Mục tiêu 1 … Chỉ tiêu 1 …" in its own numbers, not one flat table. */
class PlanObjectivesDocumentTests {

    private static final Indicator CARE = new Indicator(1, "BV-01", "Tỷ lệ trẻ em có HCĐB được chăm sóc",
            Measure.PERCENT, "Số trẻ em có HCĐB được chăm sóc", "Tổng số trẻ em có HCĐB", "trẻ em",
            Direction.HIGHER_IS_BETTER, IndicatorGroup.PROTECTION, "QĐ 23/QĐ-TTg", null, null, true, 1);
    private static final Indicator INJURY = new Indicator(2, "YT-05", "Tỷ suất trẻ em bị tai nạn, thương tích",
            Measure.PER_100K, "Số trẻ em bị TNTT", "Tổng số trẻ em", "trẻ em", Direction.LOWER_IS_BETTER,
            IndicatorGroup.HEALTH, "QĐ 23/QĐ-TTg", null, null, true, 2);
    private static final Indicator FRIENDLY = new Indicator(3, "TG-01", "Xã phù hợp với trẻ em", Measure.YES_NO,
            null, null, "xã", Direction.HIGHER_IS_BETTER, IndicatorGroup.PARTICIPATION, "QĐ 23/QĐ-TTg", null, null,
            true, 3);
    private static final long HEALTH = 12;

    private static Target target(int position, Indicator indicator, Comparator comparator, String value,
                                 String wording, Integer objective, String label, String number, Long unit) {
        return new Target(position, 7, position, indicator, 2024, comparator, new BigDecimal(value), null, null,
                wording, unit == null ? List.of() : List.of(unit), unit == null ? List.of() : List.of("Trạm Y tế xã"),
                unit == null ? FigureSource.OWN : FigureSource.UNITS, TargetShape.LEVEL, null, null, null, null,
                objective, label, number);
    }

    private static Plan plan(List<Target> targets, List<Objective> objectives) {
        return new Plan(7, 3, "Xã An Dương", "Thực hiện công tác trẻ em năm 2024", 2024, 2024, PlanStatus.ISSUED,
                null, "Bảo vệ trẻ em.", null, null, null, null, "- Lưu: VT.", "Lục Xuân Đức", "PHÓ CHỦ TỊCH", 12,
                "KH-UBND", LocalDate.of(2024, 3, 7), null, List.of(),
                List.of(new Assignment(1, 7, HEALTH, "Trạm Y tế xã", "Chăm sóc sức khỏe trẻ em.", false, null, null)),
                List.of(), targets, objectives);
    }

    private static Plan twoObjectives() {
        return plan(List.of(
                target(1, CARE, Comparator.MORE_THAN, "95", "Duy trì trên 95% trẻ em có HCĐB được chăm sóc", 1,
                        null, "1", null),
                target(2, INJURY, Comparator.AT_MOST, "300", "Giảm tỷ suất trẻ em bị TNTT xuống 300/100.000", 2,
                        "3", "3", HEALTH),
                target(3, FRIENDLY, Comparator.EQUAL, "1", null, 2, null, "4", HEALTH)),
                List.of(new Objective(1, "Bảo vệ trẻ em"), new Objective(2, "Phòng, chống tai nạn, thương tích")));
    }

    @Test
    void objectivesHoldTheirTargetsUnderThePlansOwnNumbers() {
        OfficialDocument document = PlanDocumentBuilder.of(twoObjectives());

        OfficialDocument.Section targets = document.sections().get(1);
        assertThat(targets.heading()).isEqualTo("II. MỤC TIÊU, CHỈ TIÊU");
        assertThat(targets.table()).isNull();
        assertThat(targets.items()).extracting(OfficialDocument.Item::heading)
                .containsExactly("Mục tiêu 1: Bảo vệ trẻ em", "Mục tiêu 2: Phòng, chống tai nạn, thương tích");
        assertThat(targets.items().get(0).paragraphs()).containsExactly("Chỉ tiêu 1: Duy trì trên 95% trẻ em có "
                + "HCĐB được chăm sóc — > 95 %, năm 2024; chủ trì: UBND xã An Dương.");
        assertThat(targets.items().get(1).paragraphs()).extracting(p -> p.substring(0, p.indexOf(':')))
                .containsExactly("Chỉ tiêu 3", "Chỉ tiêu 4");
        // the unit is told its targets by number
        OfficialDocument.Item health = document.sections().stream()
                .filter(s -> s.heading().endsWith("TỔ CHỨC THỰC HIỆN")).findFirst().orElseThrow().items().get(0);
        assertThat(health.paragraphs()).containsExactly("Chăm sóc sức khỏe trẻ em.", "Chủ trì các chỉ tiêu 3, 4.");
    }

    @Test
    void theDocxReadBackSaysMucTieuAndChiTieu() throws IOException {
        byte[] docx = PlanDocx.of(twoObjectives()).content();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("MỤC TIÊU, CHỈ TIÊU", "Mục tiêu 1: Bảo vệ trẻ em",
                    "Chỉ tiêu 1: Duy trì trên 95% trẻ em", "Mục tiêu 2: Phòng, chống tai nạn, thương tích",
                    "Chỉ tiêu 3: Giảm tỷ suất", "Chỉ tiêu 4: Xã phù hợp với trẻ em", "Chủ trì các chỉ tiêu 3, 4.");
            assertThat(text.indexOf("Mục tiêu 1")).isLessThan(text.indexOf("Chỉ tiêu 1:"));
            assertThat(text.indexOf("Chỉ tiêu 1:")).isLessThan(text.indexOf("Mục tiêu 2"));
            assertThat(text.indexOf("Mục tiêu 2")).isLessThan(text.indexOf("Chỉ tiêu 3:"));
            // the objectives replace the flat table: only the heading table and the signature remain
            assertThat(doc.getTables()).noneMatch(t -> t.getText().contains("Đơn vị chủ trì"));
        }
    }

    @Test
    void aPlanWithoutObjectivesKeepsItsFlatTableNumberedByThePlan() {
        Plan flat = plan(List.of(target(1, CARE, Comparator.MORE_THAN, "95", null, null, null, "1", null),
                target(2, INJURY, Comparator.AT_MOST, "300", null, null, "2a", "2a", HEALTH)), List.of());

        OfficialDocument.Section targets = PlanDocumentBuilder.of(flat).sections().get(1);

        assertThat(targets.heading()).isEqualTo("II. CÁC CHỈ TIÊU");
        assertThat(targets.table().rows()).extracting(row -> row.get(0)).containsExactly("1", "2a");
    }
}
