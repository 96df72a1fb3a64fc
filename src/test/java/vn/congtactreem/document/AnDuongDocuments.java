package vn.congtactreem.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.congtactreem.plan.Assignment;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.PeriodStatus;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanActivity;
import vn.congtactreem.plan.PlanDocumentBuilder;
import vn.congtactreem.plan.PlanStatus;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.plan.Timeframe;
import vn.congtactreem.reporting.ConsolidatedReport;
import vn.congtactreem.reporting.ConsolidatedReportDocumentBuilder;
import vn.congtactreem.reporting.ConsolidatedReportStatus;

/**
 * The seed plan of An Dương 2024 (texts from the commune's real plan 12/KH-UBND) and its 6-month
 * consolidated report, as the documents the system lays out, with the targets' table another
 * feature adds.
 */
final class AnDuongDocuments {

    static final OfficialDocument.Table TARGETS = new OfficialDocument.Table(
            List.of("TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2024", "Đơn vị chủ trì"),
            List.of(List.of("1", "Trẻ em có hoàn cảnh đặc biệt được chăm sóc", "%", "> 95", "Công chức VH-XH"),
                    List.of("2", "Cán bộ làm công tác trẻ em cấp xã, thôn được nâng cao năng lực", "%", "100",
                            "Công chức VH-XH"),
                    List.of("3", "Tỷ suất trẻ em bị tai nạn, thương tích", "/100.000 trẻ em", "300",
                            "Trạm Y tế xã An Dương"),
                    List.of("4", "Tỷ suất trẻ em tử vong do tai nạn, thương tích", "/100.000 trẻ em", "< 20",
                            "Trạm Y tế xã An Dương"),
                    List.of("5", "Trẻ em đến 08 tuổi được tiếp cận dịch vụ phát triển toàn diện", "%", "90",
                            "Trạm Y tế xã An Dương"),
                    List.of("6", "Trẻ em khuyết tật được tiếp cận dịch vụ bảo vệ, chăm sóc, giáo dục", "%", "80",
                            "Trường THCS An Dương"),
                    List.of("7", "Xã đạt tiêu chuẩn xã phù hợp với trẻ em", "xã", "Đạt", "Công chức VH-XH")));

    private AnDuongDocuments() {
    }

