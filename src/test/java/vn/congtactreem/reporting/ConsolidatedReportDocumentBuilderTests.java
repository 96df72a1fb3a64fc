package vn.congtactreem.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.PeriodStatus;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.document.OfficialDocument;
import vn.congtactreem.plan.PlanStatus;
import vn.congtactreem.plan.ReportingPeriod;

/** The consolidated report laid out as the "BÁO CÁO" its leader signs. */
class ConsolidatedReportDocumentBuilderTests {

    private static final OfficialDocument.Table FIGURES = new OfficialDocument.Table(
            List.of("TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2024", "Thực hiện 6 tháng"),
            List.of(List.of("1", "Trẻ em có hoàn cảnh đặc biệt được chăm sóc", "%", "> 95", "96,2")));

    private static Plan plan(String upperIssuer) {
        return new Plan(7, 3, "Xã An Dương", "Triển khai thực hiện công tác trẻ em năm 2024", 2024, 2024,
                PlanStatus.ISSUED, upperIssuer == null ? null : new Plan.UpperPlanReference(null, "50/KH-UBND",
                LocalDate.of(2024, 2, 29), upperIssuer, "Triển khai công tác trẻ em năm 2024", null),
                "Bảo vệ trẻ em.", null, null, null, null, "- Lưu: VT.", "Lục Xuân Đức", "PHÓ CHỦ TỊCH", 12, "KH-UBND",
                LocalDate.of(2024, 3, 15), null, List.of(), List.of(), List.of(), List.of());
    }

