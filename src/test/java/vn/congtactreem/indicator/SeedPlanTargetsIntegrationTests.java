package vn.congtactreem.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.AssignmentForm;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PeriodForm;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanDraft;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.UpperPlanForm;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.ReportFigures;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.TargetFigure;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.support.CycleCleanUp;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;

/**
 * Every target of the three real plans of the design brief, entered on the seeded catalogue's
 * indicators (V8) exactly as the plans word them; An Dương's through a whole cycle in which four units
 * and the officer give their figures and every target's figure is the sum of what its units typed.
 */
class SeedPlanTargetsIntegrationTests extends PostgresIntegrationTest {

    @Autowired
    PlanService plans;
    @Autowired
    ReportingService reporting;
    @Autowired
    ConsolidationService consolidation;
    @Autowired
    ReportFigures figures;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    IndicatorValues values;
    @Autowired
    OrgService orgs;
    @Autowired
    UserService users;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;

    private final List<Long> started = new ArrayList<>();

    /** A target as a plan words it, for the unit named (null: the commune's own). */
    private record Seed(String code, Comparator comparator, String value, Integer baselineYear, String wording,
                        String unit) {
    }

    private static final List<Seed> AN_DUONG_2024 = List.of(
            new Seed("BV-02", Comparator.MORE_THAN, "95", null,
                    "Duy trì trên 95% trẻ em có hoàn cảnh đặc biệt được chăm sóc", null),
            new Seed("NL-02", Comparator.AT_LEAST, "100", null,
                    "100% cán bộ làm công tác trẻ em cấp xã, thôn được nâng cao năng lực", null),
            new Seed("NL-03", Comparator.AT_LEAST, "90", null,
                    "90% trở lên gia đình có trẻ em được cung cấp kiến thức, kỹ năng về bảo vệ trẻ em", "women"),
            new Seed("BV-07", Comparator.AT_MOST, "300", null,
                    "Giảm tỷ suất trẻ em bị tai nạn, thương tích xuống 300/100.000 trẻ em", "health"),
            new Seed("BV-08", Comparator.LESS_THAN, "20", null,
                    "Giảm tỷ suất trẻ em tử vong do tai nạn, thương tích xuống còn dưới 20/100.000 trẻ em", "health"),
            // "giảm tối đa" carries no number: entered as a reduction against 2023, its size the officer's choice
            new Seed("BV-10", Comparator.REDUCE_BY, "1", 2023,
                    "Giảm tối đa số trẻ em tử vong do tai nạn đuối nước", "health"),
            new Seed("NL-04", Comparator.AT_LEAST, "100", null,
                    "100% cán bộ làm công tác trẻ em xã được tập huấn về kỹ năng phòng, chống TNTT", null),
            new Seed("CH-03", Comparator.EQUAL, "1", null,
                    "Phấn đấu đạt tiêu chuẩn xã phù hợp với trẻ em năm 2024", null),
            new Seed("YT-09", Comparator.AT_LEAST, "90", null,
                    "90% trẻ em đến 08 tuổi được tiếp cận các dịch vụ hỗ trợ chăm sóc phát triển toàn diện", "health"),
            new Seed("NL-05", Comparator.AT_LEAST, "90", null,
                    "90% cán bộ làm công tác trẻ em, cha, mẹ, người chăm sóc trẻ em được cung cấp kiến thức", "women"),
            new Seed("TG-01", Comparator.AT_LEAST, "100", null,
                    "100% chính sách, pháp luật về trẻ em các cấp đều có tham vấn ý kiến của trẻ em", null),
            new Seed("TG-02", Comparator.AT_LEAST, "40", null,
                    "Khoảng 40% trẻ em từ 07 tuổi trở lên được hỏi ý kiến về các vấn đề của trẻ em", "school"),
            new Seed("TG-02", Comparator.MORE_THAN, "20", null,
                    "Trên 20% trẻ em từ 07 tuổi trở lên được hỏi ý kiến về các vấn đề của trẻ em", "school"),
            new Seed("BV-17", Comparator.AT_LEAST, "80", null,
                    "Có từ 80% trẻ em khuyết tật được tiếp cận với các dịch vụ bảo vệ, chăm sóc, giáo dục", "school"),
            new Seed("NL-06", Comparator.AT_LEAST, "70", null,
                    "70% trẻ em khuyết tật được cung cấp các kiến thức, kỹ năng hòa nhập cộng đồng", "school"),
            new Seed("NL-07", Comparator.AT_LEAST, "70", null,
                    "Có từ 70% cha mẹ, người chăm sóc trẻ em khuyết tật được cung cấp các kiến thức", "women"),
            new Seed("BV-12", Comparator.AT_LEAST, "100", null,
                    "100% trẻ em có nguy cơ, lao động trẻ em và trẻ em bị mua bán được hỗ trợ, can thiệp", "police"),
            new Seed("NL-08", Comparator.AT_LEAST, "70", null,
                    "70% trẻ em, cha mẹ, người chăm sóc trẻ em được cung cấp thông tin về phòng ngừa lao động trẻ em",
                    "women"),
            new Seed("NL-09", Comparator.AT_LEAST, "95", null,
                    "95% công chức, viên chức xã được tập huấn về lao động trẻ em", null));

