package vn.congtactreem.reporting;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.indicator.Comparator;
import vn.congtactreem.indicator.Contribution;
import vn.congtactreem.indicator.FigureSource;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.indicator.TargetForm;
import vn.congtactreem.indicator.TargetStatus;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.AssignmentForm;
import vn.congtactreem.plan.PeriodForm;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanDraft;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.PlanStatus;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.plan.UpperPlanForm;
import vn.congtactreem.plan.ui.DraftPlanView;
import vn.congtactreem.security.SystemAuthentication;
import vn.congtactreem.support.CycleCleanUp;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestIndicators;
import vn.congtactreem.support.TestOrgs;

/**
 * Issue 11's district, played through the services on PostgreSQL with organisations, people and
 * indicators of its own: a district with two offices (education, labour) and three communes — A and B
 * with officers running nested cycles (A's draft edited in the draft screen, Karibu, before it is
 * sent), C without anyone in the system — through a six-month period. Every figure of the district's
 * consolidated report is checked against the arithmetic written below, on the figures table and in
 * the DOCX the leader signs, and the DOCX lists as missing exactly the unit whose figures are absent.
 */
class DistrictCycleIntegrationTests extends KaribuUiTest {

    private static final int YEAR = 2045;

    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired OrgService orgs;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlanService plans;
    @Autowired ReportingService reporting;
    @Autowired ConsolidationService consolidation;
    @Autowired ReportFigures figures;

    private final List<Long> started = new ArrayList<>();

    @AfterEach
    void endTheCycles() {
        started.forEach(planId -> CycleCleanUp.endProcessesOf(runtime, planId));
        ProcessJobs.resetClock();
    }

