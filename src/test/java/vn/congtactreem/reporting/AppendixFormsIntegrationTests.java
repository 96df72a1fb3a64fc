package vn.congtactreem.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.congtactreem.document.SheetError;
import vn.congtactreem.document.SpreadsheetImportException;
import vn.congtactreem.document.Texts;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.appendix.AppendixForm;
import vn.congtactreem.appendix.AppendixForms;
import vn.congtactreem.appendix.CellError;
import vn.congtactreem.appendix.CellErrors;
import vn.congtactreem.appendix.CellInput;
import vn.congtactreem.appendix.ColumnKind;
import vn.congtactreem.appendix.FormColumn;
import vn.congtactreem.appendix.FormDraft;
import vn.congtactreem.appendix.FormRow;
import vn.congtactreem.appendix.FormTotals;
import vn.congtactreem.appendix.RowMode;
import vn.congtactreem.appendix.TotalRow;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.AssignmentForm;
import vn.congtactreem.plan.PeriodForm;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.PlanDraft;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.PlanStatus;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.plan.UpperPlanForm;
import vn.congtactreem.support.CycleCleanUp;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;

/**
 * Issue 14 item 4 on PostgreSQL: a district attaches two forms to its plan, its commune takes them into its own
 * plan, the units fill them (a wrong cell refuses the whole save), and the district's consolidated report adds
 * them up from its office's report and the commune's consolidated forms, each unit counted once.
 */
class AppendixFormsIntegrationTests extends KaribuUiTest {

    private static final int YEAR = 2046;

    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired OrgService orgs;
    @Autowired UserService users;
    @Autowired PlanService plans;
    @Autowired ReportingService reporting;
    @Autowired ConsolidationService consolidation;
    @Autowired ReportForms reportForms;
    @Autowired AppendixForms appendix;

    private final List<Long> started = new ArrayList<>();

    @AfterEach
    void endTheCycles() {
        started.forEach(planId -> CycleCleanUp.endProcessesOf(runtime, planId));
        ProcessJobs.resetClock();
    }

