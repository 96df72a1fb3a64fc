package vn.congtactreem.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congtactreem.document.OfficialStyle;
import vn.congtactreem.document.OfficialDocument;

class PlanDocumentBuilderTests {

    private static Plan plan(Integer number, LocalDate issuedOn, String signerTitle) {
        return new Plan(7, 3, "Xã An Dương", "Thực hiện công tác trẻ em năm 2024", 2024, 2024, PlanStatus.ISSUED,
                new Plan.UpperPlanReference(null, "50/KH-UBND", LocalDate.of(2024, 2, 29), "UBND huyện Tân Yên",
                        "Triển khai thực hiện công tác trẻ em năm 2024", null),
                "Đẩy mạnh bảo vệ trẻ em.\nGiảm đuối nước.", "Kịp thời, hiệu quả.", null, "Công chức VH-XH tham mưu.",
                "Định kỳ 6 tháng và năm.", "- Phòng LĐTB&XH (b/c);\n- Lưu: VT.", "Lục Xuân Đức", signerTitle,
                number, number == null ? null : "KH-UBND", issuedOn, null,
                List.of(new ReportingPeriod(1, 7, 2024, PeriodKind.SIX_MONTHS, LocalDate.of(2023, 12, 15),
                        LocalDate.of(2024, 6, 14), LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 18),
                        LocalDate.of(2024, 5, 24), List.of(7, 1), PeriodStatus.OPEN, null)),
                List.of(new Assignment(1, 7, 11, "Công an xã An Dương", "Phòng ngừa xâm hại trẻ em.", false, null,
                        null)),
                List.of(new PlanActivity(1, 1, "Tuyên truyền", "Trên hệ thống truyền thanh.",
                        Timeframe.ofQuarters(1, 4), 12L, "Văn hóa - Thông tin xã An Dương", List.of(11L),
                        List.of("Công an xã An Dương"))), List.of());
    }

    @Test
    void anUpperPlanWithBlanksIsCitedWithTheSameBlanks() {
        Plan.UpperPlanReference blanks = new Plan.UpperPlanReference(null, "/KH-UBND", null, "UBND huyện Tân Yên",
                "Triển khai công tác trẻ em năm 2022", null, 3, 2022);
        assertThat(blanks.citation()).isEqualTo("số       /KH-UBND ngày       /3/2022");
        assertThat(new Plan.UpperPlanReference(null, null, null, "UBND huyện", null, null, 1, 2022).citation())
                .isEqualTo("số       ngày       /01/2022");
        assertThat(new Plan.UpperPlanReference(null, "12/KH-UBND", null, "UBND huyện", null, null, 11, 2022)
                .citation()).isEqualTo("số 12/KH-UBND ngày       /11/2022");
        assertThat(new Plan.UpperPlanReference(null, "/KH-UBND", LocalDate.of(2022, 3, 4), "UBND huyện", null, null)
                .citation()).isEqualTo("số       /KH-UBND ngày 04/3/2022");

        Plan plan = plan(null, null, "CHỦ TỊCH");
        Plan withBlanks = new Plan(plan.id(), plan.orgUnitId(), plan.orgUnitName(), plan.title(), plan.yearFrom(),
                plan.yearTo(), plan.status(), blanks, plan.purpose(), plan.requirements(), plan.budget(),
                plan.implementation(), plan.reportingRegime(), plan.recipients(), plan.signerName(),
                plan.signerTitle(), plan.docNumber(), plan.docSymbol(), plan.issuedOn(), plan.reviewComment(),
                plan.periods(), plan.assignments(), plan.activities(), plan.targets());
        assertThat(PlanDocumentBuilder.of(withBlanks).preamble()).singleElement().asString().startsWith(
                "Thực hiện Kế hoạch số       /KH-UBND ngày       /3/2022 của UBND huyện Tân Yên về triển khai công tác "
                        + "trẻ em năm 2022, Ủy ban nhân dân ").endsWith(" như sau:");
        // the DOCX as downloaded says the same, blanks kept as spaces Word shows
        byte[] docx = PlanDocx.of(withBlanks).content();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("Thực hiện Kế hoạch số       /KH-UBND ngày       /3/2022 của UBND huyện")
                    .doesNotContain("/03/2022", "01/3/2022");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void headerFollowsDecree30() {
        OfficialDocument document = PlanDocumentBuilder.of(plan(12, LocalDate.of(2024, 3, 7), "PHÓ CHỦ TỊCH"));
        assertThat(document.issuingBody()).containsExactly("ỦY BAN NHÂN DÂN", "XÃ AN DƯƠNG");
        assertThat(document.number()).isEqualTo("Số: 12/KH-UBND");
        assertThat(document.placeAndDate()).isEqualTo("An Dương, ngày 07 tháng 3 năm 2024");
        // as the seed plans sign: no "TM. ỦY BAN NHÂN DÂN" unless the draft asks for it
        assertThat(document.signature()).containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        assertThat(document.issued()).isTrue();
    }

    @Test
    void aPlanSignedForTheCommitteeCarriesTmAboveTheSigner() {
        assertThat(PlanDocumentBuilder.of(forCommittee(plan(12, LocalDate.of(2024, 3, 7), "PHÓ CHỦ TỊCH")))
                .signature()).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        assertThat(PlanDocumentBuilder.of(forCommittee(plan(12, LocalDate.of(2024, 3, 7), "Chủ tịch")))
                .signature()).containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        // the DOCX prints what the document says
        byte[] docx = PlanDocx.of(forCommittee(plan(12, LocalDate.of(2024, 3, 7), "PHÓ CHỦ TỊCH"))).content();
        byte[] plain = PlanDocx.of(plan(12, LocalDate.of(2024, 3, 7), "PHÓ CHỦ TỊCH")).content();
        assertThat(docxText(docx)).contains("- Lưu: VT.\tTM. ỦY BAN NHÂN DÂN\tKT. CHỦ TỊCH\tPHÓ CHỦ TỊCH\t");
        assertThat(docxText(plain)).contains("- Lưu: VT.\tKT. CHỦ TỊCH\tPHÓ CHỦ TỊCH\t")
                .doesNotContain("TM. ỦY BAN NHÂN DÂN");
    }

    private static Plan forCommittee(Plan p) {
        return new Plan(p.id(), p.orgUnitId(), p.orgUnitName(), p.title(), p.yearFrom(), p.yearTo(), p.status(),
                p.upper(), p.purpose(), p.requirements(), p.budget(), p.implementation(), p.reportingRegime(),
                p.recipients(), p.signerName(), p.signerTitle(), p.docNumber(), p.docSymbol(), p.issuedOn(),
                p.reviewComment(), p.periods(), p.assignments(), p.activities(), p.targets(), p.objectives(),
                p.version(), true);
    }

    private static String docxText(byte[] docx) {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            return text.getText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void beforeIssuingTheNumberAndDayAreLeftBlank() {
        OfficialDocument document = PlanDocumentBuilder.of(plan(null, null, "Chủ tịch"));
        assertThat(document.number()).startsWith("Số:").endsWith("/KH-UBND").doesNotContainPattern("\\d");
        assertThat(document.placeAndDate()).isEqualTo("An Dương, ngày      tháng      năm 2024");
        assertThat(document.signature()).containsExactly("CHỦ TỊCH");
        assertThat(document.issued()).isFalse();
    }

    @Test
    void monthsJanuaryAndFebruaryTakeALeadingZero() {
        assertThat(OfficialStyle.placeAndDate("Phường Phú La", LocalDate.of(2025, 2, 5), 2025))
                .isEqualTo("Phú La, ngày 05 tháng 02 năm 2025");
        assertThat(OfficialStyle.placeAndDate("Phường Phú La", LocalDate.of(2025, 11, 15), 2025))
                .isEqualTo("Phú La, ngày 15 tháng 11 năm 2025");
    }

    @Test
    void bodyHasNumberedSectionsAndSkipsEmptyOnes() {
        OfficialDocument document = PlanDocumentBuilder.of(plan(12, LocalDate.of(2024, 3, 7), "PHÓ CHỦ TỊCH"));
        // one sentence, as the real plans open, with NĐ 30's leading zeros (29/02/2024, but 08/4/2024)
        assertThat(document.preamble().get(0)).startsWith("Thực hiện Kế hoạch số 50/KH-UBND ngày 29/02/2024 của UBND "
                + "huyện Tân Yên về triển khai thực hiện công tác trẻ em năm 2024, Ủy ban nhân dân ");
        assertThat(document.sections()).extracting(OfficialDocument.Section::heading).containsExactly(
                "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG HOẠT ĐỘNG", "III. TỔ CHỨC THỰC HIỆN", "IV. CHẾ ĐỘ BÁO CÁO");
        OfficialDocument.Section aims = document.sections().get(0);
        assertThat(aims.items()).extracting(OfficialDocument.Item::heading).containsExactly("1. Mục đích", "2. Yêu cầu");
        assertThat(aims.items().get(0).paragraphs()).containsExactly("Đẩy mạnh bảo vệ trẻ em.", "Giảm đuối nước.");
        OfficialDocument.Item activity = document.sections().get(1).items().get(0);
        assertThat(activity.heading()).isEqualTo("1. Tuyên truyền");
        assertThat(activity.paragraphs()).contains("Thời gian: Quý I và quý IV/2024.",
                "Đơn vị chủ trì: Văn hóa - Thông tin xã An Dương.", "Đơn vị phối hợp: Công an xã An Dương.");
        assertThat(document.sections().get(2).items().get(0).heading()).isEqualTo("1. Công an xã An Dương");
        assertThat(document.sections().get(3).paragraphs()).contains("- Báo cáo 6 tháng 2024 (số liệu từ 15/12/2023 "
                + "đến 14/6/2024): các đơn vị gửi Ủy ban nhân dân xã An Dương trước ngày 19/5/2024; Ủy ban nhân dân xã "
                + "An Dương báo cáo UBND huyện Tân Yên trước ngày 25/5/2024.");
        assertThat(document.recipients()).containsExactly("- Phòng LĐTB&XH (b/c);", "- Lưu: VT.");
    }

    @Test
    void theTargetsStandAsATableAfterTheAimsWithTheirRequirementAndWhoLeads() {
        var indicator = new vn.congtactreem.indicator.Indicator(7, "BV-07", "Tỷ suất trẻ em bị tai nạn, thương tích",
                vn.congtactreem.indicator.Measure.PER_100K, "Số trẻ em bị TNTT", "Tổng số trẻ em", "trẻ em",
                vn.congtactreem.indicator.Direction.LOWER_IS_BETTER, vn.congtactreem.indicator.IndicatorGroup.PROTECTION,
                "QĐ 23/QĐ-TTg", null, null, true, 1);
        var friendly = new vn.congtactreem.indicator.Indicator(3, "CH-03", "Xã phù hợp với trẻ em",
                vn.congtactreem.indicator.Measure.YES_NO, null, null, "xã",
                vn.congtactreem.indicator.Direction.HIGHER_IS_BETTER, vn.congtactreem.indicator.IndicatorGroup.GENERAL,
                "QĐ 23/QĐ-TTg", null, null, true, 2);
        Plan base = plan(12, LocalDate.of(2024, 3, 7), "PHÓ CHỦ TỊCH");
        Plan plan = new Plan(base.id(), base.orgUnitId(), base.orgUnitName(), base.title(), base.yearFrom(),
                base.yearTo(), base.status(), base.upper(), base.purpose(), base.requirements(), base.budget(),
                base.implementation(), base.reportingRegime(), base.recipients(), base.signerName(), base.signerTitle(),
                base.docNumber(), base.docSymbol(), base.issuedOn(), base.reviewComment(), base.periods(),
                base.assignments(), base.activities(), List.of(
                        new vn.congtactreem.indicator.Target(1, 7, 1, indicator, 2024,
                                vn.congtactreem.indicator.Comparator.AT_MOST, new java.math.BigDecimal("300"), null,
                                null, "Giảm tỷ suất trẻ em bị TNTT xuống 300/100.000 trẻ em", List.of(12L),
                                List.of("Trạm Y tế xã An Dương")),
                        new vn.congtactreem.indicator.Target(2, 7, 2, friendly, 2024,
                                vn.congtactreem.indicator.Comparator.EQUAL, java.math.BigDecimal.ONE, null, null, null,
                                List.of(), List.of())));

        OfficialDocument document = PlanDocumentBuilder.of(plan);

        assertThat(document.sections()).extracting(OfficialDocument.Section::heading).startsWith(
                "I. MỤC ĐÍCH, YÊU CẦU", "II. CÁC CHỈ TIÊU", "III. NỘI DUNG HOẠT ĐỘNG");
        OfficialDocument.Table table = document.sections().get(1).table();
        assertThat(table.headers()).containsExactly("TT", "Chỉ tiêu", "Năm", "Yêu cầu", "Đơn vị chủ trì");
        assertThat(table.rows()).containsExactly(
                List.of("1", "Giảm tỷ suất trẻ em bị TNTT xuống 300/100.000 trẻ em (BV-07)", "2024", "≤ 300 /100.000",
                        "Trạm Y tế xã An Dương"),
                List.of("2", "Xã phù hợp với trẻ em (CH-03)", "2024", "= Có", "UBND xã An Dương"));
    }

    @Test
    void aSectionHasATableOnlyWhenGivenOneAndShortRowsArePadded() {
        OfficialDocument.Section plain = new OfficialDocument.Section("I. MỤC ĐÍCH, YÊU CẦU", List.of("Bảo vệ trẻ em."),
                List.of());
        assertThat(plain.table()).isNull();
        assertThat(plain.hasTable()).isFalse();
        OfficialDocument.Table targets = new OfficialDocument.Table(List.of("TT", "Chỉ tiêu", "Đơn vị tính"),
                List.of(List.of("1", "Trẻ em có hoàn cảnh đặc biệt được chăm sóc")));
        OfficialDocument.Section withTable = new OfficialDocument.Section("II. CHỈ TIÊU", List.of(), List.of(), targets);
        assertThat(withTable.hasTable()).isTrue();
        assertThat(targets.cell(0, 1)).isEqualTo("Trẻ em có hoàn cảnh đặc biệt được chăm sóc");
        assertThat(targets.cell(0, 2)).isEmpty();
        assertThat(new OfficialDocument.Section("II. CHỈ TIÊU", List.of(), List.of(),
                new OfficialDocument.Table(List.of("TT"), List.of())).hasTable()).as("no rows, no table").isFalse();
    }
}