    @Test
    void everyDistrictFigureIsTheHandWorkedSumOfItsDirectSources() {
        ProcessJobs.setClock(at(3, 1, 9));
        TestOrgs test = new TestOrgs(orgs, users);
        TestIndicators indicators = new TestIndicators(jdbc);
        long care = indicators.careRate();
        long school = indicators.create(indicators.code("MG"), "Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo", "PERCENT",
                "Số trẻ em 5 tuổi đi học mẫu giáo", "Tổng số trẻ em 5 tuổi", "trẻ em", "HIGHER_IS_BETTER",
                BigDecimal.ZERO, null);
        long friendly = indicators.childFriendly();
        long injuries = indicators.injuryRate();
        long deaths = indicators.injuryDeaths();
        long hiv = indicators.create(indicators.code("HIV"), "Tỷ lệ trẻ sinh ra từ mẹ nhiễm HIV được điều trị dự phòng",
                "PERCENT", "Số trẻ được điều trị dự phòng", "Số trẻ sinh ra từ mẹ nhiễm HIV", "trẻ em",
                "HIGHER_IS_BETTER", BigDecimal.ZERO, null);

        TestOrgs.Area province = test.area(null, "Tỉnh Ba Xã", "PROVINCE", "tinhbx");
        TestOrgs.Area district = test.area(province.id(), "Huyện Ba Xã", "DISTRICT", "huyenbx");
        long education = test.agency(district.id(), "Phòng Giáo dục và Đào tạo huyện Ba Xã", "DEPARTMENT");
        long labour = test.agency(district.id(), "Phòng Lao động - TB&XH huyện Ba Xã", "DEPARTMENT");
        String educationReporter = test.user("pgd.bx", education, Role.REPORTER);
        String labourReporter = test.user("ldtbxh.bx", labour, Role.REPORTER);
        TestOrgs.Area communeA = test.area(district.id(), "Xã Ba Xã A", "COMMUNE", "xabxa");
        TestOrgs.Area communeB = test.area(district.id(), "Xã Ba Xã B", "COMMUNE", "xabxb");
        String communeC = "Xã Ba Xã C " + test.suffix();
        long communeCId = SystemAuthentication.runAsSystem(() -> orgs.createArea(district.id(), communeC, "COMMUNE").id());
        long policeA = test.agency(communeA.id(), "Công an xã Ba Xã A", "POLICE");
        long healthA = test.agency(communeA.id(), "Trạm Y tế xã Ba Xã A", "HEALTH");
        long policeB = test.agency(communeB.id(), "Công an xã Ba Xã B", "POLICE");
        String policeAReporter = test.user("congan.bxa", policeA, Role.REPORTER);
        String healthAReporter = test.user("yte.bxa", healthA, Role.REPORTER);
        String policeBReporter = test.user("congan.bxb", policeB, Role.REPORTER);

        // ---- the district's plan: two offices, three communes; each target has one source (docs/decisions/0001)
        UserAccount districtOfficer = user(district.officer());
        long districtPlan = plans.startCycle(districtOfficer, district.id(), "Kế hoạch công tác trẻ em năm " + YEAR,
                YEAR, YEAR).id();
        started.add(districtPlan);
        plans.registerUpperPlan(districtOfficer, districtPlan, new UpperPlanForm("15/KH-UBND", LocalDate.of(YEAR, 2, 10),
                "UBND tỉnh Ba Xã", "Kế hoạch năm " + YEAR, null, List.of(new PeriodForm(YEAR, PeriodKind.SIX_MONTHS,
                LocalDate.of(YEAR - 1, 12, 15), LocalDate.of(YEAR, 6, 14), LocalDate.of(YEAR, 5, 1),
                LocalDate.of(YEAR, 5, 20), LocalDate.of(YEAR, 5, 25), "7,1"))));
        plans.saveDraft(districtOfficer, districtPlan, draft("Kế hoạch công tác trẻ em năm " + YEAR,
                List.of(education, labour, communeA.id(), communeB.id(), communeCId), List.of(
                        target(care, "95", Comparator.AT_LEAST, labour),
                        target(school, "98", Comparator.AT_LEAST, education),
                        target(friendly, "1", Comparator.EQUAL, communeA.id(), communeB.id(), communeCId),
                        target(injuries, "300", Comparator.AT_MOST, communeA.id(), communeB.id(), communeCId),
                        target(deaths, "5", Comparator.AT_MOST),
                        target(hiv, "100", Comparator.EQUAL, communeA.id(), communeB.id(), communeCId))));
        issue(district, districtPlan);
        Plan issuedDistrict = plans.load(districtPlan);
        assertThat(issuedDistrict.targets()).extracting(t -> t.source()).containsExactly(FigureSource.UNITS,
                FigureSource.UNITS, FigureSource.AREAS, FigureSource.AREAS, FigureSource.OWN, FigureSource.AREAS);
        long districtPeriod = issuedDistrict.periods().get(0).id();

        // communes A and B run their own cycles under the district's; C has nobody: it is an ordinary unit
        long planA = nestedPlan(communeA, districtPlan);
        long planB = nestedPlan(communeB, districtPlan);
        assertThat(plans.runsOwnCycle(communeCId)).isFalse();

        // ---- commune A: assignments saved, then the draft screen: title, the district's targets, their sources
        UserAccount officerA = user(communeA.officer());
        plans.saveDraft(officerA, planA, draft("Kế hoạch thực hiện", List.of(policeA, healthA), null));
        login(communeA.officer());
        UI.getCurrent().navigate("plans/" + planA + "/draft");
        _get(DraftPlanView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tên kế hoạch")),
                "Kế hoạch công tác trẻ em năm " + YEAR + " của " + communeA.name());
        _click(_get(Button.class, spec -> spec.withText("Lấy chỉ tiêu từ kế hoạch cấp trên")));
        // only what the district left to its communes: not the offices' care and schooling, not its own deaths
        assertThat(rowIndicators()).containsExactly(friendly, injuries, hiv);
        giveToUnits(1, "Công an xã Ba Xã A", "Trạm Y tế xã Ba Xã A");
        giveToUnits(2, "Trạm Y tế xã Ba Xã A");
        // the commune follows the care rate and the deaths as its own figures too (never added upstairs)
        addOwnTarget(care, Comparator.AT_LEAST, "95");
        addOwnTarget(deaths, Comparator.AT_MOST, "1");
        assertThat(plans.load(planA).targets()).extracting(t -> t.source()).containsExactly(FigureSource.OWN,
                FigureSource.UNITS, FigureSource.UNITS, FigureSource.OWN, FigureSource.OWN);
        _click(_get(Button.class, spec -> spec.withText("Gửi lãnh đạo duyệt")));
        logout();
        Plan sentA = plans.load(planA);
        assertThat(sentA.status()).isEqualTo(PlanStatus.IN_REVIEW);
        assertThat(sentA.title()).endsWith(communeA.name());
        plans.approve(user(communeA.leader()), planA);
        ProcessJobs.runDue(management);

        // ---- commune B through the services: the district's targets, its police for injuries and deaths
        UserAccount officerB = user(communeB.officer());
        plans.saveDraft(officerB, planB, draft("Kế hoạch thực hiện", List.of(policeB), null));
        assertThat(plans.takeTargetsFromUpperPlan(officerB, planB).targets()).extracting(t -> t.indicator().id())
                .containsExactly(friendly, injuries, hiv);
        plans.saveDraft(officerB, planB, draft("Kế hoạch công tác trẻ em năm " + YEAR + " của " + communeB.name(),
                List.of(policeB), List.of(target(friendly, "1", Comparator.EQUAL),
                        target(injuries, "300", Comparator.AT_MOST, policeB),
                        target(hiv, "100", Comparator.EQUAL),
                        target(deaths, "1", Comparator.AT_MOST, policeB))));
        issue(communeB, planB);

        // every nested period still points to the district's period after the edits
        ReportingPeriod periodA = plans.load(planA).periods().get(0);
        ReportingPeriod periodB = plans.load(planB).periods().get(0);
        assertThat(List.of(periodA.upperPeriodId(), periodB.upperPeriodId())).containsOnly(districtPeriod);
        assertThat(periodA.unitDue()).isEqualTo(LocalDate.of(YEAR, 5, 17));

        // ---- 1 May: the period opens at both levels; units acknowledge and report, officers accept
        ProcessJobs.setClock(at(5, 1, 7));
        ProcessJobs.runDue(management);
        assertThat(reporting.reportOf(districtPeriod, communeCId).orElseThrow().subArea()).isFalse();
        ProcessJobs.setClock(at(5, 6, 9));
        long fromLabour = report(labourReporter, districtPeriod, labour, reading(care, 598, 600));
        long fromEducation = report(educationReporter, districtPeriod, education, reading(school, 1188, 1200));
        long fromPoliceA = report(policeAReporter, periodA.id(), policeA, reading(injuries, 2, 1500));
        long fromHealthA = report(healthAReporter, periodA.id(), healthA, reading(injuries, 1, 500),
                Reading.notApplicable(hiv, "Không có sản phụ nhiễm HIV sinh con"));
        long fromPoliceB = report(policeBReporter, periodB.id(), policeB, reading(injuries, 4, 2500),
                reading(deaths, 1, null));
        accept(district.officer(), fromLabour, fromEducation);
        accept(communeA.officer(), fromPoliceA, fromHealthA);
        accept(communeB.officer(), fromPoliceB);

        // every unit of A and B accepted: each consolidates at once, types its own figures, the leader approves
        long consolidatedA = consolidate(communeA, periodA.id(), reading(friendly, 1, null), reading(care, 60, 60),
                reading(deaths, 2, null));
        long consolidatedB = consolidate(communeB, periodB.id(), reading(friendly, 0, null),
                Reading.notApplicable(hiv, null));
        // both arrive upstairs as the communes' reports; the district accepts them
        UnitReport arrivedA = reporting.reportOf(districtPeriod, communeA.id()).orElseThrow();
        UnitReport arrivedB = reporting.reportOf(districtPeriod, communeB.id()).orElseThrow();
        assertThat(List.of(arrivedA.status(), arrivedB.status())).containsOnly(UnitReportStatus.SUBMITTED);
        assertThat(List.of(arrivedA.consolidatedReportId(), arrivedB.consolidatedReportId()))
                .containsExactly(consolidatedA, consolidatedB);
        accept(district.officer(), arrivedA.id(), arrivedB.id());

        // ---- 21 May: the district's units' last day has passed; C never reported (nobody could)
        ProcessJobs.setClock(at(5, 21, 7));
        ProcessJobs.runDue(management);
        ConsolidatedReport districtReport = consolidation.ofPeriod(districtPeriod, district.id()).orElseThrow();
        assertThat(districtReport.missingUnits()).containsExactly(communeC);
        consolidation.submitForApproval(districtOfficer, districtReport.id(),
                "Báo cáo 6 tháng đầu năm " + YEAR + " của " + district.name(), List.of(reading(deaths, 3, null)));
        consolidation.approve(user(district.leader()), districtReport.id());
        ProcessJobs.runDue(management);

        // ---- every figure of the district, worked by hand
        List<TargetFigure> rows = figures.ofConsolidatedReport(districtReport.id());
        assertThat(rows).hasSize(6);
        // 1. care rate, the labour office's district-wide count alone: 598/600 = 99.666667 % (A's own 60/60
        //    is A's, the district never adds it: not 658/660)
        assertFigure(rows.get(0), care, 598, 600, "99.666667", List.of(unitLink(fromLabour)));
        // 2. schooling, the education office alone: 1188/1200 = 99 %
        assertFigure(rows.get(1), school, 1188, 1200, "99", List.of(unitLink(fromEducation)));
        // 3. child-friendly, one answer per commune that reported: A yes (1/1) + B no (0/1) = 1/2, not all: 0;
        //    C did not report and adds nothing
        assertFigure(rows.get(2), friendly, 1, 2, "0", List.of(consolidated(consolidatedA), consolidated(consolidatedB)));
        // 4. injuries per 100.000, the communes' sums (not their rates): A = police 2/1500 + health 1/500 = 3/2000,
        //    B = police 4/2500; district 3/2000 + 4/2500 = 7/4500 → 7 × 100000 / 4500 = 155.555556
        assertFigure(rows.get(3), injuries, 7, 4500, "155.555556",
                List.of(consolidated(consolidatedA), consolidated(consolidatedB)));
        // 5. deaths, the district's own figure (no unit answers for it): 3, not 3 + A's own 2 + B's police 1 = 6
        assertFigure(rows.get(4), deaths, 3, 1, "3", List.of(consolidated(districtReport.id())));
        // 6. HIV prevention: A's health station "Không phát sinh" → A n/a; B's own n/a → nothing to count anywhere
        assertThat(rows.get(5).figure().indicator().id()).isEqualTo(hiv);
        assertThat(rows.get(5).figure().notApplicable()).isTrue();
        assertThat(rows.get(5).figure().value()).isNull();
        assertThat(rows.get(5).status()).isEqualTo(TargetStatus.NOT_APPLICABLE);
        assertThat(rows.get(5).figure().sources()).extracting(Contribution::reportId)
                .containsExactly(consolidatedA, consolidatedB);
        // A's own figures stay A's: its report shows them, the district's does not add them (rows 1 and 5)
        List<TargetFigure> rowsA = figures.ofConsolidatedReport(consolidatedA);
        assertThat(rowsA).extracting(r -> r.figure().display()).containsExactly("Có", "150 /100.000 (3/2.000)",
                "Không phát sinh", "100 % (60/60)", "2");
        // read together (FigureBatches), the same figures as one report at a time, the communes' inside the
        // district's included; an unknown id is left out
        List<TargetFigure> rowsB = figures.ofConsolidatedReport(consolidatedB);
        assertThat(figures.ofConsolidatedReports(List.of(districtReport.id(), consolidatedA, consolidatedB, -1L)))
                .containsExactly(org.assertj.core.api.Assertions.entry(districtReport.id(), rows),
                        org.assertj.core.api.Assertions.entry(consolidatedA, rowsA),
                        org.assertj.core.api.Assertions.entry(consolidatedB, rowsB));

        // ---- the DOCX the leader signed: the same figures, "Không phát sinh", and C alone as missing
        Docx docx = docx(district.officer(), districtReport.id());
        assertThat(docx.figureCells()).containsExactly(
                List.of("99,7 % (598/600)", "Do Phòng Lao động - TB&XH huyện Ba Xã " + test.suffix()
                        + " báo cáo toàn địa bàn"),
                List.of("99 % (1.188/1.200)", "Do Phòng Giáo dục và Đào tạo huyện Ba Xã " + test.suffix()
                        + " báo cáo toàn địa bàn"),
                List.of("1/2 đạt", "Tổng hợp từ cấp dưới (" + areas(communeA, communeB, communeC) + ")"),
                List.of("155,6 /100.000 (7/4.500)", "Tổng hợp từ cấp dưới (" + areas(communeA, communeB, communeC) + ")"),
                List.of("3", "Số liệu của cơ quan"),
                List.of("Không phát sinh", "Tổng hợp từ cấp dưới (" + areas(communeA, communeB, communeC) + ")"));
        assertThat(docx.text()).contains("ĐƠN VỊ CHƯA BÁO CÁO");
        assertThat(docx.missing()).containsExactly(communeC);
    }

