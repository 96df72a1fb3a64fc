package vn.congtactreem.demo;

import static vn.congtactreem.demo.DemoSteps.at;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congtactreem.indicator.Comparator;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.indicator.TargetForm;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.AssignmentForm;
import vn.congtactreem.plan.DocumentNumbers;
import vn.congtactreem.plan.PeriodForm;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.PlanDraft;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.UpperPlanForm;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReportForm;

/**
 * The district around An Dương's cycle: Tân Yên's plan 50/KH-UBND issued in the system on 29/02/2024,
 * assigning five communes (each runs its own cycle, nested under it) and two district offices. By
 * 19/05/2024: Cao Xá complete, its report accepted by the district; Ngọc Thiện's on time but returned;
 * Liên Chung's late; Phúc Hòa has not started its plan; An Dương still consolidating; the labour
 * office reported, the education office did not. {@link DemoCycle} calls each step at its moment.
 */
@Component
@Profile("dev")
@ConditionalOnProperty(name = "app.demo.cycle", havingValue = "true")
class DemoDistrict {

    static final String DISTRICT = "Huyện Tân Yên";
    private static final String LABOUR = "Phòng Lao động - Thương binh và Xã hội huyện Tân Yên";
    private static final String EDUCATION = "Phòng Giáo dục và Đào tạo huyện Tân Yên";
    private static final List<String> COMMUNES_WITH_PLANS = List.of("caoxa", "lienchung", "ngocthien");

    private final PlanService plans;
    private final ReportingService reporting;
    private final ConsolidationService consolidation;
    private final DocumentNumbers numbers;
    private final TransactionTemplate transaction;
    private final DemoSteps steps;

    DemoDistrict(PlanService plans, ReportingService reporting, ConsolidationService consolidation,
                 DocumentNumbers numbers, TransactionTemplate transaction, DemoSteps steps) {
        this.plans = plans;
        this.reporting = reporting;
        this.consolidation = consolidation;
        this.numbers = numbers;
        this.transaction = transaction;
        this.steps = steps;
    }

