package vn.congtactreem.reporting;

import java.util.ArrayList;
import java.util.List;
import vn.congtactreem.document.OfficialStyle;
import vn.congtactreem.document.OfficialDocument;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.ReportingPeriod;

/**
 * Lays a consolidated report out as the "BÁO CÁO" its leader signs (Nghị định 30 layout, like the
 * plan): "Kết quả thực hiện công tác trẻ em 6 tháng đầu năm 2024", on the basis of the plan; I. the
 * results (the officer's text), II. the targets' figures (a table, when given), III. the units that
 * had not reported; to the upper level, signed by the plan's signer. Pure, so page and DOCX agree.
 */
public final class ConsolidatedReportDocumentBuilder {

    public static final String REPORT_SYMBOL = "BC-UBND";

    private ConsolidatedReportDocumentBuilder() {
    }

    /**
     * @param parentOrgName the organisation above (for "Nơi nhận" when the plan names no upper issuer); may be null
     * @param figures       the targets' figures for section II; omitted when null or without rows
     */
    public static OfficialDocument of(ConsolidatedReport report, ReportingPeriod period, Plan plan, String parentOrgName,
                                  OfficialDocument.Table figures) {
        String org = report.orgUnitName();
        String what = "kết quả thực hiện công tác trẻ em " + periodPhrase(period);
        List<OfficialDocument.Section> sections = new ArrayList<>();
        add(sections, "KẾT QUẢ THỰC HIỆN", OfficialStyle.paragraphs(report.summary()), null);
        if (figures != null && !figures.rows().isEmpty()) {
            add(sections, "SỐ LIỆU CHỈ TIÊU", List.of(), figures);
        }
        if (!report.missingUnits().isEmpty()) {
            List<String> missing = new ArrayList<>();
            missing.add("Đến thời điểm tổng hợp, các đơn vị sau chưa gửi báo cáo hoặc báo cáo chưa được chấp nhận:");
            List<String> units = report.missingUnits();
            for (int i = 0; i < units.size(); i++) {
                missing.add("- " + units.get(i) + (i == units.size() - 1 ? "." : ";"));
            }
            add(sections, "ĐƠN VỊ CHƯA BÁO CÁO", missing, null);
        }
        String number = report.docNumber() == null ? "Số:        /" + REPORT_SYMBOL
                : "Số: " + report.docNumber() + "/" + (report.docSymbol() == null ? REPORT_SYMBOL : report.docSymbol());
        return new OfficialDocument(OfficialStyle.issuingBody(org), number,
                OfficialStyle.placeAndDate(org, report.issuedOn(), period.year()), "BÁO CÁO",
                upperFirst(what), preamble(plan, org, what, period), sections,
                "Trên đây là báo cáo " + what + " của Ủy ban nhân dân " + lowerFirst(org) + "./.",
                recipients(plan, parentOrgName), OfficialStyle.signature(plan.signerTitle()), plan.signerName(),
                report.docNumber() != null);
    }

    /** "6 tháng đầu năm 2024", "9 tháng năm 2024", "năm 2024". */
    public static String periodPhrase(ReportingPeriod period) {
        return switch (period.kind()) {
            case SIX_MONTHS -> "6 tháng đầu năm " + period.year();
            case NINE_MONTHS -> "9 tháng năm " + period.year();
            case ANNUAL -> "năm " + period.year();
            case AD_HOC -> "năm " + period.year() + " (báo cáo đột xuất)";
        };
    }

    private static List<String> preamble(Plan plan, String org, String what, ReportingPeriod period) {
        List<String> lines = new ArrayList<>();
        if (plan.documentNumber() != null) {
            lines.add("Căn cứ Kế hoạch số " + plan.documentNumber()
                    + (plan.issuedOn() == null ? "" : " ngày " + Deadlines.format(plan.issuedOn()))
                    + " của UBND " + lowerFirst(plan.orgUnitName()) + " về " + OfficialStyle.subject(plan.title())
                    + ";");
        }
        lines.add("Ủy ban nhân dân " + lowerFirst(org) + " báo cáo " + what + " (số liệu từ ngày "
                + Deadlines.format(period.dataFrom()) + " đến ngày " + Deadlines.format(period.dataTo()) + ") như sau:");
        return lines;
    }

    /** The upper level the report goes to (the upper plan's issuer, else the organisation above), and the archive. */
    static List<String> recipients(Plan plan, String parentOrgName) {
        String upper = plan.upper() != null && plan.upper().issuer() != null && !plan.upper().issuer().isBlank()
                ? plan.upper().issuer().strip()
                : parentOrgName == null || parentOrgName.isBlank() ? null : "UBND " + lowerFirst(parentOrgName);
        return upper == null ? List.of("- Lưu: VT.") : List.of("- " + upper + " (b/c);", "- Lưu: VT.");
    }

    private static void add(List<OfficialDocument.Section> sections, String heading, List<String> paragraphs,
                            OfficialDocument.Table table) {
        if (paragraphs.isEmpty() && table == null) {
            return;
        }
        sections.add(new OfficialDocument.Section(OfficialStyle.sectionHeading(sections.size(), heading),
                paragraphs, List.of(), table));
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String lowerFirst(String text) {
        return text == null || text.isEmpty() ? "" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
