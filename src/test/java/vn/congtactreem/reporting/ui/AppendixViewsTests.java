package vn.congtactreem.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.appendix.AppendixForm;
import vn.congtactreem.appendix.AppendixForms;
import vn.congtactreem.appendix.CellRef;
import vn.congtactreem.appendix.ColumnKind;
import vn.congtactreem.appendix.FormColumn;
import vn.congtactreem.appendix.FormDraft;
import vn.congtactreem.appendix.FormRow;
import vn.congtactreem.appendix.RowMode;
import vn.congtactreem.appendix.TotalRow;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReportStatus;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;

/** The plan's appendix forms in the unit report (filled, errors next to cells) and the consolidated report (sums). */
class AppendixViewsTests extends KaribuUiTest {

    private static int nextYear = 2120;

    @Autowired PlanService plans;
    @Autowired ReportingService reporting;
    @Autowired ConsolidationService consolidation;
    @Autowired UserService users;
    @Autowired OrgService orgs;
    @Autowired ManagementService management;
    @Autowired AppendixForms appendix;
    @Autowired vn.congtactreem.reporting.ReportForms reportForms;

    private TestOrgs.Commune place;
    private CycleFixture fixture;
    private CycleFixture.OpenPeriod cycle;
    private AppendixForm form;

    @BeforeEach
    void aPlanWithAFormAndThePolicePeriodOpen() {
        place = testOrgs().commune("phuluc");
        fixture = new CycleFixture(plans, reporting, users, orgs, management);
        cycle = fixture.periodOpenFor(place, nextYear++);
        form = appendix.replaceOfPlan(cycle.planId(), List.of(new FormDraft(null, null, "Trẻ em được hỗ trợ",
                RowMode.FIXED, List.of(new FormRow(null, "Trẻ em mồ côi"), new FormRow(null, "Trẻ em khuyết tật")),
                List.of(new FormColumn(null, "Số trẻ em", ColumnKind.NUMBER, true),
                        new FormColumn(null, "Có sổ theo dõi", ColumnKind.YES_NO, false))))).get(0);
        reporting.acknowledge(fixture.user(place.policeReporter()), cycle.policeReportId());
    }

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWrongCellIsShownNextToItAndNothingTypedIsLost() {
        login(place.policeReporter());
        UI.getCurrent().navigate("reports/" + cycle.policeReportId());
        UnitReportView view = _get(UnitReportView.class);
        TextField orphans = (TextField) view.formsPanel.boxes.get(new CellRef(form.id(), "r1", "c1"));
        TextField disabled = (TextField) view.formsPanel.boxes.get(new CellRef(form.id(), "r2", "c1"));
        Select<String> book = (Select<String>) view.formsPanel.boxes.get(new CellRef(form.id(), "r1", "c2"));
        _setValue(orphans, "mười hai");
        _setValue(disabled, "3");
        _setValue(book, "Có");
        _click(view.saveDraft);

        assertThat(orphans.isInvalid()).isTrue();
        assertThat(orphans.getErrorMessage()).isEqualTo("\"mười hai\" không phải là số");
        assertThat(disabled.isInvalid()).isFalse();
        assertThat(disabled.getValue()).isEqualTo("3");
        assertThat(appendix.cellsOfUnitReport(cycle.policeReportId())).isEmpty();

        _setValue(orphans, "12");
        _click(view.saveDraft);
        assertThat(appendix.cellsOfUnitReport(cycle.policeReportId()).get(new CellRef(form.id(), "r1", "c1")).number())
                .isEqualTo(new BigDecimal("12"));
        assertThat(appendix.cellsOfUnitReport(cycle.policeReportId()).get(new CellRef(form.id(), "r1", "c2")).yes())
                .isTrue();
        // the page shows what was kept
        UnitReportView again = _get(UnitReportView.class);
        assertThat(again.formsPanel.boxes.get(new CellRef(form.id(), "r2", "c1")).getValue()).isEqualTo("3");
    }