    /** The plan as issued on 15/03/2024 with number 12, or (number null) as the leader reads it before. */
    static Plan plan(Integer number) {
        LocalDate issuedOn = number == null ? null : LocalDate.of(2024, 3, 15);
        return new Plan(7, 3, "Xã An Dương", "Triển khai thực hiện công tác trẻ em năm 2024", 2024, 2024,
                number == null ? PlanStatus.IN_REVIEW : PlanStatus.ISSUED,
                new Plan.UpperPlanReference(null, "50/KH-UBND", LocalDate.of(2024, 2, 29), "UBND huyện Tân Yên",
                        "Triển khai thực hiện công tác trẻ em năm 2024", null),
                "Đẩy mạnh các hoạt động bảo vệ, chăm sóc trẻ em trên địa bàn xã; tập trung hỗ trợ thực hiện nhằm "
                        + "giảm thiểu một số tồn tại, hạn chế như: giảm tình trạng trẻ em bị đuối nước, trẻ em bị xâm "
                        + "hại tình dục,… tạo môi trường sống an toàn, lành mạnh để trẻ em phát triển toàn diện. Đảm "
                        + "bảo thực hiện tốt các quyền của trẻ em theo quy định tại Luật Trẻ em.\n"
                        + "Tiếp tục đẩy mạnh nâng cao nhận thức, trách nhiệm của các cấp, các ngành, toàn xã hội đối "
                        + "với công tác trẻ em. Kêu gọi, vận động các tổ chức, doanh nghiệp, cá nhân và các nhà hảo "
                        + "tâm cùng chung tay, ủng hộ, trợ giúp trẻ em có hoàn cảnh đặc biệt, trẻ em yếu thế, trẻ em "
                        + "thuộc hộ gia đình nghèo, cận nghèo… trên địa bàn xã.",
                "Triển khai các hoạt động đảm bảo kịp thời, đúng quy định, thiết thực, hiệu quả, phù hợp với tình "
                        + "hình thực tiễn của địa phương.",
                "Theo phân cấp ngân sách và trích từ Quỹ bảo trợ trẻ em xã cho các hoạt động tuyên truyền, chăm "
                        + "sóc, bảo vệ và giáo dục trẻ em phù hợp.",
                "Công chức VH-XH phụ trách công tác LĐTB&XH tham mưu, phối hợp với các cơ quan, đơn vị ngành dọc, "
                        + "cùng cấp triển khai thực hiện các nội dung của Kế hoạch trên địa bàn; tổng hợp báo cáo "
                        + "định kỳ, đột xuất công tác bảo vệ, chăm sóc trẻ em trên địa bàn.",
                "Định kỳ 6 tháng và cả năm, các đơn vị gửi báo cáo kết quả thực hiện về UBND xã.",
                "- Phòng LĐTB&XH (b/c);\n- TT ĐU, HĐND, UBND xã (b/c);\n- Các ngành đoàn thể (p/h);\n"
                        + "- Các nhà trường, Trạm y tế (t/h);\n- Trưởng thôn (t/h);\n- Lưu: VT, LĐTBXH.",
                "Lục Xuân Đức", "PHÓ CHỦ TỊCH", number, number == null ? null : "KH-UBND", issuedOn, null,
                List.of(period(PeriodKind.SIX_MONTHS)),
                List.of(new Assignment(1, 7, 11, "Công an xã An Dương", "Chủ trì phòng, chống bạo lực, xâm hại trẻ "
                                + "em; phối hợp xử lý các vụ việc vi phạm quyền trẻ em.", false, null, null),
                        new Assignment(2, 7, 12, "Trạm Y tế xã An Dương", "Chủ trì phòng, chống tai nạn, thương "
                                + "tích; chăm sóc sức khỏe trẻ em, phòng, chống HIV cho trẻ em.", false, null, null)),
                List.of(new PlanActivity(1, 1, "Tuyên truyền, phổ biến chính sách, pháp luật về trẻ em",
                                "Tuyên truyền trên hệ thống truyền thanh, loa truyền thanh từ xã đến thôn, Cổng thông "
                                        + "tin điện tử của xã; tổ chức phát động, triển khai Tháng hành động vì trẻ em "
                                        + "năm 2024, Ngày quốc tế Thiếu nhi 01/6, Tết Trung thu.",
                                Timeframe.ofQuarters(1, 4), 13L, "Văn hóa - Thông tin xã An Dương", List.of(),
                                List.of("Hội Liên hiệp Phụ nữ xã An Dương", "Đoàn Thanh niên xã An Dương")),
                        new PlanActivity(2, 2, "Tuyên truyền phòng, chống bạo lực, xâm hại trẻ em",
                                "Xây dựng tin, bài tuyên truyền trên Đài truyền thanh, trên cổng thông tin điện tử "
                                        + "của xã; tổ chức tọa đàm, diễn đàn về quyền trẻ em, bảo vệ trẻ em, phòng, "
                                        + "chống bạo lực, xâm hại trẻ em.",
                                Timeframe.ofQuarters(2, 3), 11L, "Công an xã An Dương", List.of(),
                                List.of("Trường THCS An Dương")),
                        new PlanActivity(3, 3, "Phòng, chống tai nạn, thương tích cho trẻ em",
                                "Ban hành, triển khai đầy đủ các văn bản chỉ đạo và kiến thức, kỹ năng về phòng, "
                                        + "chống tai nạn, thương tích trẻ em; tiêu chí “Ngôi nhà an toàn”; cảnh báo "
                                        + "nguy cơ tai nạn, thương tích, đuối nước trẻ em.",
                                Timeframe.ofMonths(1, 12), 12L, "Trạm Y tế xã An Dương", List.of(), List.of())),
                List.of());
    }

