package vn.congtactreem.indicator;

import static vn.congtactreem.indicator.Direction.HIGHER_IS_BETTER;
import static vn.congtactreem.indicator.Direction.LOWER_IS_BETTER;
import static vn.congtactreem.indicator.Measure.COUNT;
import static vn.congtactreem.indicator.Measure.PERCENT;
import static vn.congtactreem.indicator.Measure.PER_100K;
import static vn.congtactreem.indicator.Measure.YES_NO;

import java.util.List;

/**
 * The targets of the three real plans of the design brief (An Dương 2024, Phú La 2025, Nguyễn Nghiêm
 * 2024) and the catalogue indicator each one is set on, as V8 lists them: the catalogue must express
 * every one of them with a single indicator of the right measure and direction.
 */
final class SeedPlanTargets {

    record Target(String plan, String wording, String code, Measure measure, Direction direction) {
    }

    private static final String AN_DUONG = "An Dương 2024";
    private static final String PHU_LA = "Phú La 2025";
    private static final String NGUYEN_NGHIEM = "Nguyễn Nghiêm 2024";

    static final List<Target> ALL = List.of(
            new Target(AN_DUONG, "Duy trì trên 95% trẻ em có hoàn cảnh đặc biệt được chăm sóc", "BV-02", PERCENT,
                    HIGHER_IS_BETTER),
            new Target(AN_DUONG, "100% cán bộ làm công tác trẻ em cấp xã, thôn được nâng cao năng lực", "NL-02",
                    PERCENT, HIGHER_IS_BETTER),
            new Target(AN_DUONG, "90% trở lên gia đình có trẻ em được cung cấp kiến thức, kỹ năng về bảo vệ trẻ em",
                    "NL-03", PERCENT, HIGHER_IS_BETTER),
            new Target(AN_DUONG, "Giảm tỷ suất trẻ em bị tai nạn, thương tích xuống 300/100.000 trẻ em", "BV-07",
                    PER_100K, LOWER_IS_BETTER),
            new Target(AN_DUONG, "Tỷ suất trẻ em tử vong do tai nạn, thương tích dưới 20/100.000 trẻ em", "BV-08",
                    PER_100K, LOWER_IS_BETTER),
            new Target(AN_DUONG, "100% cán bộ làm công tác trẻ em xã được tập huấn phòng, chống TNTT", "NL-04",
                    PERCENT, HIGHER_IS_BETTER),
            new Target(AN_DUONG, "Phấn đấu đạt tiêu chuẩn xã phù hợp với trẻ em năm 2024", "CH-03", YES_NO,
                    HIGHER_IS_BETTER),
            new Target(AN_DUONG, "90% trẻ em đến 08 tuổi được tiếp cận các dịch vụ hỗ trợ chăm sóc phát triển toàn diện",
                    "YT-09", PERCENT, HIGHER_IS_BETTER),
            new Target(AN_DUONG, "90% cán bộ, cha, mẹ, người chăm sóc trẻ em được cung cấp kiến thức, kỹ năng",
                    "NL-05", PERCENT, HIGHER_IS_BETTER),
            new Target(AN_DUONG, "100% chính sách, pháp luật về trẻ em các cấp đều có tham vấn ý kiến của trẻ em",
                    "TG-01", PERCENT, HIGHER_IS_BETTER),
            new Target(AN_DUONG, "Khoảng 40% (mục 10: trên 20%) trẻ em từ 07 tuổi trở lên được hỏi ý kiến", "TG-02",
                    PERCENT, HIGHER_IS_BETTER),
            new Target(AN_DUONG, "Từ 80% trẻ em khuyết tật được tiếp cận với các dịch vụ bảo vệ, chăm sóc, giáo dục",
                    "BV-17", PERCENT, HIGHER_IS_BETTER),
            new Target(AN_DUONG, "70% trẻ em khuyết tật được cung cấp các kiến thức, kỹ năng hòa nhập cộng đồng",
                    "NL-06", PERCENT, HIGHER_IS_BETTER),
            new Target(AN_DUONG, "Từ 70% cha mẹ, người chăm sóc trẻ em khuyết tật được cung cấp kiến thức", "NL-07",
                    PERCENT, HIGHER_IS_BETTER),
            new Target(AN_DUONG, "100% trẻ em có nguy cơ, lao động trẻ em và trẻ em bị mua bán được hỗ trợ, can thiệp",
                    "BV-12", PERCENT, HIGHER_IS_BETTER),
            new Target(AN_DUONG, "70% trẻ em, cha mẹ, người chăm sóc được cung cấp thông tin về lao động trẻ em",
                    "NL-08", PERCENT, HIGHER_IS_BETTER),
            new Target(AN_DUONG, "95% công chức, viên chức xã được tập huấn về lao động trẻ em", "NL-09", PERCENT,
                    HIGHER_IS_BETTER),
            new Target(PHU_LA, "100% các đơn vị ban hành kế hoạch triển khai", "NL-01", PERCENT, HIGHER_IS_BETTER),
            new Target(PHU_LA, "Phấn đấu 100% trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc", "BV-02",
                    PERCENT, HIGHER_IS_BETTER),
            new Target(PHU_LA, "100% trẻ bị xâm hại, bạo lực khi được phát hiện đều được can thiệp, trợ giúp",
                    "BV-06", PERCENT, HIGHER_IS_BETTER),
            new Target(PHU_LA, "Giảm ít nhất 10% số lượng trẻ em tử vong do tai nạn, thương tích so với năm 2024",
                    "BV-09", COUNT, LOWER_IS_BETTER),
            new Target(PHU_LA, "Giữ vững phường đạt tiêu chí phường phù hợp trẻ em", "CH-03", YES_NO,
                    HIGHER_IS_BETTER),
            new Target(PHU_LA, "100% trẻ em được khai sinh đúng độ tuổi", "BV-16", PERCENT, HIGHER_IS_BETTER),
            new Target(NGUYEN_NGHIEM, "Phường phù hợp với trẻ em", "CH-03", YES_NO, HIGHER_IS_BETTER));

    private SeedPlanTargets() {
    }
}