    @Test
    void aFilledTemplateWithAWrongCellIsListedAndNothingKeptThenTheGoodOneIsImported() throws Exception {
        login(place.policeReporter());
        UI.getCurrent().navigate("reports/" + cycle.policeReportId());
        UnitReportView view = _get(UnitReportView.class);
        byte[] template = reportForms.template(fixture.user(place.policeReporter()), cycle.policeReportId(),
                (key, args) -> key).content();
        view.spreadsheetForms.receive("phuluc.xlsx", filled(template, "ba"));
        assertThat(view.spreadsheetForms.errors.getElement().getTextRecursively())
                .isEqualTo("Trang \"PL1\", dòng 5, cột C: \"ba\" không phải là số");
        assertThat(appendix.cellsOfUnitReport(cycle.policeReportId())).isEmpty();

        view.spreadsheetForms.receive("phuluc.xlsx", filled(template, "7"));
        assertThat(appendix.cellsOfUnitReport(cycle.policeReportId()).get(new CellRef(form.id(), "r1", "c1")).number())
                .isEqualByComparingTo("7");
        // the page shows the imported cell
        assertThat(_get(UnitReportView.class).formsPanel.boxes.get(new CellRef(form.id(), "r1", "c1")).getValue())
                .isEqualTo("7");
    }

    private static byte[] filled(byte[] template, String orphans) throws Exception {
        try (org.apache.poi.ss.usermodel.Workbook workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                new java.io.ByteArrayInputStream(template))) {
            workbook.getSheet("PL1").getRow(4).createCell(2).setCellValue(orphans);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void theConsolidatedReportShowsTheFormAddedUpReadOnly() {
        login(place.policeReporter());
        UI.getCurrent().navigate("reports/" + cycle.policeReportId());
        UnitReportView view = _get(UnitReportView.class);
        _setValue((TextField) view.formsPanel.boxes.get(new CellRef(form.id(), "r1", "c1")), "1.250");
        _setValue(view.results, "Đã hỗ trợ trẻ em");
        // a number left empty is refused as an indicator value is: said next to its box, naming form and row
        _click(view.submit);
        TextField empty = (TextField) view.formsPanel.boxes.get(new CellRef(form.id(), "r2", "c1"));
        assertThat(empty.isInvalid()).isTrue();
        assertThat(empty.getErrorMessage())
                .isEqualTo("Phụ lục 1, dòng \"Trẻ em khuyết tật\": nhập \"Số trẻ em\" trước khi gửi báo cáo");
        assertThat(reporting.load(cycle.policeReportId()).status()).isNotEqualTo(UnitReportStatus.SUBMITTED);
        assertThat(((TextField) view.formsPanel.boxes.get(new CellRef(form.id(), "r1", "c1"))).getValue())
                .isEqualTo("1.250");
        // the yes/no column may stay unanswered
        _setValue(empty, "0");
        _click(view.submit);
        assertThat(reporting.load(cycle.policeReportId()).status()).isEqualTo(UnitReportStatus.SUBMITTED);
        reporting.accept(fixture.user(place.commune().officer()), cycle.policeReportId());
        ProcessJobs.runDue(management);
        long consolidatedId = consolidation.ofPeriod(cycle.periodId(), place.commune().id()).orElseThrow().id();

        login(place.commune().officer());
        UI.getCurrent().navigate("consolidated-reports/" + consolidatedId);
        ConsolidatedReportView consolidated = _get(ConsolidatedReportView.class);
        Grid<TotalRow> grid = consolidated.formTotals.grids.get(0);
        List<TotalRow> rows = grid.getGenericDataView().getItems().toList();
        assertThat(rows).extracting(TotalRow::label).containsExactly("Trẻ em mồ côi", "Trẻ em khuyết tật");
        assertThat(rows.get(0).cell("c1").display()).isEqualTo("1.250");
        assertThat(consolidated.formTotals.getElement().getTextRecursively())
                .contains("Phụ lục 1: Trẻ em được hỗ trợ");
    }
}