    private static ReportingPeriod period(PeriodKind kind) {
        return new ReportingPeriod(21, 7, 2024, kind, LocalDate.of(2023, 12, 15), LocalDate.of(2024, 6, 14),
                LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 18), LocalDate.of(2024, 5, 24), List.of(7, 1),
                PeriodStatus.CONSOLIDATING, null);
    }

    private static ConsolidatedReport report(Integer number, List<String> missing) {
        return new ConsolidatedReport(31, 21, 3, "Xã An Dương", ConsolidatedReportStatus.APPROVED,
                "Các đơn vị triển khai kế hoạch đúng tiến độ.\n- Công an xã An Dương: 03 buổi tuyên truyền.",
                missing, null, null, null, false, Instant.parse("2024-05-20T03:00:00Z"), "lanhdao.anduong", null,
                number, number == null ? null : "BC-UBND", number == null ? null : LocalDate.of(2024, 5, 20));
    }

    @Test
    void anApprovedReportHasItsNumberDateTitleAndTheStepsOfThePlan() {
        OfficialDocument document = ConsolidatedReportDocumentBuilder.of(report(5, List.of()),
                period(PeriodKind.SIX_MONTHS), plan("UBND huyện Tân Yên"), "Huyện Tân Yên", FIGURES);

        assertThat(document.kind()).isEqualTo("BÁO CÁO");
        assertThat(document.issuingBody()).containsExactly("ỦY BAN NHÂN DÂN", "XÃ AN DƯƠNG");
        assertThat(document.number()).isEqualTo("Số: 5/BC-UBND");
        assertThat(document.placeAndDate()).isEqualTo("An Dương, ngày 20 tháng 5 năm 2024");
        assertThat(document.issued()).isTrue();
        assertThat(document.title()).isEqualTo("Kết quả thực hiện công tác trẻ em 6 tháng đầu năm 2024");
        assertThat(document.preamble()).containsExactly(
                "Căn cứ Kế hoạch số 12/KH-UBND ngày 15/03/2024 của UBND xã An Dương về triển khai thực hiện công tác "
                        + "trẻ em năm 2024;",
                "Ủy ban nhân dân xã An Dương báo cáo kết quả thực hiện công tác trẻ em 6 tháng đầu năm 2024 (số liệu "
                        + "từ ngày 15/12/2023 đến ngày 14/06/2024) như sau:");
        assertThat(document.sections()).extracting(OfficialDocument.Section::heading)
                .containsExactly("I. KẾT QUẢ THỰC HIỆN", "II. SỐ LIỆU CHỈ TIÊU");
        assertThat(document.sections().get(0).paragraphs()).containsExactly(
                "Các đơn vị triển khai kế hoạch đúng tiến độ.", "- Công an xã An Dương: 03 buổi tuyên truyền.");
        assertThat(document.sections().get(1).table()).isEqualTo(FIGURES);
        assertThat(document.closing()).isEqualTo("Trên đây là báo cáo kết quả thực hiện công tác trẻ em 6 tháng đầu "
                + "năm 2024 của Ủy ban nhân dân xã An Dương./.");
        assertThat(document.recipients()).containsExactly("- UBND huyện Tân Yên (b/c);", "- Lưu: VT.");
        assertThat(document.signature()).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        assertThat(document.signerName()).isEqualTo("Lục Xuân Đức");
    }

    @Test
    void theKindOfPeriodNamesTheReport() {
        assertThat(title(PeriodKind.SIX_MONTHS)).isEqualTo("Kết quả thực hiện công tác trẻ em 6 tháng đầu năm 2024");
        assertThat(title(PeriodKind.NINE_MONTHS)).isEqualTo("Kết quả thực hiện công tác trẻ em 9 tháng năm 2024");
        assertThat(title(PeriodKind.ANNUAL)).isEqualTo("Kết quả thực hiện công tác trẻ em năm 2024");
    }

    @Test
    void unitsThatHadNotReportedAreListedAndTheFiguresLeftOutWhenThereAreNone() {
        OfficialDocument withoutFigures = ConsolidatedReportDocumentBuilder.of(report(5,
                        List.of("Hội Liên hiệp Phụ nữ xã An Dương", "Trạm Y tế xã An Dương")),
                period(PeriodKind.SIX_MONTHS), plan("UBND huyện Tân Yên"), null, null);
        assertThat(withoutFigures.sections()).extracting(OfficialDocument.Section::heading)
                .containsExactly("I. KẾT QUẢ THỰC HIỆN", "II. ĐƠN VỊ CHƯA BÁO CÁO");
        assertThat(withoutFigures.sections().get(1).paragraphs()).endsWith("- Hội Liên hiệp Phụ nữ xã An Dương;",
                "- Trạm Y tế xã An Dương.");
        assertThat(withoutFigures.sections()).noneMatch(OfficialDocument.Section::hasTable);

        OfficialDocument emptyFigures = ConsolidatedReportDocumentBuilder.of(report(5, List.of("Trạm Y tế xã An Dương")),
                period(PeriodKind.SIX_MONTHS), plan("UBND huyện Tân Yên"), null,
                new OfficialDocument.Table(List.of("TT", "Chỉ tiêu"), List.of()));
        assertThat(emptyFigures.sections()).extracting(OfficialDocument.Section::heading)
                .containsExactly("I. KẾT QUẢ THỰC HIỆN", "II. ĐƠN VỊ CHƯA BÁO CÁO");

        OfficialDocument everything = ConsolidatedReportDocumentBuilder.of(report(5, List.of("Trạm Y tế xã An Dương")),
                period(PeriodKind.SIX_MONTHS), plan("UBND huyện Tân Yên"), null, FIGURES);
        assertThat(everything.sections()).extracting(OfficialDocument.Section::heading).containsExactly(
                "I. KẾT QUẢ THỰC HIỆN", "II. SỐ LIỆU CHỈ TIÊU", "III. ĐƠN VỊ CHƯA BÁO CÁO");
    }

    @Test
    void beforeApprovalTheNumberAndTheDayAreBlank() {
        OfficialDocument document = ConsolidatedReportDocumentBuilder.of(report(null, List.of()),
                period(PeriodKind.SIX_MONTHS), plan("UBND huyện Tân Yên"), null, null);
        assertThat(document.number()).isEqualTo("Số:        /BC-UBND");
        assertThat(document.placeAndDate()).isEqualTo("An Dương, ngày      tháng      năm 2024");
        assertThat(document.issued()).isFalse();
    }

    @Test
    void withoutAnUpperIssuerTheReportGoesToTheOrganisationAbove() {
        assertThat(ConsolidatedReportDocumentBuilder.recipients(plan(null), "Huyện Tân Yên"))
                .containsExactly("- UBND huyện Tân Yên (b/c);", "- Lưu: VT.");
        assertThat(ConsolidatedReportDocumentBuilder.recipients(plan(null), null)).containsExactly("- Lưu: VT.");
    }

    @Test
    void theDocxFiguresSectionHeadsTargetsByTheirObjectiveWithThePlansNumbers() throws java.io.IOException {
        vn.congtactreem.indicator.Indicator care = new vn.congtactreem.indicator.Indicator(1, "BV-01",
                "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc", vn.congtactreem.indicator.Measure.PERCENT,
                "Số trẻ em được chăm sóc", "Tổng số trẻ em", "trẻ em",
                vn.congtactreem.indicator.Direction.HIGHER_IS_BETTER, vn.congtactreem.indicator.IndicatorGroup.PROTECTION,
                null, null, null, true, 1);
        List<TargetFigure> figures = List.of(figure(care, 1, 1, "1"), figure(care, 2, 2, "2a"));
        OfficialDocument.Table table = FiguresTable.of(figures, List.of(
                new vn.congtactreem.indicator.Objective(1, "Giảm tai nạn thương tích"),
                new vn.congtactreem.indicator.Objective(2, "Bảo vệ trẻ em")));
        OfficialDocument document = ConsolidatedReportDocumentBuilder.of(report(5, List.of()),
                period(PeriodKind.SIX_MONTHS), plan("UBND huyện Tân Yên"), "Huyện Tân Yên", table);

        try (org.apache.poi.xwpf.usermodel.XWPFDocument docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(vn.congtactreem.document.OfficialDocumentDocx.write(document)))) {
            assertThat(docx.getParagraphs()).extracting(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .anyMatch(text -> text.endsWith("SỐ LIỆU CHỈ TIÊU"));
            org.apache.poi.xwpf.usermodel.XWPFTable figuresTable = docx.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("TT")).findFirst().orElseThrow();
            List<String> firstTwoCells = figuresTable.getRows().stream().skip(1)
                    .map(r -> r.getCell(0).getText() + "|" + r.getCell(1).getText()).toList();
            assertThat(firstTwoCells).containsExactly(
                    "|Mục tiêu 1: Giảm tai nạn thương tích",
                    "1|Tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc (BV-01)",
                    "|Mục tiêu 2: Bảo vệ trẻ em",
                    "2a|Tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc (BV-01)");
        }
    }

    private static TargetFigure figure(vn.congtactreem.indicator.Indicator indicator, int position,
                                       Integer objective, String number) {
        vn.congtactreem.indicator.Target target = new vn.congtactreem.indicator.Target(position, 7, position,
                indicator, 2024, vn.congtactreem.indicator.Comparator.AT_LEAST, new java.math.BigDecimal("95"), null,
                null, null, List.of(), List.of(), vn.congtactreem.indicator.FigureSource.OWN, null, null, null, null,
                null, objective, null, number);
        return new TargetFigure(target, vn.congtactreem.indicator.RollUp.of(indicator, List.of()),
                vn.congtactreem.indicator.TargetStatus.NO_DATA, null);
    }

    private static String title(PeriodKind kind) {
        return ConsolidatedReportDocumentBuilder.of(report(5, List.of()), period(kind), plan(null), null, null)
                .title();
    }
}
