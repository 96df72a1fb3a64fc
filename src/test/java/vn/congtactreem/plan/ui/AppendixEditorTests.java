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
    void theOfficerAddsAFormAndAMissingColumnNameIsShownNextToIt() {
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
        _click(editor.save);

        // the first column has no name yet: said next to it, the rest kept on screen, nothing saved
        AppendixFormCard.ColumnLine column = card.columns.get(0);
        assertThat(column.label.isInvalid()).isTrue();
        assertThat(column.label.getErrorMessage()).isEqualTo("Không được để trống");
        assertThat(card.rows.getValue()).startsWith("Trẻ em mồ côi");
        assertThat(appendix.ofPlan(planId)).isEmpty();

        _setValue(column.label, "Số trẻ em");
        _click(card.addColumn);
        _setValue(card.columns.get(1).label, "Ghi chú");
        _setValue(card.columns.get(1).kind, ColumnKind.TEXT);
        _click(editor.save);
        List<AppendixForm> saved = appendix.ofPlan(planId);
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).heading()).isEqualTo("Phụ lục 1: Trẻ em có hoàn cảnh đặc biệt");
        assertThat(saved.get(0).rowMode()).isEqualTo(RowMode.FIXED);
        assertThat(saved.get(0).rows()).extracting(FormRow::label).containsExactly("Trẻ em mồ côi", "Trẻ em khuyết tật");
        assertThat(saved.get(0).columns()).containsExactly(new FormColumn("c1", "Số trẻ em", ColumnKind.NUMBER, true),
                new FormColumn("c2", "Ghi chú", ColumnKind.TEXT, false));

        // saving again changes the same form (its keys kept), never adds a second one
        _setValue(card.rows, "Trẻ em khuyết tật\nTrẻ em mồ côi");
        _click(editor.save);
        List<AppendixForm> again = appendix.ofPlan(planId);
        assertThat(again).hasSize(1);
        assertThat(again.get(0).id()).isEqualTo(saved.get(0).id());
        assertThat(again.get(0).rows()).containsExactly(new FormRow("r2", "Trẻ em khuyết tật"),
                new FormRow("r1", "Trẻ em mồ côi"));

        // removing it removes it
        _click(card.remove);
        _click(editor.save);
        assertThat(appendix.ofPlan(planId)).isEmpty();
    }
}