    private static final List<Seed> PHU_LA_2025 = List.of(
            new Seed("NL-01", Comparator.AT_LEAST, "100", null,
                    "100% các đơn vị ban hành kế hoạch triển khai nghiêm túc, hiệu quả", null),
            new Seed("BV-02", Comparator.AT_LEAST, "100", null,
                    "Phấn đấu 100% trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc", null),
            new Seed("BV-06", Comparator.AT_LEAST, "100", null,
                    "100% trẻ bị xâm hại, bạo lực khi được phát hiện đều được can thiệp, tư vấn, trợ giúp", "police"),
            new Seed("BV-09", Comparator.REDUCE_BY, "10", 2024,
                    "Giảm ít nhất 10% số lượng trẻ em tử vong do tai nạn, thương tích so với năm 2024", "health"),
            new Seed("CH-03", Comparator.EQUAL, "1", null, "Giữ vững phường đạt tiêu chí phường phù hợp trẻ em", null),
            new Seed("BV-16", Comparator.AT_LEAST, "100", null, "Đảm bảo 100% trẻ em được khai sinh đúng độ tuổi",
                    "justice"));

    private static final List<Seed> NGUYEN_NGHIEM_2024 = List.of(
            new Seed("CH-03", Comparator.EQUAL, "1", null,
                    "Tổ chức đánh giá và đề nghị công nhận xã, phường phù hợp với trẻ em", null));

    @AfterEach
    void endTheCycles() {
        started.forEach(planId -> CycleCleanUp.endProcessesOf(runtime, planId));
        ProcessJobs.resetClock();
    }

    @Test
    void anDuong2024EveryTargetEnteredReportedAndRolledUpFromItsUnits() {
        TestOrgs test = new TestOrgs(orgs, users);
        TestOrgs.Area commune = test.area(null, "Xã Hạt Giống", "COMMUNE", "hg");
        Map<String, Long> units = new LinkedHashMap<>();
        Map<String, String> reporters = new LinkedHashMap<>();
        for (String[] unit : new String[][] {{"police", "Công an xã Hạt Giống", "POLICE"},
                {"health", "Trạm Y tế xã Hạt Giống", "HEALTH"}, {"school", "Trường THCS Hạt Giống", "SCHOOL"},
                {"women", "Hội LHPN xã Hạt Giống", "WOMEN_UNION"}}) {
            long id = test.agency(commune.id(), unit[1], unit[2]);
            units.put(unit[0], id);
            reporters.put(unit[0], test.user("bc" + unit[0], id, Role.REPORTER));
        }
        long planId = issuedPlan(commune, 2024, AN_DUONG_2024, units);
        Plan plan = plans.load(planId);
        assertThat(plan.targets()).hasSize(AN_DUONG_2024.size());
        assertThat(plan.targets()).extracting(Target::wording)
                .containsExactlyElementsOf(AN_DUONG_2024.stream().map(Seed::wording).toList());
        assertThat(plan.targets().stream().map(Target::requirement).toList()).contains("> 95 %",
                "≤ 300 /100.000", "< 20 /100.000", "= Có", "giảm ≥ 1 % so với năm 2023");

        // 1 May: every unit types its figures (unit k, its i-th indicator: (i + k) of 2(i + k) + k) and is accepted
        ProcessJobs.setClock(at(2024, 5, 2));
        ProcessJobs.runDue(management);
        long periodId = plan.periods().get(0).id();
        Map<Long, List<Reading>> typed = new LinkedHashMap<>();
        int k = 0;
        for (Map.Entry<String, Long> unit : units.entrySet()) {
            k++;
            UserAccount reporter = users.findByUsername(reporters.get(unit.getKey())).orElseThrow();
            long reportId = reporting.reportOf(periodId, unit.getValue()).orElseThrow().id();
            reporting.acknowledge(reporter, reportId);
            List<Indicator> asked = figures.askedOf(reportId);
            assertThat(asked).as("%s answers for its targets", unit.getKey()).isNotEmpty();
            List<Reading> readings = new ArrayList<>();
            for (int i = 0; i < asked.size(); i++) {
                readings.add(reading(asked.get(i), i + 1, k));
            }
            reporting.submit(reporter, reportId, new UnitReportForm("Kết quả 6 tháng", null, null, readings));
            reporting.accept(user(commune.officer()), reportId);
            readings.forEach(r -> typed.computeIfAbsent(r.indicatorId(), id -> new ArrayList<>()).add(r));
        }
        ProcessJobs.runDue(management);

        // the officer gives the commune's own figures and sends the report
        long consolidatedId = consolidation.ofPeriod(periodId, commune.id()).orElseThrow().id();
        List<Indicator> own = figures.ownOf(consolidatedId);
        assertThat(own).extracting(Indicator::code).containsExactly("BV-02", "NL-02", "NL-04", "CH-03", "TG-01",
                "NL-09");
        List<Reading> ownReadings = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            ownReadings.add(reading(own.get(i), i + 1, 5));
        }
        consolidation.submitForApproval(user(commune.officer()), consolidatedId, "Báo cáo 6 tháng năm 2024",
                ownReadings);
        ownReadings.forEach(r -> typed.computeIfAbsent(r.indicatorId(), id -> new ArrayList<>()).add(r));

