package vn.congtactreem.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.appendix.AppendixForm;
import vn.congtactreem.appendix.AppendixForms;
import vn.congtactreem.appendix.ColumnKind;
import vn.congtactreem.appendix.FormColumn;
import vn.congtactreem.appendix.FormRow;
import vn.congtactreem.appendix.RowMode;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PeriodForm;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.UpperPlanForm;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;

/** "Phụ lục, biểu mẫu" in the draft: the officer adds a form, an error shows next to its field, nothing is lost. */
class AppendixEditorTests extends KaribuUiTest {

    private static int nextYear = 2130;

    @Autowired PlanService plans;
    @Autowired UserService users;
    @Autowired AppendixForms appendix;

    private TestOrgs.Commune place;
    private long planId;

    @BeforeEach
    void aPlanAtDrafting() {
        place = testOrgs().commune("bieumau");
        int year = nextYear++;
        ProcessJobs.setClock(LocalDateTime.of(year, 3, 1, 9, 0).atZone(Deadlines.VIETNAM).toInstant());
        UserAccount officer = users.findByUsername(place.commune().officer()).orElseThrow();
        planId = plans.startCycle(officer, place.commune().id(), "Kế hoạch năm " + year, year, year).id();
        plans.registerUpperPlan(officer, planId, new UpperPlanForm("9/KH-UBND", LocalDate.of(year, 2, 1),
                "UBND huyện Tân Yên", "Kế hoạch năm " + year, null, List.of(new PeriodForm(year,
                PeriodKind.SIX_MONTHS, LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 6, 14),
                LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 18), LocalDate.of(year, 5, 24), "7,1"))));
    }

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    @Test
    void theOfficerAddsAFormThatIsSavedOnEveryChangeAndAMissingColumnNameIsShownNextToIt() {
        login(place.commune().officer());
        UI.getCurrent().navigate("plans/" + planId + "/draft");
        DraftPlanView view = _get(DraftPlanView.class);
        AppendixEditor editor = view.appendix;
        assertThat(editor.takeFromUpper.isVisible()).isFalse();
        _click(editor.add);
        AppendixFormCard card = editor.cards.get(0);
        assertThat(card.heading.getText()).isEqualTo("Phụ lục 1");
        _setValue(card.title, "Trẻ em có hoàn cảnh đặc biệt");
        _setValue(card.rows, "Trẻ em mồ côi\nTrẻ em khuyết tật\n");

        // the first column has no name yet: said next to it, the rest kept on screen, the form not saved yet
        AppendixFormCard.ColumnLine column = card.columns.get(0);
        assertThat(column.label.isInvalid()).isTrue();
        assertThat(column.label.getErrorMessage()).isEqualTo("Không được để trống");
        assertThat(card.rows.getValue()).startsWith("Trẻ em mồ côi");
        assertThat(appendix.ofPlan(planId)).isEmpty();
        // ... while the rest of the draft is saved as it is typed
        _setValue(view.purpose, "Bảo đảm quyền của trẻ em.");
        assertThat(plans.load(planId).purpose()).isEqualTo("Bảo đảm quyền của trẻ em.");
        assertThat(column.label.isInvalid()).isTrue();

        // named: saved at once, without a button, and the draft says so
        _setValue(column.label, "Số trẻ em");
        assertThat(column.label.isInvalid()).isFalse();
        assertThat(view.autosaveStatus.getText()).startsWith("Đã tự động lưu");
        assertThat(appendix.ofPlan(planId)).singleElement().satisfies(f -> assertThat(f.columns())
                .containsExactly(new FormColumn("c1", "Số trẻ em", ColumnKind.NUMBER, true)));
        _click(card.addColumn);
        _setValue(card.columns.get(1).label, "Ghi chú");
        _setValue(card.columns.get(1).kind, ColumnKind.TEXT);
        // only a number column is added up: the box goes, unticked
        assertThat(card.columns.get(1).totalled.isVisible()).isFalse();
        assertThat(card.columns.get(1).totalled.getValue()).isFalse();
        List<AppendixForm> saved = appendix.ofPlan(planId);
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).heading()).isEqualTo("Phụ lục 1: Trẻ em có hoàn cảnh đặc biệt");
        assertThat(saved.get(0).rowMode()).isEqualTo(RowMode.FIXED);
        assertThat(saved.get(0).rows()).extracting(FormRow::label).containsExactly("Trẻ em mồ côi", "Trẻ em khuyết tật");
        assertThat(saved.get(0).columns()).containsExactly(new FormColumn("c1", "Số trẻ em", ColumnKind.NUMBER, true),
                new FormColumn("c2", "Ghi chú", ColumnKind.TEXT, false));

        // every change changes the same form (its keys kept), never adds a second one
        _setValue(card.rows, "Trẻ em khuyết tật\nTrẻ em mồ côi");
        List<AppendixForm> again = appendix.ofPlan(planId);
        assertThat(again).hasSize(1);
        assertThat(again.get(0).id()).isEqualTo(saved.get(0).id());
        assertThat(again.get(0).rows()).containsExactly(new FormRow("r2", "Trẻ em khuyết tật"),
                new FormRow("r1", "Trẻ em mồ côi"));

        // a title cleared: said next to it; the plan keeps the form as last saved, the screen what was typed
        _setValue(card.title, "");
        assertThat(card.title.isInvalid()).isTrue();
        assertThat(card.title.getErrorMessage()).isEqualTo("Không được để trống");
        assertThat(appendix.ofPlan(planId)).singleElement().satisfies(f ->
                assertThat(f.title()).isEqualTo("Trẻ em có hoàn cảnh đặc biệt"));
        assertThat(card.columns.get(1).label.getValue()).isEqualTo("Ghi chú");
        _setValue(card.title, "Trẻ em có hoàn cảnh đặc biệt được hỗ trợ");
        assertThat(card.title.isInvalid()).isFalse();
        assertThat(appendix.ofPlan(planId)).singleElement().satisfies(f ->
                assertThat(f.title()).isEqualTo("Trẻ em có hoàn cảnh đặc biệt được hỗ trợ"));

        // removing it removes it
        _click(card.remove);
        assertThat(appendix.ofPlan(planId)).isEmpty();
    }

    @Test
    void sendingTheDraftStopsAtAFormWithAnErrorAndSaysItNextToItsField() {
        login(place.commune().officer());
        UI.getCurrent().navigate("plans/" + planId + "/draft");
        DraftPlanView view = _get(DraftPlanView.class);
        _click(view.appendix.add);
        AppendixFormCard card = view.appendix.cards.get(0);
        _setValue(card.rows, "Trẻ em mồ côi");

        _click(view.submit);
        assertThat(card.title.isInvalid()).isTrue();
        assertThat(plans.load(planId).status()).isEqualTo(vn.congtactreem.plan.PlanStatus.DRAFT);
        assertThat(appendix.ofPlan(planId)).isEmpty();
    }

    @Test
    void thePreviewAndTheLeadersPageAndDownloadPrintTheFormsAsTheIssuedPlanDoes() throws java.io.IOException {
        UserAccount officer = users.findByUsername(place.commune().officer()).orElseThrow();
        plans.saveDraft(officer, planId, new vn.congtactreem.plan.PlanDraft("Kế hoạch", "Bảo vệ trẻ em.", null, null,
                null, null, "- Lưu: VT.", "Lục Xuân Đức", "PHÓ CHỦ TỊCH", null,
                List.of(new vn.congtactreem.plan.AssignmentForm(place.police(), "Phòng, chống xâm hại trẻ em"))));
        plans.saveAppendixForms(officer, planId, List.of(new vn.congtactreem.appendix.FormDraft(null, null,
                "Trẻ em được hỗ trợ", RowMode.FIXED, List.of(new FormRow(null, "Trẻ em mồ côi")),
                List.of(new FormColumn(null, "Số trẻ em", ColumnKind.NUMBER, true)))));
        String heading = "Phụ lục 1: Trẻ em được hỗ trợ";
        assertThat(plans.document(plans.load(planId)).appendices()).extracting(a -> a.heading()).containsExactly(heading);

        // the draft's preview
        login(place.commune().officer());
        UI.getCurrent().navigate("plans/" + planId + "/draft");
        _click(_get(DraftPlanView.class).preview);
        String preview = _get(PlanDocumentView.class).getElement().getTextRecursively();
        assertThat(preview).contains(heading, "Trẻ em mồ côi", "Số trẻ em");
        assertThat(preview.indexOf(heading)).as("after the signature").isGreaterThan(preview.indexOf("Lục Xuân Đức"));
        plans.submitForApproval(officer, planId);

        // the leader's page and its download
        login(place.commune().leader());
        UI.getCurrent().navigate("plans/" + planId + "/review");
        PlanReviewView review = _get(PlanReviewView.class);
        assertThat(_get(PlanDocumentView.class).getElement().getTextRecursively()).contains(heading, "Trẻ em mồ côi");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(com.github.mvysny.kaributesting.v10.DownloadKt._download(
                        review.download)))) {
            assertThat(docx.getParagraphs()).extracting(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .contains(heading);
            assertThat(docx.getTables()).anySatisfy(t -> assertThat(t.getText()).contains("Trẻ em mồ côi", "Số trẻ em"));
        }
    }
}
