package vn.congtactreem.plan;

import static vn.congtactreem.indicator.Comparator.AT_LEAST;
import static vn.congtactreem.indicator.Comparator.AT_MOST;
import static vn.congtactreem.indicator.Comparator.EQUAL;
import static vn.congtactreem.indicator.Comparator.LESS_THAN;
import static vn.congtactreem.indicator.Comparator.MORE_THAN;
import static vn.congtactreem.indicator.Comparator.REDUCE_BY;

import java.time.LocalDate;
import java.util.List;
import vn.congtactreem.indicator.Comparator;
import vn.congtactreem.indicator.TargetShape;

/**
 * The three seed plans (src/test/resources/seeds/, copied from the design brief) as an officer re-enters them:
 * the header as written (the copies carry neither the plan's own number nor its date: left blank, not invented),
 * the upper plan with its own number and date, the objectives with the original's numbers and titles, and every
 * target with the original's wording, shape and value. Where a plan's words cannot be expressed exactly, the
 * {@code note} of the target says so (docs/documents/seed-plans.md lists them all).
 */
final class SeedPlans {

    /** A target as the original writes it; {@code written} is the number as printed in the original (null: none). */
    record SeedTarget(Integer objective, String wording, String code, TargetShape shape, Comparator comparator,
                      String value, Integer baselineYear, String written, String unit, String note) {
    }

    /** The upper plan as cited: "Thực hiện Kế hoạch số 50/KH-UBND ngày 29/02/2024 của UBND huyện Tân Yên". */
    record Upper(String number, LocalDate issuedOn, String issuer, String title) {
    }

    /** One seed plan; {@code objectives}: titles of "1. …", "2. …" in order (empty: the plan has none). */
    record SeedPlan(String file, String orgName, String title, int year, Upper upper, String signerName,
                    String signerTitle, List<String> objectives, List<SeedTarget> targets,
                    List<Duty> duties, List<SeedDeadline> deadlines) {
    }

    /**
     * A report date the original sets, as written ("trước ngày 14/5/2025"): when the units report to the
     * organisation ({@code unitsBefore}) and when the organisation reports upward ({@code upwardBefore}); null where
     * the original says nothing. A period the original gives no date keeps the system's default.
     */
    record SeedDeadline(PeriodKind kind, LocalDate unitsBefore, LocalDate upwardBefore) {
    }

    /** A unit's part as the plan writes it under "Tổ chức thực hiện". */
    record Duty(String unit, String text) {
    }

    private static SeedTarget t(Integer objective, String wording, String code, Comparator comparator, String value,
                                String written) {
        return new SeedTarget(objective, wording, code, TargetShape.LEVEL, comparator, value, null, written, null,
                null);
    }

