package vn.congtactreem.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.AssignmentForm;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PeriodForm;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.PlanDraft;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.UpperPlanForm;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReportStatus;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.ProcessJobs;

/** The unit report form as the police reporter and the commune officer use it. */
class UnitReportViewTests extends KaribuUiTest {

    private static int nextYear = 2040;

    @Autowired
    PlanService plans;
    @Autowired
    ReportingService reporting;
    @Autowired
    UserService users;
    @Autowired
    OrgService orgs;
    @Autowired
    ManagementService management;

    private long reportId;

    @BeforeEach
    void anIssuedPlanWhosePeriodIsOpenForThePolice() {
        int year = nextYear++;
        ProcessJobs.setClock(LocalDateTime.of(year, 3, 1, 9, 0).atZone(Deadlines.VIETNAM).toInstant());
        UserAccount officer = user("canbo.anduong");
        long anDuong = org("Xã An Dương");
        long planId = plans.startCycle(officer, anDuong, "Kế hoạch thử năm " + year, year, year).id();
        plans.registerUpperPlan(officer, planId, new UpperPlanForm("9/KH-UBND", LocalDate.of(year, 2, 1),
                "UBND huyện Tân Yên", "Kế hoạch năm " + year, null, List.of(new PeriodForm(year, PeriodKind.SIX_MONTHS,
                LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 6, 14), LocalDate.of(year, 5, 1),
                LocalDate.of(year, 5, 18), LocalDate.of(year, 5, 24), "7,1"))));
        plans.saveDraft(officer, planId, new PlanDraft("Kế hoạch thử năm " + year, "Bảo vệ trẻ em.", null, null, null,
                null, null, "Lục Xuân Đức", "PHÓ CHỦ TỊCH", null,
                List.of(new AssignmentForm(org("Công an xã An Dương"), "Phòng, chống xâm hại trẻ em"))));
        plans.submitForApproval(officer, planId);
        plans.approve(user("lanhdao.anduong"), planId);
        ProcessJobs.runDue(management);
        ProcessJobs.setClock(LocalDateTime.of(year, 5, 2, 9, 0).atZone(Deadlines.VIETNAM).toInstant());
        ProcessJobs.runDue(management);
        long periodId = plans.load(planId).periods().get(0).id();
        reportId = reporting.reportOf(periodId, org("Công an xã An Dương")).orElseThrow().id();
    }

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    @Test
    void theReporterConfirmsTheAssignmentThenAnEmptyReportIsRefusedNextToTheResults() {
        login("congan.anduong");
        UI.getCurrent().navigate("reports/" + reportId);
        UnitReportView view = _get(UnitReportView.class);
        assertThat(view.acknowledge.isAttached()).isTrue();
        _click(view.acknowledge);

        assertThat(view.results.isReadOnly()).isFalse();
        _setValue(view.difficulties, "Địa bàn rộng");
        _click(view.submit);
        assertThat(view.results.isInvalid()).isTrue();
        assertThat(view.results.getErrorMessage()).isEqualTo("Nhập kết quả đạt được trước khi gửi.");
        assertThat(view.difficulties.getValue()).isEqualTo("Địa bàn rộng");
        assertThat(reporting.load(reportId).status()).isNotEqualTo(UnitReportStatus.SUBMITTED);

        _setValue(view.results, "Không phát sinh vụ việc xâm hại trẻ em mới");
        _click(view.submit);
        assertThat(reporting.load(reportId).status()).isEqualTo(UnitReportStatus.SUBMITTED);
        assertThat(reporting.load(reportId).difficulties()).isEqualTo("Địa bàn rộng");
        assertThat(view.results.isReadOnly()).isTrue();
    }

    @Test
    void theOfficerMustSayWhyBeforeReturningAndCanAccept() {
        UserAccount police = user("congan.anduong");
        reporting.acknowledge(police, reportId);
        reporting.submit(police, reportId, new vn.congtactreem.reporting.UnitReportForm("Đã tuyên truyền", "", ""));

        login("canbo.anduong");
        UI.getCurrent().navigate("reports/" + reportId);
        UnitReportView view = _get(UnitReportView.class);
        _click(view.returnReport);
        assertThat(view.comment.isInvalid()).isTrue();
        assertThat(view.comment.getErrorMessage()).isEqualTo("Ghi rõ lý do trả lại để đơn vị sửa.");
        assertThat(reporting.load(reportId).status()).isEqualTo(UnitReportStatus.SUBMITTED);

        _click(view.accept);
        assertThat(reporting.load(reportId).status()).isEqualTo(UnitReportStatus.ACCEPTED);
    }

    @Test
    void anotherUnitsReporterCannotReadIt() {
        login("yte.anduong");
        UI.getCurrent().navigate("reports/" + reportId);
        assertThat(_get(UnitReportView.class).results.isAttached()).isFalse();
    }

    private UserAccount user(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private long org(String name) {
        return orgs.all().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
    }
}
