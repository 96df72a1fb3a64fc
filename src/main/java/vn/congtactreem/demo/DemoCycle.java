package vn.congtactreem.demo;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import java.math.BigDecimal;
import vn.congtactreem.indicator.Comparator;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.indicator.TargetForm;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.ActivityForm;
import vn.congtactreem.plan.AssignmentForm;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanDraft;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReport;
import vn.congtactreem.reporting.UnitReportForm;

/**
 * The demo's cycle under way, from the seed plan of An Dương 2024: registered from Tân Yên's plan
 * 50/KH-UBND, drafted, returned once, approved and issued; on 19/05/2024 the 6-month period's
 * last day has passed: the police's report was returned for a correction, the health station has
 * not reported (escalated), the secondary school reported late, the women's union is missing, and
 * the officer has sent the consolidated report to the leader, then gone on leave until 24/05 with the leader
 * standing in ({@link DemoLeave}). Each demo user finds work waiting.
 * Built once, on the first start of the dev profile, by the same services people use.
 */
@Component
@Profile("dev")
@ConditionalOnProperty(name = "app.demo.cycle", havingValue = "true")
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DemoCycle implements ApplicationRunner {

    static final String TITLE = "Kế hoạch triển khai thực hiện công tác trẻ em năm 2024";
    private static final Logger LOG = LoggerFactory.getLogger(DemoCycle.class);

    private final PlanService plans;
    private final ReportingService reporting;
    private final ConsolidationService consolidation;
    private final DemoSteps steps;
    private final DemoDistrict district;
    private final DemoLeave leave;

    DemoCycle(PlanService plans, ReportingService reporting, ConsolidationService consolidation, DemoSteps steps,
              DemoDistrict district, DemoLeave leave) {
        this.plans = plans;
        this.reporting = reporting;
        this.consolidation = consolidation;
        this.steps = steps;
        this.district = district;
        this.leave = leave;
    }

    @Override
    public void run(ApplicationArguments args) {
        OrgUnit anDuong = unit("Xã An Dương");
        UserAccount officer = user("canbo.anduong");
        boolean alreadyThere = plans.visiblePlans(officer).stream().anyMatch(p -> p.orgUnitId() == anDuong.id());
        if (alreadyThere) {
            return;
        }
        long started = System.nanoTime();
        build(anDuong, officer);
        LOG.info("Demo cycles of Tân Yên and its communes played in {} ms", (System.nanoTime() - started) / 1_000_000);
        LOG.info("Demo cycle of An Dương 2024 is under way; the engine clock reads {}", at(2024, 5, 19, 10, 0));
    }

    private void build(OrgUnit anDuong, UserAccount officer) {
        UserAccount leader = user("lanhdao.anduong");
        UserAccount police = user("congan.anduong");
        UserAccount health = user("yte.anduong");
        UserAccount school = user("thcs.anduong");

        district.issuePlan();
        // Tân Yên's plan assigned An Dương, which has its officer: its cycle started at drafting
        moveTo(at(2024, 3, 4, 8, 0));
        long planId = nestedPlan(plans, officer);
        plans.saveDraft(officer, planId, draft(List.of(
                new AssignmentForm(unit("Công an xã An Dương").id(),
                        "Phòng ngừa, phát hiện, xử lý các vụ việc xâm hại trẻ em; bảo đảm an toàn cho trẻ em."),
                new AssignmentForm(unit("Trạm Y tế xã An Dương").id(),
                        "Chủ trì các chỉ tiêu về tiêm chủng, dinh dưỡng và phòng, chống tai nạn thương tích."),
                new AssignmentForm(unit("Trường THCS An Dương").id(),
                        "Giáo dục kỹ năng sống, phòng chống đuối nước và bạo lực học đường."),
                new AssignmentForm(unit("Hội Liên hiệp Phụ nữ xã An Dương").id(),
                        "Tuyên truyền cho gia đình về chăm sóc, bảo vệ trẻ em."))));
        plans.saveDraft(officer, planId, withActivities(plans.load(planId).toDraft(), activities()));
        plans.saveDraft(officer, planId, withTargets(plans.load(planId).toDraft(), targets()));
        plans.submitForApproval(officer, planId);
        moveTo(at(2024, 3, 5, 14, 0));
        plans.returnForChanges(leader, planId, "Bổ sung nhiệm vụ phòng, chống đuối nước của nhà trường.");
        moveTo(at(2024, 3, 6, 9, 0));
        plans.submitForApproval(officer, planId);
        moveTo(at(2024, 3, 7, 15, 0));
        plans.approve(leader, planId);
        settle();
        district.communePlans();

        moveTo(at(2024, 5, 1, 7, 30));
        settle();
        Plan plan = plans.load(planId);
        long periodId = plan.periods().get(0).id();
        moveTo(at(2024, 5, 2, 9, 0));
        for (UserAccount reporter : List.of(police, health, school)) {
            reporting.acknowledge(reporter, reportOf(periodId, reporter).id());
        }
        settle();
        district.acknowledge();
        district.caoXaComplete();

        moveTo(at(2024, 5, 15, 10, 0));
        long policeReport = reportOf(periodId, police).id();
        reporting.submit(police, policeReport, new UnitReportForm(
                "Tổ chức 03 buổi tuyên truyền phòng, chống xâm hại trẻ em tại các thôn; không phát sinh vụ việc mới.",
                "Lực lượng mỏng, địa bàn rộng.", "Đề nghị hỗ trợ tài liệu tuyên truyền.",
                List.of(reading("BV-12", 3, 3))));
        district.ngocThienOnTime();
        moveTo(at(2024, 5, 17, 9, 0));
        reporting.returnForChanges(officer, policeReport,
                "Đề nghị bổ sung số vụ việc xâm hại trẻ em được phát hiện, xử lý trong 6 tháng (kể cả bằng 0).");
        settle();
        district.districtReviews();

        moveTo(at(2024, 5, 19, 8, 30));
        settle(); // the last day passed: reminders done, escalations, the consolidation starts with missing units
        reporting.submit(school, reportOf(periodId, school).id(), new UnitReportForm(
                "100% học sinh được học kỹ năng phòng chống đuối nước; tổ chức 02 buổi ngoại khóa.",
                "Thiếu bể bơi để dạy bơi.", "Đề nghị xã hỗ trợ lớp dạy bơi hè.",
                List.of(reading("TG-02", 312, 780), reading("BV-17", 9, 11), reading("NL-06", 8, 11))));
        settle();
        district.lienChungLate();

        moveTo(at(2024, 5, 19, 9, 30));
        consolidation.ofPeriod(periodId, anDuong.id()).ifPresent(report -> consolidation.submitForApproval(officer,
                report.id(), "Báo cáo kết quả 6 tháng đầu năm 2024 của UBND xã An Dương: các đơn vị triển khai "
                        + "kế hoạch đúng tiến độ; Trạm Y tế và Hội LHPN chưa gửi báo cáo.",
                List.of(reading("BV-02", 38, 40), reading("NL-02", 14, 14), reading("NL-04", 5, 6),
                        new Reading(id("CH-03"), 1L, null, false), reading("TG-01", 2, 2),
                        reading("NL-09", 20, 22))));
        settle();
        moveTo(at(2024, 5, 19, 10, 0));
        leave.begin();
    }

    /** The seed plan's content items (An Dương 2024, sections 2-4). */
    private List<ActivityForm> activities() {
        long culture = unit("Văn hóa - Thông tin xã An Dương").id();
        long police = unit("Công an xã An Dương").id();
        long health = unit("Trạm Y tế xã An Dương").id();
        long school = unit("Trường THCS An Dương").id();
        long women = unit("Hội Liên hiệp Phụ nữ xã An Dương").id();
        long youth = unit("Đoàn Thanh niên xã An Dương").id();
        return List.of(
                new ActivityForm("Tuyên truyền, phổ biến chính sách, pháp luật về trẻ em",
                        "Tuyên truyền trên hệ thống truyền thanh, loa truyền thanh từ xã đến thôn, Cổng thông tin "
                                + "điện tử của xã; phát động Tháng hành động vì trẻ em năm 2024, Ngày quốc tế Thiếu "
                                + "nhi 01/6, Tết Trung thu.", List.of(1, 4), null, null, culture,
                        List.of(women, youth)),
                new ActivityForm("Tuyên truyền phòng, chống bạo lực, xâm hại trẻ em",
                        "Xây dựng tin, bài trên Đài truyền thanh; tổ chức tọa đàm, diễn đàn về quyền trẻ em, kỹ "
                                + "năng bảo vệ trẻ em, phòng, chống bạo lực, xâm hại trẻ em.", List.of(2, 3), null,
                        null, police, List.of(school, women)),
                new ActivityForm("Duy trì, phát triển cơ sở dữ liệu về trẻ em",
                        "Thu thập chỉ tiêu thống kê về trẻ em theo Thông tư số 13/2021/TT-BLĐTBXH; thường xuyên "
                                + "rà soát, cập nhật dữ liệu trẻ em lên phần mềm quản lý thông tin trẻ em.",
                        List.of(), 1, 12, null, List.of()),
                new ActivityForm("Phòng, chống tai nạn, thương tích cho trẻ em",
                        "Giảm tỷ suất trẻ em bị tai nạn, thương tích; dạy bơi và kỹ năng an toàn trong môi trường "
                                + "nước cho trẻ em trong dịp hè.", List.of(2, 3), null, null, health,
                        List.of(school, youth)));
    }

    /**
     * The seed plan's targets (An Dương 2024), each with the unit the plan makes responsible; those
     * without a unit are the commune's own, given by the officer in the consolidated report.
     */
    private List<TargetForm> targets() {
        long police = unit("Công an xã An Dương").id();
        long health = unit("Trạm Y tế xã An Dương").id();
        long school = unit("Trường THCS An Dương").id();
        long women = unit("Hội Liên hiệp Phụ nữ xã An Dương").id();
        return List.of(
                target("BV-02", Comparator.MORE_THAN, "95", null,
                        "Duy trì trên 95% trẻ em có hoàn cảnh đặc biệt được chăm sóc"),
                target("NL-02", Comparator.AT_LEAST, "100", null,
                        "100% cán bộ làm công tác trẻ em cấp xã, thôn được nâng cao năng lực về bảo vệ trẻ em"),
                target("NL-03", Comparator.AT_LEAST, "90", women,
                        "90% trở lên gia đình có trẻ em được cung cấp kiến thức, kỹ năng về bảo vệ trẻ em"),
                target("BV-07", Comparator.AT_MOST, "300", health,
                        "Giảm tỷ suất trẻ em bị tai nạn, thương tích xuống 300/100.000 trẻ em"),
                target("BV-08", Comparator.LESS_THAN, "20", health,
                        "Giảm tỷ suất trẻ em tử vong do tai nạn, thương tích xuống dưới 20/100.000 trẻ em"),
                target("NL-04", Comparator.AT_LEAST, "100", null,
                        "100% cán bộ làm công tác trẻ em xã được tập huấn kỹ năng phòng, chống tai nạn, thương tích"),
                target("CH-03", Comparator.EQUAL, "1", null, "Phấn đấu đạt tiêu chuẩn xã phù hợp với trẻ em năm 2024"),
                target("YT-09", Comparator.AT_LEAST, "90", health,
                        "90% trẻ em đến 08 tuổi được tiếp cận các dịch vụ hỗ trợ chăm sóc phát triển toàn diện"),
                target("NL-05", Comparator.AT_LEAST, "90", women,
                        "90% cán bộ, cha, mẹ, người chăm sóc trẻ em được cung cấp kiến thức chăm sóc phát triển "
                                + "toàn diện trẻ em"),
                target("TG-01", Comparator.AT_LEAST, "100", null,
                        "100% chính sách, pháp luật về trẻ em các cấp đều có tham vấn ý kiến của trẻ em"),
                target("TG-02", Comparator.AT_LEAST, "40", school,
                        "Khoảng 40% trẻ em từ 07 tuổi trở lên được hỏi ý kiến về các vấn đề của trẻ em"),
                target("BV-17", Comparator.AT_LEAST, "80", school,
                        "Có từ 80% trẻ em khuyết tật được tiếp cận các dịch vụ bảo vệ, chăm sóc, giáo dục tại cộng "
                                + "đồng"),
                target("NL-06", Comparator.AT_LEAST, "70", school,
                        "70% trẻ em khuyết tật được cung cấp kiến thức, kỹ năng hòa nhập cộng đồng"),
                target("NL-07", Comparator.AT_LEAST, "70", women,
                        "Có từ 70% cha mẹ, người chăm sóc trẻ em khuyết tật được cung cấp kiến thức, kỹ năng"),
                target("BV-12", Comparator.AT_LEAST, "100", police,
                        "100% trẻ em có nguy cơ, lao động trẻ em, trẻ em bị mua bán được hỗ trợ, can thiệp kịp thời"),
                target("NL-08", Comparator.AT_LEAST, "70", women,
                        "70% trẻ em, cha mẹ, người chăm sóc trẻ em được cung cấp thông tin về phòng ngừa lao động "
                                + "trẻ em"),
                target("NL-09", Comparator.AT_LEAST, "95", null,
                        "95% công chức, viên chức xã được tập huấn về phòng ngừa, giảm thiểu lao động trẻ em"));
    }

    private TargetForm target(String code, Comparator comparator, String value, Long unitId, String wording) {
        return new TargetForm(id(code), 2024, comparator, new BigDecimal(value), null, null, wording,
                unitId == null ? List.of() : List.of(unitId));
    }

    private Reading reading(String code, long numerator, long denominator) {
        return steps.reading(code, numerator, denominator);
    }

    private long id(String code) {
        return steps.indicator(code);
    }

    /** The plan of the officer's own organisation, the one nested under the upper level's plan. */
    static long nestedPlan(PlanService plans, UserAccount officer) {
        return plans.visiblePlans(officer).stream().filter(p -> p.orgUnitId() == officer.orgUnitId())
                .findFirst().orElseThrow().id();
    }

    private static PlanDraft withTargets(PlanDraft draft, List<TargetForm> targets) {
        return new PlanDraft(draft.title(), draft.purpose(), draft.requirements(), draft.budget(),
                draft.implementation(), draft.reportingRegime(), draft.recipients(), draft.signerName(),
                draft.signerTitle(), null, null, null, targets);
    }

    private static PlanDraft withActivities(PlanDraft draft, List<ActivityForm> activities) {
        return new PlanDraft(draft.title(), draft.purpose(), draft.requirements(), draft.budget(),
                draft.implementation(), draft.reportingRegime(), draft.recipients(), draft.signerName(),
                draft.signerTitle(), null, null, activities);
    }

    private static PlanDraft draft(List<AssignmentForm> assignments) {
        return new PlanDraft(TITLE,
                "Đẩy mạnh các hoạt động bảo vệ, chăm sóc trẻ em trên địa bàn xã; giảm tình trạng trẻ em bị đuối "
                        + "nước, trẻ em bị xâm hại tình dục; tạo môi trường sống an toàn, lành mạnh để trẻ em phát "
                        + "triển toàn diện. Đảm bảo thực hiện tốt các quyền của trẻ em theo quy định tại Luật Trẻ em.",
                "Triển khai các hoạt động đảm bảo kịp thời, đúng quy định, thiết thực, hiệu quả, phù hợp với tình "
                        + "hình thực tiễn của địa phương.",
                "Theo phân cấp ngân sách và trích từ Quỹ bảo trợ trẻ em xã cho các hoạt động tuyên truyền, chăm "
                        + "sóc, bảo vệ và giáo dục trẻ em phù hợp.",
                "Công chức VH-XH phụ trách công tác LĐTB&XH tham mưu, phối hợp triển khai và tổng hợp báo cáo; "
                        + "các ngành đoàn thể và các thôn phối hợp thực hiện.",
                "Định kỳ 6 tháng (trước ngày 19/5) và cả năm (trước ngày 17/11), các đơn vị gửi báo cáo về UBND xã.",
                "- Phòng LĐTB&XH (b/c);\n- TT ĐU, HĐND, UBND xã (b/c);\n- Các ngành đoàn thể (p/h);\n"
                        + "- Các nhà trường, Trạm y tế (t/h);\n- Trưởng thôn (t/h);\n- Lưu: VT, LĐTBXH.",
                "Lục Xuân Đức", "PHÓ CHỦ TỊCH", null, assignments);
    }

    private UnitReport reportOf(long periodId, UserAccount reporter) {
        return reporting.reportOf(periodId, reporter.orgUnitId()).orElseThrow();
    }

    private void moveTo(Instant moment) {
        steps.moveTo(moment);
    }

    private void settle() {
        steps.settle();
    }

    private UserAccount user(String username) {
        return steps.user(username);
    }

    private OrgUnit unit(String name) {
        return steps.unit(name);
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return DemoSteps.at(year, month, day, hour, minute);
    }
}
