package vn.congtactreem.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.document.OfficialDocument;
import vn.congtactreem.plan.PlanStatus;

/** The reports of a programme's reviews are titled as officers title them. */
class ReviewDocumentTests {

    private static final Plan PROGRAMME = new Plan(9, 3, "Xã An Dương",
            "Chương trình hành động vì trẻ em xã An Dương giai đoạn 2021–2030", 2021, 2030, PlanStatus.ISSUED, null,
            "Bảo vệ trẻ em.", null, null, null, null, "- Lưu: VT.", "Nguyễn Văn Hùng", "CHỦ TỊCH", 15, "KH-UBND",
            LocalDate.of(2021, 3, 15), null, List.of(), List.of(), List.of(), List.of());

    private static ConsolidatedReport report() {
        return new ConsolidatedReport(31, 50, 3, "Xã An Dương", ConsolidatedReportStatus.APPROVED, "Kết quả 5 năm.",
                List.of(), null, null, null, false, Instant.parse("2025-12-10T03:00:00Z"), "lanhdao.anduong", null, 41,
                "BC-UBND", LocalDate.of(2025, 12, 10));
    }

    @Test
    void theMidTermReviewIsTheReportOnFiveYearsOfTheProgramme() {
        OfficialDocument document = ConsolidatedReportDocumentBuilder.of(report(),
                ReviewMilestonesTests.period(PeriodKind.MID_TERM_REVIEW, 2025), PROGRAMME, "Huyện Tân Yên", null);

        assertThat(document.kind()).isEqualTo("BÁO CÁO");
        assertThat(document.title()).isEqualTo(
                "Sơ kết 5 năm thực hiện Chương trình hành động vì trẻ em xã An Dương giai đoạn 2021–2030");
        assertThat(document.closing()).startsWith("Trên đây là báo cáo sơ kết 5 năm thực hiện Chương trình");
    }

    @Test
    void theFinalReviewCoversTheTenYearsAndAPlanTitleIsLowerCasedInTheSentence() {
        Plan plan = new Plan(9, 3, "Xã An Dương", "Kế hoạch thực hiện Chương trình hành động vì trẻ em giai đoạn "
                + "2021–2030", 2021, 2030, PlanStatus.ISSUED, null, null, null, null, null, null, null, "Nguyễn Văn Hùng",
                "CHỦ TỊCH", 15, "KH-UBND", LocalDate.of(2021, 3, 15), null, List.of(), List.of(), List.of(), List.of());
        assertThat(ConsolidatedReportDocumentBuilder.reviewPhrase(
                ReviewMilestonesTests.period(PeriodKind.FINAL_REVIEW, 2030), plan))
                .isEqualTo("tổng kết 10 năm thực hiện kế hoạch thực hiện Chương trình hành động vì trẻ em giai đoạn "
                        + "2021–2030");
    }
}