        List<TargetFigure> rolledUp = figures.ofConsolidatedReport(consolidatedId);
        assertThat(rolledUp).hasSize(AN_DUONG_2024.size());
        for (TargetFigure row : rolledUp) {
            Indicator indicator = row.target().indicator();
            List<Reading> given = typed.get(indicator.id());
            assertThat(given).as("figures of %s", indicator.code()).isNotEmpty();
            assertThat(row.figure().sources()).as("sources of %s", indicator.code()).hasSize(given.size());
            assertThat(row.figure().value()).as("figure of %s", indicator.code())
                    .isEqualByComparingTo(expected(indicator, given));
            if (row.target().comparator().relative()) {
                // a reduction against 2023 has no 2023 figure to start from in this system: no data, not a guess
                assertThat(row.status()).as("status of %s", indicator.code()).isEqualTo(TargetStatus.NO_DATA);
            } else {
                assertThat(row.status()).as("status of %s", indicator.code()).isNotEqualTo(TargetStatus.NO_DATA);
            }
        }
        // by hand: the health station (unit 2) gave BV-07 as its 1st indicator: (1 + 2) of 2·3 + 2 = 3/8,
        // 37.500 per 100.000: far above "≤ 300", but mid-year with no baseline still on track
        TargetFigure injuries = rolledUp.stream().filter(t -> t.target().indicator().code().equals("BV-07"))
                .findFirst().orElseThrow();
        assertThat(injuries.figure().numerator()).isEqualTo(3);
        assertThat(injuries.figure().denominator()).isEqualTo(8);
        assertThat(injuries.figure().value()).isEqualByComparingTo("37500");
        assertThat(injuries.status()).isEqualTo(TargetStatus.ON_TRACK);
    }

    @Test
    void phuLa2025AndNguyenNghiem2024TargetsAreEnteredAsWorded() {
        TestOrgs test = new TestOrgs(orgs, users);
        TestOrgs.Area ward = test.area(null, "Phường Hạt Giống", "COMMUNE", "phl");
        Map<String, Long> units = Map.of("police", test.agency(ward.id(), "Công an phường Hạt Giống", "POLICE"),
                "health", test.agency(ward.id(), "Trạm Y tế phường Hạt Giống", "HEALTH"),
                "justice", test.agency(ward.id(), "Tư pháp - Hộ tịch phường Hạt Giống", "JUSTICE"));
        Plan phuLa = plans.load(issuedPlan(ward, 2025, PHU_LA_2025, units));
        assertThat(phuLa.targets()).extracting(Target::requirement).containsExactly("≥ 100 %", "≥ 100 %", "≥ 100 %",
                "giảm ≥ 10 % so với năm 2024", "= Có", "≥ 100 %");
        assertThat(phuLa.targets().get(3).indicator().measure()).isEqualTo(Measure.COUNT);
        assertThat(phuLa.targets().get(3).responsibleUnitIds()).containsExactly(units.get("health"));

        TestOrgs.Area other = test.area(null, "Phường Hạt Giống Hai", "COMMUNE", "nng");
        long police = test.agency(other.id(), "Công an phường Hạt Giống Hai", "POLICE");
        Plan nguyenNghiem = plans.load(issuedPlan(other, 2024, NGUYEN_NGHIEM_2024, Map.of("police", police)));
        assertThat(nguyenNghiem.targets()).singleElement().satisfies(t -> {
            assertThat(t.indicator().code()).isEqualTo("CH-03");
            assertThat(t.indicator().measure()).isEqualTo(Measure.YES_NO);
            assertThat(t.responsibleUnitIds()).isEmpty();
        });
    }

    // ---------------------------------------------------------------- the cycle

    private long issuedPlan(TestOrgs.Area area, int year, List<Seed> seeds, Map<String, Long> units) {
        ProcessJobs.setClock(at(year, 3, 1));
        UserAccount officer = user(area.officer());
        long planId = plans.startCycle(officer, area.id(), "Kế hoạch công tác trẻ em năm " + year, year, year).id();
        started.add(planId);
        plans.registerUpperPlan(officer, planId, new UpperPlanForm("50/KH-UBND", LocalDate.of(year, 2, 20),
                "UBND huyện", "Kế hoạch năm " + year, null, List.of(new PeriodForm(year, PeriodKind.SIX_MONTHS,
                LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 6, 14), LocalDate.of(year, 5, 1),
                LocalDate.of(year, 5, 18), LocalDate.of(year, 5, 24), "7,1"))));
        List<TargetForm> targets = seeds.stream().map(seed -> new TargetForm(
                catalog.byCode(seed.code()).orElseThrow(() -> new AssertionError("not seeded: " + seed.code())).id(),
                year, seed.comparator(), new BigDecimal(seed.value()), seed.baselineYear(), null, seed.wording(),
                seed.unit() == null ? List.of() : List.of(units.get(seed.unit())))).toList();
        plans.saveDraft(officer, planId, new PlanDraft("Kế hoạch công tác trẻ em năm " + year, "Bảo vệ trẻ em.",
                null, null, null, null, "- Lưu: VT.", "Nguyễn Văn An", "PHÓ CHỦ TỊCH", null,
                units.values().stream().map(id -> new AssignmentForm(id, "Thực hiện các chỉ tiêu được giao")).toList(),
                null, targets));
        plans.submitForApproval(officer, planId);
        plans.approve(user(area.leader()), planId);
        ProcessJobs.runDue(management);
        return planId;
    }

    /** Unit k's figure for its i-th indicator, confirmed (the numbers are made up, not plausible). */
    private static Reading reading(Indicator indicator, int i, int k) {
        return switch (indicator.measure()) {
            case PERCENT, PER_THOUSAND, PER_100K -> new Reading(indicator.id(), (long) (i + k),
                    (long) (2 * (i + k) + k), true);
            case COUNT -> new Reading(indicator.id(), (long) k, null, true);
            case YES_NO -> new Reading(indicator.id(), 1L, null, true);
        };
    }

    /** What the figure must be, worked out here from the typed values. */
    private static BigDecimal expected(Indicator indicator, List<Reading> given) {
        long numerator = given.stream().mapToLong(Reading::numerator).sum();
        if (indicator.measure() == Measure.COUNT) {
            return BigDecimal.valueOf(numerator);
        }
        if (indicator.measure() == Measure.YES_NO) {
            return numerator == given.size() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        long denominator = given.stream().mapToLong(Reading::denominator).sum();
        long scale = switch (indicator.measure()) {
            case PERCENT -> 100;
            case PER_THOUSAND -> 1_000;
            default -> 100_000;
        };
        return BigDecimal.valueOf(numerator * scale).divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_UP);
    }

    private UserAccount user(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private static java.time.Instant at(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 9, 0).atZone(Deadlines.VIETNAM).toInstant();
    }
}