    // ---------------------------------------------------------------- the draft screen

    private List<Long> rowIndicators() {
        @SuppressWarnings("unchecked")
        List<ComboBox<Indicator>> boxes = (List<ComboBox<Indicator>>) (List<?>) _find(ComboBox.class,
                spec -> spec.withLabel("Chỉ tiêu (danh mục)"));
        return boxes.stream().map(box -> box.getValue().id()).toList();
    }

    /** Row {@code index}: "Do đơn vị báo cáo toàn địa bàn" by the named offices. */
    @SuppressWarnings("unchecked")
    private void giveToUnits(int index, String... unitNames) {
        Select<FigureSource> source = (Select<FigureSource>) _find(Select.class,
                spec -> spec.withLabel("Nguồn số liệu")).get(index);
        _setValue(source, FigureSource.UNITS);
        MultiSelectComboBox<OrgUnit> responsible = (MultiSelectComboBox<OrgUnit>) _get(source.getParent().orElseThrow(),
                MultiSelectComboBox.class, spec -> spec.withLabel("Đơn vị chủ trì"));
        Set<String> names = Set.of(unitNames);
        responsible.setValue(responsible.getListDataView().getItems()
                .filter(u -> names.stream().anyMatch(n -> u.name().startsWith(n))).collect(Collectors.toSet()));
    }