    @Test
    void formsAddUpFromUnitsToCommuneToDistrictWithoutDoubleCounting() throws IOException {
        ProcessJobs.setClock(at(3, 1, 9));
        TestOrgs test = new TestOrgs(orgs, users);
        TestOrgs.Area province = test.area(null, "Tỉnh Phụ Lục", "PROVINCE", "tinhpl");
        TestOrgs.Area district = test.area(province.id(), "Huyện Phụ Lục", "DISTRICT", "huyenpl");
        long labour = test.agency(district.id(), "Phòng Lao động - TB&XH huyện Phụ Lục", "DEPARTMENT");
        String labourReporter = test.user("ldtbxh.pl", labour, Role.REPORTER);
        TestOrgs.Area commune = test.area(district.id(), "Xã Phụ Lục A", "COMMUNE", "xapla");
        long police = test.agency(commune.id(), "Công an xã Phụ Lục A", "POLICE");
        long health = test.agency(commune.id(), "Trạm Y tế xã Phụ Lục A", "HEALTH");
        String policeReporter = test.user("congan.pla", police, Role.REPORTER);
        String healthReporter = test.user("yte.pla", health, Role.REPORTER);

        // ---- the district's plan with its two forms
        UserAccount districtOfficer = user(district.officer());
        long districtPlan = plans.startCycle(districtOfficer, district.id(), "Kế hoạch năm " + YEAR, YEAR, YEAR).id();
        started.add(districtPlan);
        plans.registerUpperPlan(districtOfficer, districtPlan, new UpperPlanForm("16/KH-UBND", LocalDate.of(YEAR, 2, 10),
                "UBND tỉnh Phụ Lục", "Kế hoạch năm " + YEAR, null, List.of(new PeriodForm(YEAR, PeriodKind.SIX_MONTHS,
                LocalDate.of(YEAR - 1, 12, 15), LocalDate.of(YEAR, 6, 14), LocalDate.of(YEAR, 5, 1),
                LocalDate.of(YEAR, 5, 20), LocalDate.of(YEAR, 5, 25), "7,1"))));
        plans.saveDraft(districtOfficer, districtPlan, draft(List.of(labour, commune.id())));
        List<AppendixForm> districtForms = plans.saveAppendixForms(districtOfficer, districtPlan, List.of(
                new FormDraft(null, null, "Trẻ em có hoàn cảnh đặc biệt được hỗ trợ", RowMode.FIXED,
                        List.of(new FormRow(null, "Trẻ em mồ côi"), new FormRow(null, "Trẻ em khuyết tật")),
                        List.of(new FormColumn(null, "Số trẻ em", ColumnKind.NUMBER, true),
                                new FormColumn(null, "Ghi chú", ColumnKind.TEXT, false),
                                new FormColumn(null, "Có sổ theo dõi", ColumnKind.YES_NO, false))),
                new FormDraft(null, null, "Kinh phí theo đơn vị", RowMode.ONE_PER_UNIT, List.of(),
                        List.of(new FormColumn(null, "Kinh phí (triệu đồng)", ColumnKind.NUMBER, true)))));
        assertThat(districtForms).extracting(AppendixForm::heading).containsExactly(
                "Phụ lục 1: Trẻ em có hoàn cảnh đặc biệt được hỗ trợ", "Phụ lục 2: Kinh phí theo đơn vị");
        assertThat(districtForms.get(0).rows()).extracting(FormRow::key).containsExactly("r1", "r2");
        issue(district, districtPlan);
        long districtPeriod = plans.load(districtPlan).periods().get(0).id();

        // ---- the commune takes the district's forms into its plan: same keys, its own ids
        long communePlan = plans.visiblePlans(user(commune.officer())).stream()
                .filter(p -> p.orgUnitId() == commune.id() && Long.valueOf(districtPlan).equals(p.upperPlanId()))
                .findFirst().orElseThrow().id();
        started.add(communePlan);
        UserAccount communeOfficer = user(commune.officer());
        plans.saveDraft(communeOfficer, communePlan, draft(List.of(police, health)));
        List<AppendixForm> communeForms = plans.takeFormsFromUpperPlan(communeOfficer, communePlan);
        assertThat(communeForms).extracting(AppendixForm::key)
                .containsExactly(districtForms.get(0).key(), districtForms.get(1).key());
        assertThat(communeForms.get(0).id()).isNotEqualTo(districtForms.get(0).id());
        // taking them again adds nothing
        assertThat(plans.takeFormsFromUpperPlan(communeOfficer, communePlan)).hasSize(2);
        issue(commune, communePlan);
        ReportingPeriod communePeriod = plans.load(communePlan).periods().get(0);

        // ---- 1 May: units fill their forms
        ProcessJobs.setClock(at(5, 1, 7));
        ProcessJobs.runDue(management);
        ProcessJobs.setClock(at(5, 6, 9));
        AppendixForm c1 = communeForms.get(0);
        AppendixForm c2 = communeForms.get(1);
        long fromPolice = reportOf(policeReporter, communePeriod.id(), police);
        // a wrong cell refuses the whole save, each wrong cell named
        assertThatThrownBy(() -> reportForms.saveCells(user(policeReporter), fromPolice, List.of(
                new CellInput(c1.id(), "r1", "c1", "3"), new CellInput(c1.id(), "r1", "c3", "có lẽ"),
                new CellInput(c1.id(), "r2", "c1", "-1"))))
                .isInstanceOfSatisfying(CellErrors.class, e -> assertThat(e.errors())
                        .extracting(CellError::messageKey, er -> er.cell().field())
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("appendix.error.notYesNo",
                                        "forms[" + c1.id() + "].cells[r1][c3]"),
                                org.assertj.core.groups.Tuple.tuple("appendix.error.negative",
                                        "forms[" + c1.id() + "].cells[r2][c1]")));
        assertThat(appendix.cellsOfUnitReport(fromPolice)).isEmpty();
        // another unit's row of the one-row-per-unit form is not the police's to fill
        assertThatThrownBy(() -> reportForms.saveCells(user(policeReporter), fromPolice, List.of(
                new CellInput(c2.id(), AppendixForms.unitRowKey(health), "c1", "5"))))
                .isInstanceOf(CellErrors.class);
        fill(policeReporter, fromPolice, new CellInput(c1.id(), "r1", "c1", "3"),
                new CellInput(c1.id(), "r1", "c2", "Đã hỗ trợ gạo"), new CellInput(c1.id(), "r1", "c3", "Có"),
                new CellInput(c1.id(), "r2", "c1", "1"),
                new CellInput(c2.id(), AppendixForms.unitRowKey(police), "c1", "12,50"));
        assertThat(reportForms.ofUnitReport(user(policeReporter), fromPolice).get(1).display(
                AppendixForms.unitRowKey(police), "c1")).isEqualTo("12,50");
        long fromHealth = reportOf(healthReporter, communePeriod.id(), health);
        fill(healthReporter, fromHealth, new CellInput(c1.id(), "r1", "c1", "4"),
                new CellInput(c1.id(), "r1", "c3", "Không"), new CellInput(c1.id(), "r2", "c1", "2"),
                new CellInput(c2.id(), AppendixForms.unitRowKey(health), "c1", "7,5"));
        long fromLabour = reportOf(labourReporter, districtPeriod, labour);
        // the labour office fills the template offline: a wrong cell refuses the whole file, then it is imported
        byte[] template = reportForms.template(user(labourReporter), fromLabour, TEXTS).content();
        assertThatThrownBy(() -> reportForms.importCells(user(labourReporter), fromLabour, fillIn(template, "mười")))
                .isInstanceOfSatisfying(SpreadsheetImportException.class, e -> assertThat(e.errors())
                        .extracting(SheetError::sheet, SheetError::cell).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("PL1", "C5")));
        assertThat(appendix.cellsOfUnitReport(fromLabour)).isEmpty();
        reportForms.importCells(user(labourReporter), fromLabour, fillIn(template, "10"));
        reporting.submit(user(labourReporter), fromLabour, new UnitReportForm("Đã thực hiện", null, null, List.of()));
        ProcessJobs.runDue(management);
        for (long[] r : new long[][] {{fromPolice}, {fromHealth}}) {
            accept(commune.officer(), r[0]);
        }
        accept(district.officer(), fromLabour);

        // ---- the commune consolidates: its two units added up
        long consolidatedCommune = consolidation.ofPeriod(communePeriod.id(), commune.id()).orElseThrow().id();
        List<FormTotals> atCommune = reportForms.ofConsolidatedReport(consolidatedCommune);
        TotalRow orphansCommune = atCommune.get(0).rows().get(0);
        assertThat(orphansCommune.cell("c1").display()).isEqualTo("7");
        assertThat(orphansCommune.cell("c2").texts()).containsExactly(
                "Công an xã Phụ Lục A " + test.suffix() + ": Đã hỗ trợ gạo");
        assertThat(orphansCommune.cell("c3").display()).isEqualTo("1/2 Có");
        assertThat(atCommune.get(1).rows()).extracting(r -> r.cell("c1").display())
                .containsExactly("12,50", "7,5", "20,00");
        consolidation.submitForApproval(communeOfficer, consolidatedCommune, "Báo cáo 6 tháng", List.of());
        consolidation.approve(user(commune.leader()), consolidatedCommune);
        ProcessJobs.runDue(management);
        long arrived = reporting.reportOf(districtPeriod, commune.id()).orElseThrow().id();
        accept(district.officer(), arrived);

        // ---- the district: its office + the commune's consolidated forms (not the commune's units again)
        ProcessJobs.setClock(at(5, 21, 7));
        ProcessJobs.runDue(management);
        long districtReport = consolidation.ofPeriod(districtPeriod, district.id()).orElseThrow().id();
        List<FormTotals> atDistrict = reportForms.ofConsolidatedReport(districtReport);
        TotalRow orphans = atDistrict.get(0).rows().get(0);
        // 10 (office) + 3 + 4 (the commune's police and health) = 17, not 24
        assertThat(orphans.cell("c1").display()).isEqualTo("17");
        assertThat(orphans.cell("c3").display()).isEqualTo("2/3 Có");
        assertThat(atDistrict.get(0).rows().get(1).cell("c1").display()).isEqualTo("3");
        // one row per unit: the office's 100, the commune's whole 20,00, the total 120,00
        assertThat(atDistrict.get(1).rows()).extracting(TotalRow::key).containsExactly(
                AppendixForms.unitRowKey(labour), AppendixForms.unitRowKey(commune.id()), FormTotals.TOTAL_ROW);
        assertThat(atDistrict.get(1).rows()).extracting(r -> r.cell("c1").display())
                .containsExactly("100", "20,00", "120,00");

        // ---- the documents: the plan prints its forms blank, the district's report its totals, after the body
        assertThat(docxText(plans.docx(plans.load(districtPlan)).content()))
                .contains("Phụ lục 1: Trẻ em có hoàn cảnh đặc biệt được hỗ trợ", "Phụ lục 2: Kinh phí theo đơn vị");
        consolidation.submitForApproval(districtOfficer, districtReport, "Báo cáo 6 tháng của huyện", List.of());
        byte[] report = consolidation.documentFile(districtOfficer, districtReport).content();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(report))) {
            XWPFTable last = document.getTables().get(document.getTables().size() - 1);
            assertThat(last.getRow(3).getCell(1).getText()).isEqualTo("Tổng cộng");
            assertThat(last.getRow(3).getCell(2).getText()).isEqualTo("120,00");
            XWPFTable first = document.getTables().get(document.getTables().size() - 2);
            assertThat(first.getRow(1).getCell(2).getText()).isEqualTo("17");
        }
        assertThat(docxText(report).indexOf("Phụ lục 1: Trẻ em có hoàn cảnh đặc biệt được hỗ trợ"))
                .isGreaterThan(docxText(report).indexOf("Nơi nhận"));
    }

    private static final Texts TEXTS = (key, args) -> key;

    /** The template with the office's orphans in C5, a "Có" in E5 and 100 for its own row of the second form. */
    private static byte[] fillIn(byte[] template, String orphans) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(template))) {
            workbook.getSheet("PL1").getRow(4).createCell(2).setCellValue(orphans);
            workbook.getSheet("PL1").getRow(4).createCell(4).setCellValue("Có");
            workbook.getSheet("PL1").getRow(5).createCell(2).setCellValue(0);
            workbook.getSheet("PL2").getRow(4).createCell(2).setCellValue(100);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String docxText(byte[] content) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long reportOf(String reporter, long periodId, long unitId) {
        long reportId = reporting.reportOf(periodId, unitId).orElseThrow().id();
        reporting.acknowledge(user(reporter), reportId);
        ProcessJobs.runDue(management);
        return reportId;
    }

    private void fill(String reporter, long reportId, CellInput... cells) {
        UserAccount account = user(reporter);
        reportForms.saveCells(account, reportId, List.of(cells));
        reporting.submit(account, reportId, new UnitReportForm("Đã thực hiện", null, null, List.of()));
        ProcessJobs.runDue(management);
    }

    private void accept(String officer, long reportId) {
        reporting.accept(user(officer), reportId);
        ProcessJobs.runDue(management);
    }

    private void issue(TestOrgs.Area area, long planId) {
        plans.submitForApproval(user(area.officer()), planId);
        plans.approve(user(area.leader()), planId);
        ProcessJobs.runDue(management);
        assertThat(plans.load(planId).status()).isEqualTo(PlanStatus.ISSUED);
    }

    private UserAccount user(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private static PlanDraft draft(List<Long> units) {
        return new PlanDraft("Kế hoạch công tác trẻ em năm " + YEAR, "Bảo vệ, chăm sóc trẻ em.", null, null, null,
                null, "- Lưu: VT.", "Nguyễn Văn An", "PHÓ CHỦ TỊCH", null,
                units.stream().map(u -> new AssignmentForm(u, "Thực hiện và báo cáo theo các phụ lục")).toList(),
                null, null);
    }

    private static java.time.Instant at(int month, int day, int hour) {
        return java.time.LocalDateTime.of(YEAR, month, day, hour, 0).atZone(vn.congtactreem.plan.Deadlines.VIETNAM)
                .toInstant();
    }
}