    static ReportingPeriod period(PeriodKind kind) {
        return new ReportingPeriod(21, 7, 2024, kind, LocalDate.of(2023, 12, 15),
                kind == PeriodKind.SIX_MONTHS ? LocalDate.of(2024, 6, 14) : LocalDate.of(2024, 12, 14),
                LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 18), LocalDate.of(2024, 5, 24), List.of(7, 1),
                PeriodStatus.OPEN, null);
    }

    /** The plan as the document, with a "CHỈ TIÊU" section and its table after the aims (as issue 5 adds it). */
    static OfficialDocument planDocument(Integer number) {
        OfficialDocument document = PlanDocumentBuilder.of(plan(number));
        List<OfficialDocument.Section> sections = new ArrayList<>();
        sections.add(document.sections().get(0));
        sections.add(new OfficialDocument.Section("CHỈ TIÊU", List.of("Phấn đấu đạt các chỉ tiêu năm 2024 như sau:"),
                List.of(), TARGETS));
        sections.addAll(document.sections().subList(1, document.sections().size()));
        List<OfficialDocument.Section> numbered = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            OfficialDocument.Section section = sections.get(i);
            String heading = section.heading().replaceFirst("^[IVX]+\\. ", "");
            numbered.add(new OfficialDocument.Section(OfficialStyle.sectionHeading(i, heading),
                    section.paragraphs(), section.items(), section.table()));
        }
        return new OfficialDocument(document.issuingBody(), document.number(), document.placeAndDate(), document.kind(),
                document.title(), document.preamble(), numbered, document.closing(), document.recipients(),
                document.signature(), document.signerName(), document.issued());
    }

    static ConsolidatedReport report(Integer number, List<String> missing) {
        return new ConsolidatedReport(31, 21, 3, "Xã An Dương", number == null ? ConsolidatedReportStatus.IN_REVIEW
                : ConsolidatedReportStatus.APPROVED,
                "Ban điều hành bảo vệ, chăm sóc trẻ em xã đã chỉ đạo các đơn vị triển khai Kế hoạch số 12/KH-UBND "
                        + "đúng tiến độ.\n"
                        + "- Công an xã An Dương: tổ chức 03 buổi tuyên truyền phòng, chống xâm hại trẻ em tại các "
                        + "thôn; không phát sinh vụ việc xâm hại trẻ em mới.\n"
                        + "- Trường THCS An Dương: 100% học sinh được học kỹ năng phòng, chống đuối nước; tổ chức 02 "
                        + "buổi ngoại khóa.\n"
                        + "Khó khăn: lực lượng mỏng, địa bàn rộng; thiếu bể bơi để dạy bơi cho trẻ em.",
                missing, null, null, null, false, number == null ? null : Instant.parse("2024-05-20T03:00:00Z"),
                number == null ? null : "lanhdao.anduong", null, number, number == null ? null : "BC-UBND",
                number == null ? null : LocalDate.of(2024, 5, 20));
    }

    static final OfficialDocument.Table FIGURES = new OfficialDocument.Table(
            List.of("TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2024", "Thực hiện 6 tháng", "Đạt (%)"),
            List.of(List.of("1", "Trẻ em có hoàn cảnh đặc biệt được chăm sóc", "%", "> 95", "96,2", "101"),
                    List.of("2", "Tỷ suất trẻ em bị tai nạn, thương tích", "/100.000 trẻ em", "300", "120", ""),
                    List.of("3", "Trẻ em đến 08 tuổi được tiếp cận dịch vụ phát triển toàn diện", "%", "90", "85",
                            "94")));

    static OfficialDocument reportDocument(Integer number, List<String> missing, OfficialDocument.Table figures) {
        return ConsolidatedReportDocumentBuilder.of(report(number, missing), period(PeriodKind.SIX_MONTHS),
                plan(12), "Huyện Tân Yên", figures);
    }
}