    @SuppressWarnings("unchecked")
    private void addOwnTarget(long indicatorId, Comparator comparator, String value) {
        _click(_get(Button.class, spec -> spec.withText("Thêm chỉ tiêu")));
        List<ComboBox<Indicator>> boxes = (List<ComboBox<Indicator>>) (List<?>) _find(ComboBox.class,
                spec -> spec.withLabel("Chỉ tiêu (danh mục)"));
        ComboBox<Indicator> box = boxes.get(boxes.size() - 1);
        _setValue(box, box.getListDataView().getItems().filter(i -> i.id() == indicatorId).findFirst().orElseThrow());
        List<Select> comparators = _find(Select.class, spec -> spec.withLabel("Yêu cầu"));
        _setValue((Select<Comparator>) comparators.get(comparators.size() - 1), comparator);
        List<BigDecimalField> values = _find(BigDecimalField.class, spec -> spec.withLabel("Giá trị"));
        _setValue(values.get(values.size() - 1), new BigDecimal(value));
    }

    // ---------------------------------------------------------------- steps through the services

    private long nestedPlan(TestOrgs.Area area, long upperPlanId) {
        long planId = plans.visiblePlans(user(area.officer())).stream()
                .filter(p -> p.orgUnitId() == area.id() && Long.valueOf(upperPlanId).equals(p.upperPlanId()))
                .findFirst().orElseThrow().id();
        started.add(planId);
        return planId;
    }