    static final SeedPlan AN_DUONG = new SeedPlan("an-duong-commune-2024.txt", "Xã An Dương",
            "Triển khai thực hiện công tác trẻ em năm 2024", 2024,
            new Upper("50/KH-UBND", LocalDate.of(2024, 2, 29), "UBND huyện Tân Yên",
                    "Triển khai thực hiện công tác trẻ em năm 2024"),
            "Lục Xuân Đức", "PHÓ CHỦ TỊCH",
            List.of("Tăng cường chỉ đạo triển khai thực hiện công tác trẻ em, đảm bảo thực hiện tốt quyền trẻ em",
                    "Tuyên truyền vận động thường xuyên",
                    "Tăng cường các biện pháp bảo đảm thực hiện quyền trẻ em và bảo vệ trẻ em; phòng, chống bạo lực, "
                            + "xâm hại trẻ em",
                    "Phòng, chống tai nạn, thương tích cho trẻ em",
                    "Xây dựng xã phù hợp với trẻ em",
                    "Phòng, chống HIV cho trẻ em",
                    "Chăm sóc vì sự phát triển toàn diện trẻ em trong những năm đầu đời tại gia đình và cộng đồng",
                    "Thực hiện thúc đẩy quyền tham gia của trẻ em vào các vấn đề trẻ em",
                    "Hỗ trợ trẻ em khuyết tật tiếp cận các dịch vụ bảo vệ, chăm sóc, giáo dục tại cộng đồng",
                    "Thực hiện thúc đẩy quyền tham gia của trẻ em vào các vấn đề trẻ em",
                    "Chương trình phòng ngừa, giảm thiểu trẻ em lao động trái quy định của pháp luật",
                    "Kiểm tra, giám sát"),
            List.of(t(3, "Duy trì trên 95% trẻ em có hoàn cảnh đặc biệt được chăm sóc", "BV-02", MORE_THAN, "95",
                            "95"),
                    t(3, "100% cán bộ làm công tác trẻ em cấp xã, thôn được nâng cao năng lực về bảo vệ trẻ em, thực "
                            + "hiện quyền trẻ em", "NL-02", AT_LEAST, "100", "100"),
                    t(3, "90% trở lên gia đình có trẻ em được cung cấp kiến thức, kỹ năng về bảo vệ trẻ em bằng các "
                            + "hình thức khác nhau", "NL-03", AT_LEAST, "90", "90"),
                    t(4, "Giảm tỷ suất trẻ em bị tai nạn, thương tích xuống 300/100.000 trẻ em", "BV-07", AT_MOST,
                            "300", "300"),
                    t(4, "Giảm tỷ suất trẻ em bị tử vong do tai nạn, thương tích xuống còn dưới 20/100.000 trẻ em",
                            "BV-08", LESS_THAN, "20", "20"),
                    new SeedTarget(4, "giảm tối đa số trẻ em tử vong do tại nạn đuối nước", "BV-10",
                            TargetShape.TREND, REDUCE_BY, null, null, null, null,
                            "\"giảm tối đa\" has no shape of its own: entered as \"giảm dần\" (any decrease)"),
                    t(4, "100% cán bộ làm công tác trẻ em xã được tập huấn về kỹ năng phòng, chống tai nạn, thương "
                            + "tích (TNTT) cho trẻ em", "NL-04", AT_LEAST, "100", "100"),
                    t(5, "Phấn đấu đạt tiêu chuẩn xã phù hợp với trẻ em năm 2024", "CH-03", EQUAL, "1", null),
                    new SeedTarget(6, "Không phát sinh mới trẻ em nhiễm HIV", "YT-08", TargetShape.LEVEL, EQUAL, "0",
                            null, null, null, "\"không phát sinh mới\" entered as = 0 new cases"),
                    t(7, "90% trẻ em đến 08 tuổi được tiếp cận các dịch vụ hỗ trợ chăm sóc phát triển toàn diện theo "
                            + "nhu cầu và phù hợp với độ tuổi về chăm sóc nuôi dưỡng, bảo vệ trẻ em, phúc lợi xã hội",
                            "YT-09", AT_LEAST, "90", "90"),
                    t(7, "90% cán bộ làm công tác trẻ em tại cộng đồng, cha, mẹ, người chăm sóc trẻ em được cung cấp "
                            + "kiến thức, kỹ năng liên quan để hỗ trợ, chăm sóc phát triển toàn diện trẻ em", "NL-05",
                            AT_LEAST, "90", "90"),
                    t(8, "100% chính sách, pháp luật về trẻ em các cấp đều có tham vấn ý kiến của trẻ em", "TG-01",
                            AT_LEAST, "100", "100"),
                    new SeedTarget(8, "Khoảng 40% trẻ em từ 07 tuổi trở lên được hỏi ý kiến về các vấn đề của trẻ em "
                            + "với các hình thức phù hợp", "TG-02", TargetShape.LEVEL, AT_LEAST, "40", null, "40", null,
                            "\"khoảng 40 %\" (about) entered as ≥ 40 %"),
                    t(9, "Có từ 80% trẻ em khuyết tật được tiếp cận với các dịch vụ bảo vệ, chăm sóc, giáo dục trẻ em "
                            + "tại cộng đồng", "BV-17", AT_LEAST, "80", "80"),
                    t(9, "70% trẻ em khuyết tật được cung cấp các kiến thức, kỹ năng hòa nhập cộng đồng phù hợp",
                            "NL-06", AT_LEAST, "70", "70"),
                    t(9, "Có từ 70% cha mẹ, người chăm sóc trẻ em khuyết tật được cung cấp các kiến thức, kỹ năng về "
                            + "hỗ trợ trẻ em khuyết tật tiếp cận với các dịch vụ bảo vệ, chăm sóc, giáo dục trẻ em tại "
                            + "cộng đồng", "NL-07", AT_LEAST, "70", "70"),
                    t(10, "100% chính sách, pháp luật về trẻ em các cấp đều có tham vấn ý kiến của trẻ em", "TG-01",
                            AT_LEAST, "100", "100"),
                    t(10, "Trên 20% trẻ em từ 07 tuổi trở lên được hỏi ý kiến về các vấn đề của trẻ em với các hình "
                            + "thức phù hợp", "TG-02", MORE_THAN, "20", "20"),
                    t(11, "100% trẻ em có nguy cơ, lao động trẻ em và trẻ em bị mua bán vì mục đích bóc lột sức lao "
                            + "động khi có thông báo được hỗ trợ, can thiệp kịp thời, được quản lý, theo dõi", "BV-12",
                            AT_LEAST, "100", "100"),
                    t(11, "70% trẻ em, cha mẹ, người chăm sóc trẻ em được cung cấp thông tin, kiến thức về phòng ngừa, "
                            + "giảm thiểu lao động trẻ em", "NL-08", AT_LEAST, "70", "70"),
                    t(11, "95% công chức, viên chức xã, các cơ quan, tổ chức có liên quan đến vấn đề lao động trẻ em "
                            + "được tập huấn kiến thức, kỹ năng về quản lý, phòng ngừa, phát hiện, hỗ trợ, can thiệp "
                            + "giảm thiểu lao động trẻ em với các hình thức khác nhau", "NL-09", AT_LEAST, "95", "95")),
            List.of(),
            // "Tổng hợp báo cáo định kỳ, đột xuất" (IV.1): no date of its own
            List.of());

