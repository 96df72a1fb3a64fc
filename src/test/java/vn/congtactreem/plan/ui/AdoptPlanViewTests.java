package vn.congtactreem.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PeriodStatus;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.PlanStatus;
import vn.congtactreem.plan.ProgrammeAdoption;
import vn.congtactreem.support.CycleCleanUp;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;

/** "Nhập kế hoạch đã ban hành" as a commune's officer fills it in March 2026, for its 2021–2030 programme. */
class AdoptPlanViewTests extends KaribuUiTest {

    @Autowired
    PlanService plans;
    @Autowired
    ProgrammeAdoption adoption;
    @Autowired
    OrgService orgs;
    @Autowired
    UserService users;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;

    private Long planId;

    @AfterEach
    void endTheCycle() {
        if (planId != null) {
            CycleCleanUp.endProcessesOf(runtime, planId);
        }
        ProcessJobs.resetClock();
    }

    @Test
    void theOfficerRegistersTheIssuedProgrammeWithItsNumberDateSignerAndFileEachMistakeShownOnItsBox() {
        TestOrgs test = new TestOrgs(orgs, users);
        TestOrgs.Area province = test.area(null, "Tỉnh Nhập Kế Hoạch", "PROVINCE", "tinhnkh");
        TestOrgs.Area commune = test.area(province.id(), "Xã Nhập Kế Hoạch", "COMMUNE", "xankh");
        ProcessJobs.setClock(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(Deadlines.VIETNAM).toInstant());
        login(commune.officer());
        UI.getCurrent().navigate("plans");
        _click(_get(PlansView.class).adoptPlan);
        AdoptPlanView view = _get(AdoptPlanView.class);

        _setValue(view.title, "Chương trình hành động vì trẻ em giai đoạn 2021–2030");
        _setValue(view.yearFrom, 2021);
        _setValue(view.yearTo, 2030);
        assertThat(view.periods.getValue()).as("every year's periods and the two reviews").hasSize(22);
        _setValue(view.number, "15");
        _click(view.save);
        assertThat(view.number.isInvalid()).isTrue();
        assertThat(view.number.getErrorMessage()).contains("ghi số và ký hiệu", "15/KH-UBND");
        assertThat(view.title.getValue()).as("nothing typed is lost").startsWith("Chương trình");

        _setValue(view.number, "15/KH-UBND");
        _click(view.save);
        assertThat(view.issuedOn.isInvalid()).isTrue();
        assertThat(view.issuedOn.getErrorMessage()).isEqualTo("Nhập ngày ban hành như trên văn bản");
        view.issuedOn.setValue(LocalDate.of(2026, 3, 3));
        _click(view.save);
        assertThat(view.issuedOn.getErrorMessage()).isEqualTo("Ngày ban hành không thể sau hôm nay");
        view.issuedOn.setValue(LocalDate.of(2021, 3, 15));
        _click(view.save);
        assertThat(view.signerName.isInvalid()).isTrue();

        view.receiveFile("KH-15-ky.pdf", "%PDF-1.4 kế hoạch đã ký".getBytes());
        assertThat(view.fileName.getText()).contains("KH-15-ky.pdf");
        _setValue(view.signerName, "Nguyễn Văn Hùng");
        _setValue(view.signerTitle, "CHỦ TỊCH");
        _click(view.save);

        PlanView page = _get(PlanView.class);
        planId = plans.visiblePlans(users.findByUsername(commune.officer()).orElseThrow()).get(0).id();
        Plan plan = plans.load(planId);
        assertThat(plan.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(plan.documentNumber()).isEqualTo("15/KH-UBND");
        assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2021, 3, 15));
        assertThat(plan.signerName()).isEqualTo("Nguyễn Văn Hùng");
        assertThat(adoption.of(planId).orElseThrow().signedFileId()).isNotNull();
        assertThat(plan.periods().stream().filter(p -> p.status() == PeriodStatus.PAST)).hasSize(11);
        // the plan's page offers the past periods' figures to enter, under "Kỳ báo cáo"
        page.tabs.setSelectedIndex(1);
        assertThat(_find(page, Anchor.class).stream().filter(a -> a.getText().equals("Nhập số liệu kỳ đã qua")))
                .hasSize(11);
    }
}