    private void issue(TestOrgs.Area area, long planId) {
        plans.submitForApproval(user(area.officer()), planId);
        plans.approve(user(area.leader()), planId);
        ProcessJobs.runDue(management);
        assertThat(plans.load(planId).status()).isEqualTo(PlanStatus.ISSUED);
    }

    /** The unit acknowledges its part and submits its figures; answers the report's id. */
    private long report(String reporter, long periodId, long unitId, Reading... values) {
        UserAccount account = user(reporter);
        long reportId = reporting.reportOf(periodId, unitId).orElseThrow().id();
        reporting.acknowledge(account, reportId);
        ProcessJobs.runDue(management);
        reporting.submit(account, reportId, new vn.congtactreem.reporting.UnitReportForm("Đã thực hiện các chỉ tiêu",
                null, null, List.of(values)));
        ProcessJobs.runDue(management);
        return reportId;
    }

    private void accept(String officer, long... reportIds) {
        for (long reportId : reportIds) {
            reporting.accept(user(officer), reportId);
            ProcessJobs.runDue(management);
        }
    }

    private long consolidate(TestOrgs.Area area, long periodId, Reading... own) {
        long id = consolidation.ofPeriod(periodId, area.id()).orElseThrow().id();
        assertThat(consolidation.load(id).missingUnits()).isEmpty();
        consolidation.submitForApproval(user(area.officer()), id, "Báo cáo 6 tháng của " + area.name(), List.of(own));
        consolidation.approve(user(area.leader()), id);
        ProcessJobs.runDue(management);
        return id;
    }