    static final SeedPlan PHU_LA = new SeedPlan("phu-la-ward-2025.txt", "Phường Phú La",
            "Thực hiện công tác trẻ em năm 2025", 2025,
            new Upper("68/KH-SLĐTBXH", LocalDate.of(2025, 2, 8), "UBND quận Hà Đông",
                    "Thực hiện công tác trẻ em năm 2025"),
            "Nguyễn Phương Anh", "PHÓ CHỦ TỊCH",
            List.of(),
            List.of(t(null, "100% các đơn vị ban hành kế hoạch triển khai nghiêm túc, hiệu quả các nhiệm vụ, chỉ tiêu "
                            + "công tác bảo vệ, chăm sóc trẻ em", "NL-01", AT_LEAST, "100", "100"),
                    t(null, "Phấn đấu 100% trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc bằng nhiều hình thức",
                            "BV-02", AT_LEAST, "100", "100"),
                    t(null, "100% trẻ bị xâm hại, bạo lực khi được phát hiện đều được can thiệp, tư vấn, trợ giúp kịp "
                            + "thời, hiệu quả", "BV-06", AT_LEAST, "100", "100"),
                    new SeedTarget(null, "giảm ít nhất 10% số lượng trẻ em tử vong do tai nạn, thương tích so với năm "
                            + "2024", "BV-09", TargetShape.CHANGE, REDUCE_BY, "10", 2024, "10", null, null),
                    new SeedTarget(null, "Giữ vững phường đạt tiêu chí phường phù hợp trẻ em", "CH-03",
                            TargetShape.MAINTAIN, null, null, null, null, null,
                            "\"giữ vững\": Có this year and last year (last year unknown: this year's Có alone)"),
                    new SeedTarget(null, "đảm bảo 100% trẻ em được khai sinh đúng độ tuổi", "BV-16", TargetShape.LEVEL,
                            AT_LEAST, "100", null, "100", "Bộ phận Tư pháp - Hộ tịch phường Phú La",
                            "written under III.6 (Bộ phận Tư pháp - Hộ tịch phường), not under I.2 Yêu cầu")),
            List.of(new Duty("Bộ phận Tư pháp - Hộ tịch phường Phú La", "Tăng cường phổ biến, giáo dục pháp luật "
                    + "trong nhân dân; đôn đốc, hướng dẫn các phường thực hiện tốt quy trình dịch vụ công trong lĩnh "
                    + "vực Tư pháp, đảm bảo 100% trẻ em được khai sinh đúng độ tuổi; tăng tỷ lệ dịch vụ công liên "
                    + "thông: khai sinh - đăng ký thường trú - cấp thẻ BHYT.")),
            // III.1: "Báo cáo kết quả thực hiện công tác trẻ em 6 tháng (trước ngày 14/5/2025) và một năm (trước ngày
            // 14/11/2025)" to the district; when the ward's units report to it is not written
            List.of(new SeedDeadline(PeriodKind.SIX_MONTHS, null, LocalDate.of(2025, 5, 14)),
                    new SeedDeadline(PeriodKind.ANNUAL, null, LocalDate.of(2025, 11, 14))));

    static final SeedPlan NGUYEN_NGHIEM = new SeedPlan("nguyen-nghiem-ward-2024.txt", "Phường Nguyễn Nghiêm",
            "Triển khai thực hiện công tác trẻ em trên địa bàn phường Nguyễn Nghiêm năm 2024", 2024,
            new Upper("90/KH-UBND", LocalDate.of(2024, 4, 8), "UBND thành phố Quảng Ngãi",
                    "Triển khai thực hiện công tác trẻ em trên địa bàn thành phố Quảng Ngãi năm 2024"),
            "Võ Thùy Dương", "PHÓ CHỦ TỊCH", List.of(), List.of(), List.of(),
            // V: "Định kỳ 6 tháng (trước ngày 19/5/2024), cả năm (trước ngày 17/11/2024)" the units to the ward
            List.of(new SeedDeadline(PeriodKind.SIX_MONTHS, LocalDate.of(2024, 5, 19), null),
                    new SeedDeadline(PeriodKind.ANNUAL, LocalDate.of(2024, 11, 17), null)));

    static final List<SeedPlan> ALL = List.of(AN_DUONG, PHU_LA, NGUYEN_NGHIEM);

    private SeedPlans() {
    }
}