    /** 26-29/02: the district registers the province's plan, drafts, and its leader approves: issued. */
    void issuePlan() {
        UserAccount officer = steps.user("canbo.tanyen");
        OrgUnit district = steps.unit(DISTRICT);
        steps.moveTo(at(2024, 2, 26, 8, 0));
        long planId = plans.startCycle(officer, district.id(), DemoCycle.TITLE, 2024, 2024).id();
        // the province's plan is not among the seeds: its number and date here are illustrative
        plans.registerUpperPlan(officer, planId, new UpperPlanForm("…/KH-UBND", LocalDate.of(2024, 1, 31),
                "UBND tỉnh Bắc Giang", "Kế hoạch thực hiện công tác trẻ em năm 2024", null, List.of(
                new PeriodForm(2024, PeriodKind.SIX_MONTHS, LocalDate.of(2023, 12, 15), LocalDate.of(2024, 6, 14),
                        LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 18), LocalDate.of(2024, 5, 24), "7,1"),
                new PeriodForm(2024, PeriodKind.ANNUAL, LocalDate.of(2023, 12, 15), LocalDate.of(2024, 12, 14),
                        LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 19), LocalDate.of(2024, 11, 22), "7,1"))));
        steps.settle();
        List<AssignmentForm> assignments = new java.util.ArrayList<>();
        assignments.add(new AssignmentForm(steps.unit("Xã An Dương").id(), COMMUNE_DUTIES));
        DemoData.OTHER_TAN_YEN_COMMUNES.forEach(c ->
                assignments.add(new AssignmentForm(steps.unit("Xã " + c[0]).id(), COMMUNE_DUTIES)));
        assignments.add(new AssignmentForm(steps.unit(LABOUR).id(),
                "Tham mưu UBND huyện; hướng dẫn, kiểm tra các xã; tổng hợp báo cáo công tác trẻ em."));
        assignments.add(new AssignmentForm(steps.unit(EDUCATION).id(),
                "Chỉ đạo các nhà trường giáo dục kỹ năng sống, phòng, chống đuối nước, bạo lực học đường."));
        plans.saveDraft(officer, planId, draft("huyện", "Phòng LĐTB&XH huyện", "Nguyễn Văn Thành",
                assignments, targets()));
        plans.submitForApproval(officer, planId);
        steps.moveTo(at(2024, 2, 29, 9, 0));
        // the district's documents 1 to 49 of 2024 were issued before it used the system
        transaction.executeWithoutResult(status -> {
            for (int i = 1; i < 50; i++) {
                numbers.next(district.id(), 2024, PlanService.PLAN_SYMBOL);
            }
        });
        plans.approve(steps.user("lanhdao.tanyen"), planId);
        steps.settle();
    }

    /** 08/03: Cao Xá, Liên Chung and Ngọc Thiện issue their plans; Phúc Hòa's stays a draft task. */
    void communePlans() {
        steps.moveTo(at(2024, 3, 8, 8, 0));
        for (String[] commune : DemoData.OTHER_TAN_YEN_COMMUNES) {
            if (!COMMUNES_WITH_PLANS.contains(commune[1])) {
                continue;
            }
            UserAccount officer = steps.user("canbo." + commune[1]);
            long planId = DemoCycle.nestedPlan(plans, officer);
            plans.saveDraft(officer, planId, draft("xã", "Công chức VH-XH", commune[3], List.of(
                    new AssignmentForm(steps.unit("Công an xã " + commune[0]).id(),
                            "Phòng ngừa, phát hiện, xử lý các vụ việc xâm hại trẻ em."),
                    new AssignmentForm(steps.unit("Trạm Y tế xã " + commune[0]).id(),
                            "Tiêm chủng, dinh dưỡng, phòng, chống tai nạn thương tích cho trẻ em.")), List.of()));
            plans.submitForApproval(officer, planId);
            plans.approve(steps.user("lanhdao." + commune[1]), planId);
            steps.settle();
        }
    }

    /** 02/05, the periods open: the labour office and Cao Xá's units acknowledge. */
    void acknowledge() {
        reporting.acknowledge(steps.user("ldtbxh.tanyen"), districtReport(LABOUR));
        reporting.acknowledge(steps.user("congan.caoxa"), caoXaReport("Công an xã Cao Xá"));
        reporting.acknowledge(steps.user("yte.caoxa"), caoXaReport("Trạm Y tế xã Cao Xá"));
        steps.settle();
    }

    /** 10-14/05: Cao Xá's units report, the commune consolidates and sends upward; the labour office reports. */
    void caoXaComplete() {
        steps.moveTo(at(2024, 5, 10, 9, 0));
        UserAccount officer = steps.user("canbo.caoxa");
        for (String[] unit : new String[][] {{"congan.caoxa", "Công an xã Cao Xá"}, {"yte.caoxa", "Trạm Y tế xã Cao Xá"}}) {
            long report = caoXaReport(unit[1]);
            reporting.submit(steps.user(unit[0]), report, new UnitReportForm(
                    "Triển khai đầy đủ các nhiệm vụ được giao trong 6 tháng đầu năm.", "Không.", "Không."));
            reporting.accept(officer, report);
            steps.settle();
        }
        steps.moveTo(at(2024, 5, 11, 9, 0));
        long consolidated = consolidation.ofPeriod(periodOf("canbo.caoxa"), steps.unit("Xã Cao Xá").id())
                .orElseThrow().id();
        consolidation.submitForApproval(officer, consolidated, "Báo cáo kết quả 6 tháng đầu năm 2024 của UBND xã "
                + "Cao Xá: các đơn vị triển khai đầy đủ kế hoạch.", List.of(steps.reading("BV-02", 41, 42),
                steps.reading("NL-02", 12, 12), new Reading(steps.indicator("CH-03"), 1L, null, false)));
        steps.moveTo(at(2024, 5, 12, 8, 0));
        consolidation.approve(steps.user("lanhdao.caoxa"), consolidated);
        steps.settle();
        steps.moveTo(at(2024, 5, 14, 15, 0));
        reporting.submit(steps.user("ldtbxh.tanyen"), districtReport(LABOUR), new UnitReportForm(
                "Hướng dẫn 24 xã, thị trấn triển khai Tháng hành động vì trẻ em năm 2024.", "Không.", "Không."));
        steps.settle();
    }

    /** 16/05, the communes' units' last day passed: Ngọc Thiện consolidates without its units and sends upward. */
    void ngocThienOnTime() {
        steps.moveTo(at(2024, 5, 16, 8, 0));
        steps.settle();
        sendUpward("ngocthien", "Ngọc Thiện", List.of(steps.reading("BV-02", 30, 33)));
    }

    /** 17/05: the district accepts Cao Xá's report and returns Ngọc Thiện's. */
    void districtReviews() {
        steps.moveTo(at(2024, 5, 17, 10, 0));
        UserAccount officer = steps.user("canbo.tanyen");
        reporting.accept(officer, districtReport("Xã Cao Xá"));
        reporting.returnForChanges(officer, districtReport("Xã Ngọc Thiện"),
                "Đề nghị bổ sung kết quả của Công an xã và Trạm Y tế xã, số liệu chỉ tiêu NL-02.");
        steps.settle();
    }

    /** 19/05 09:00, a day after the district's deadline: Liên Chung's report arrives late. */
    void lienChungLate() {
        steps.moveTo(at(2024, 5, 19, 9, 0));
        sendUpward("lienchung", "Liên Chung", List.of(steps.reading("BV-02", 25, 28), steps.reading("NL-02", 9, 10)));
    }

    private void sendUpward(String slug, String name, List<Reading> readings) {
        UserAccount officer = steps.user("canbo." + slug);
        long consolidated = consolidation.ofPeriod(periodOf("canbo." + slug), steps.unit("Xã " + name).id())
                .orElseThrow().id();
        consolidation.submitForApproval(officer, consolidated, "Báo cáo kết quả 6 tháng đầu năm 2024 của UBND xã "
                + name + ".", readings);
        consolidation.approve(steps.user("lanhdao." + slug), consolidated);
        steps.settle();
    }

    private long caoXaReport(String unitName) {
        return reporting.reportOf(periodOf("canbo.caoxa"), steps.unit(unitName).id()).orElseThrow().id();
    }

    private long districtReport(String unitName) {
        return reporting.reportOf(periodOf("canbo.tanyen"), steps.unit(unitName).id()).orElseThrow().id();
    }

    /** The six-month period of the officer's own plan. */
    private long periodOf(String officer) {
        return plans.load(DemoCycle.nestedPlan(plans, steps.user(officer))).periods().get(0).id();
    }

    private static final String COMMUNE_DUTIES = "Xây dựng, ban hành kế hoạch của xã; triển khai các chỉ tiêu, "
            + "nhiệm vụ được giao; báo cáo kết quả 6 tháng và cả năm về UBND huyện.";

    private List<TargetForm> targets() {
        return List.of(
                target("BV-02", Comparator.MORE_THAN, "95", "Duy trì trên 95% trẻ em có hoàn cảnh đặc biệt được chăm sóc"),
                target("NL-02", Comparator.AT_LEAST, "100",
                        "100% cán bộ làm công tác trẻ em cấp huyện, xã được nâng cao năng lực về bảo vệ trẻ em"),
                target("CH-03", Comparator.EQUAL, "1", "Các xã phấn đấu đạt tiêu chuẩn xã phù hợp với trẻ em"));
    }

    private TargetForm target(String code, Comparator comparator, String value, String wording) {
        return new TargetForm(steps.indicator(code), 2024, comparator, new BigDecimal(value), null, null, wording,
                List.of());
    }

    private static PlanDraft draft(String level, String adviser, String signer, List<AssignmentForm> assignments,
                                   List<TargetForm> targets) {
        return new PlanDraft(DemoCycle.TITLE,
                "Đẩy mạnh các hoạt động bảo vệ, chăm sóc trẻ em trên địa bàn " + level + "; giảm tình trạng trẻ em "
                        + "bị đuối nước, bị xâm hại; bảo đảm thực hiện tốt các quyền của trẻ em theo Luật Trẻ em.",
                "Triển khai kịp thời, đúng quy định, thiết thực, hiệu quả, phù hợp với tình hình thực tiễn.",
                "Theo phân cấp ngân sách hiện hành và nguồn vận động hợp pháp.",
                adviser + " tham mưu, hướng dẫn, kiểm tra việc thực hiện và tổng hợp báo cáo.",
                "Định kỳ 6 tháng và cả năm, các đơn vị gửi báo cáo kết quả thực hiện về UBND " + level + ".",
                "- Như trên;\n- Lưu: VT, LĐTBXH.", signer, "PHÓ CHỦ TỊCH", null, assignments, null, targets);
    }
}