    private UserAccount user(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    // ---------------------------------------------------------------- checks

    private static void assertFigure(TargetFigure row, long indicatorId, long numerator, long denominator,
                                     String value, List<String> sources) {
        assertThat(row.figure().indicator().id()).isEqualTo(indicatorId);
        assertThat(row.figure().numerator()).as("numerator").isEqualTo(numerator);
        assertThat(row.figure().denominator()).as("denominator").isEqualTo(denominator);
        assertThat(row.figure().value()).as("value").isEqualByComparingTo(value);
        assertThat(row.figure().sources()).extracting(Contribution::link).as("sources")
                .containsExactlyElementsOf(sources);
    }

    private static String unitLink(long id) {
        return "reports/" + id;
    }

    private static String consolidated(long id) {
        return "consolidated-reports/" + id;
    }

    private static String areas(TestOrgs.Area a, TestOrgs.Area b, String c) {
        return String.join(", ", List.of(a.name(), b.name(), c));
    }

    /** The DOCX's text, the figures table's result and source columns, and the missing units' lines. */
    private record Docx(String text, List<List<String>> figureCells, List<String> missing) {
    }

    private Docx docx(String username, long consolidatedReportId) {
        byte[] content = consolidation.documentFile(user(username), consolidatedReportId).content();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            XWPFTable table = document.getTables().stream()
                    .filter(t -> t.getRow(0).getTableCells().stream().anyMatch(c -> c.getText().equals("Nguồn số liệu")))
                    .findFirst().orElseThrow();
            List<List<String>> cells = new ArrayList<>();
            for (int i = 1; i < table.getNumberOfRows(); i++) {
                List<XWPFTableCell> row = table.getRow(i).getTableCells();
                cells.add(List.of(row.get(3).getText(), row.get(6).getText()));
            }
            String text = extractor.getText();
            List<String> missing = text.lines().map(String::strip).dropWhile(l -> !l.endsWith("ĐƠN VỊ CHƯA BÁO CÁO"))
                    .skip(2).takeWhile(l -> l.startsWith("- "))
                    .map(l -> l.substring(2, l.length() - 1)).toList();
            return new Docx(text, cells, missing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- data

    private static PlanDraft draft(String title, List<Long> units, List<TargetForm> targets) {
        return new PlanDraft(title, "Bảo vệ, chăm sóc trẻ em.", null, null, null, null, "- Lưu: VT.",
                "Nguyễn Văn An", "PHÓ CHỦ TỊCH", null,
                units.stream().map(u -> new AssignmentForm(u, "Thực hiện các chỉ tiêu được giao")).toList(), null,
                targets);
    }

    private static TargetForm target(long indicatorId, String value, Comparator comparator, long... units) {
        return new TargetForm(indicatorId, YEAR, comparator, new BigDecimal(value), null, null, null,
                java.util.Arrays.stream(units).boxed().toList());
    }

    private static Reading reading(long indicatorId, long numerator, Long denominator) {
        return new Reading(indicatorId, numerator, denominator, false);
    }

    private static Reading reading(long indicatorId, long numerator, long denominator) {
        return new Reading(indicatorId, numerator, denominator, false);
    }

    private static java.time.Instant at(int month, int day, int hour) {
        return java.time.LocalDateTime.of(YEAR, month, day, hour, 0).atZone(vn.congtactreem.plan.Deadlines.VIETNAM)
                .toInstant();
    }
}
