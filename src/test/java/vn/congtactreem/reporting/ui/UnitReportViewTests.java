package vn.congtactreem.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.base.NotAllowedException;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReportStatus;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.ProcessJobs;

/** The unit report form as the police reporter and the commune officer use it. */
class UnitReportViewTests extends KaribuUiTest {

    private static int nextYear = 2040;

    @Autowired
    PlanService plans;
    @Autowired
    ReportingService reporting;
    @Autowired
    vn.congtactreem.reporting.ReportFiles reportFiles;
    @Autowired
    UserService users;
    @Autowired
    OrgService orgs;
    @Autowired
    ManagementService management;

    private long reportId;

    /** This test's commune, its police and health station and their people (made by the fixture). */
    private TestOrgs.Commune place;

    @BeforeEach
    void anIssuedPlanWhosePeriodIsOpenForThePolice() {
        place = testOrgs().commune("baocao");
        reportId = new CycleFixture(plans, reporting, users, orgs, management).periodOpenFor(place, nextYear++)
                .policeReportId();
    }

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    @Test
    void theReporterConfirmsTheAssignmentThenAnEmptyReportIsRefusedNextToTheResults() {
        login(place.policeReporter());
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
        assertThat(_find(Span.class, spec -> spec.withClasses("late-badge"))).isEmpty();
    }

    @Test
    void aReportSubmittedAfterTheLastDayCarriesTheLateBadge() {
        reporting.acknowledge(user(place.policeReporter()), reportId);
        LocalDate lastDay = plans.period(reporting.load(reportId).periodId()).unitDue();
        ProcessJobs.setClock(Deadlines.dueInstant(lastDay).plusSeconds(3600));

        login(place.policeReporter());
        UI.getCurrent().navigate("reports/" + reportId);
        UnitReportView view = _get(UnitReportView.class);
        assertThat(_find(Span.class, spec -> spec.withClasses("late-badge"))).isEmpty();
        _setValue(view.results, "Đã tuyên truyền tại 6 thôn");
        _click(view.submit);

        assertThat(reporting.load(reportId).late()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withClasses("late-badge")).getText()).isEqualTo("Nộp muộn");
    }

    @Test
    void theUnitSeesItsPartOfThePlanAndWhatItTypesIsKeptWithoutPressingSave() {
        login(place.policeReporter());
        UI.getCurrent().navigate("reports/" + reportId);
        UnitReportView view = _get(UnitReportView.class);
        assertThat(view.getElement().getTextRecursively())
                .contains("Phòng, chống xâm hại trẻ em", "Tuyên truyền phòng, chống xâm hại trẻ em (chủ trì, Quý II và quý III/", "Xem toàn văn kế hoạch");
        _click(view.acknowledge);

        _setValue(view.results, "Đã tổ chức 02 buổi tọa đàm");
        assertThat(reporting.load(reportId).results()).isEqualTo("Đã tổ chức 02 buổi tọa đàm");
        assertThat(view.autosaveStatus.getText()).startsWith("Đã tự động lưu lúc");
        assertThat(reporting.load(reportId).status()).isNotEqualTo(UnitReportStatus.SUBMITTED);
    }

    @Test
    void theUnitAttachesFilesTheOfficerReadsThemAndAnotherUnitCannot() {
        login(place.policeReporter());
        UI.getCurrent().navigate("reports/" + reportId);
        _click(_get(UnitReportView.class).acknowledge);
        UnitReportView view = _get(UnitReportView.class);
        view.files.receive("chuong-trinh.exe", new byte[] {1, 2, 3});
        assertThat(view.files.error.isVisible()).isTrue();
        assertThat(view.files.error.getText()).contains("chuong-trinh.exe").contains(".pdf");
        view.files.receive("bien-ban-toa-dam.pdf", "%PDF-1.4 biên bản".getBytes());
        assertThat(view.files.error.isVisible()).isFalse();
        assertThat(view.files.list.getElement().getTextRecursively()).contains("bien-ban-toa-dam.pdf");
        _setValue(view.results, "Đã tổ chức 02 buổi tọa đàm");
        _click(view.submit);
        assertThat(reporting.load(reportId).status()).isEqualTo(UnitReportStatus.SUBMITTED);
        assertThat(_get(UnitReportView.class).files.upload).isNull();

        login(place.commune().officer());
        UI.getCurrent().navigate("reports/" + reportId);
        UnitReportView review = _get(UnitReportView.class);
        assertThat(review.files.list.getElement().getTextRecursively()).contains("bien-ban-toa-dam.pdf");
        assertThat(review.files.upload).isNull();
        UserAccount officer = user(place.commune().officer());
        long fileId = reportFiles.of(officer, reportId).get(0).id();
        assertThat(new String(reportFiles.content(officer, reportId, fileId))).isEqualTo("%PDF-1.4 biên bản");
        assertThatThrownBy(() -> reportFiles.content(user(place.healthReporter()), reportId, fileId))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> reportFiles.remove(user(place.policeReporter()), reportId, fileId))
                .hasMessageContaining("report.error.locked");
    }

    @Test
    void theOfficerMustSayWhyBeforeReturningAndCanAccept() {
        UserAccount police = user(place.policeReporter());
        reporting.acknowledge(police, reportId);
        reporting.submit(police, reportId, new vn.congtactreem.reporting.UnitReportForm("Đã tuyên truyền", "", ""));

        login(place.commune().officer());
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
    void readOnlyTextsAreAsTallAsTheyAreAndTheWritersHaveRoom() {
        UserAccount police = user(place.policeReporter());
        reporting.acknowledge(police, reportId);
        login(place.policeReporter());
        UI.getCurrent().navigate("reports/" + reportId);
        assertThat(_get(UnitReportView.class).results.getMinHeight()).isEqualTo("6em");

        reporting.submit(police, reportId, new vn.congtactreem.reporting.UnitReportForm("Đã tuyên truyền", "", ""));
        login(place.commune().officer());
        UI.getCurrent().navigate("reports/" + reportId);
        UnitReportView review = _get(UnitReportView.class);
        assertThat(review.results.isReadOnly()).isTrue();
        assertThat(review.results.getMinHeight()).isNull();
        assertThat(review.comment.isReadOnly()).isFalse();
    }

    @Test
    void theCommunesLeaderReadsASubmittedReportButDoesNotReviewIt() {
        UserAccount police = user(place.policeReporter());
        reporting.acknowledge(police, reportId);
        reporting.submit(police, reportId, new vn.congtactreem.reporting.UnitReportForm("Đã tuyên truyền", "", ""));

        login(place.commune().leader());
        UI.getCurrent().navigate("reports/" + reportId);
        UnitReportView view = _get(UnitReportView.class);
        assertThat(view.results.getValue()).isEqualTo("Đã tuyên truyền");
        assertThat(view.accept.isAttached()).isFalse();
        assertThat(view.returnReport.isAttached()).isFalse();
    }

    @Test
    void anotherUnitsReporterCannotReadIt() {
        login(place.healthReporter());
        UI.getCurrent().navigate("reports/" + reportId);
        assertThat(_get(UnitReportView.class).results.isAttached()).isFalse();
    }

    @Test
    void aFileOverTheLimitIsRefusedInVietnameseNamingTheLimit() {
        reporting.acknowledge(user(place.policeReporter()), reportId);
        login(place.policeReporter());
        UI.getCurrent().navigate("reports/" + reportId);
        var upload = _get(UnitReportView.class).files.upload;
        long megabytes = Math.round(vn.congtactreem.document.AttachmentService.MAX_BYTES / (1024.0 * 1024.0));
        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo("Tệp quá lớn: tối đa " + megabytes + " MB.");
        assertThat(upload.getI18n().getError().getIncorrectFileType()).isEqualTo("Loại tệp không được chấp nhận.");
    }

    @Test
    void aSaveFromAPageReadBeforeAnotherSaveIsRefusedWithANotificationAndKeepsWhatWasTyped() {
        UserAccount police = user(place.policeReporter());
        reporting.acknowledge(police, reportId);
        login(place.policeReporter());
        UI.getCurrent().navigate("reports/" + reportId);
        UnitReportView view = _get(UnitReportView.class);
        // another window (or another reporter of the unit) saves first
        reporting.saveDraft(police, reportId, new vn.congtactreem.reporting.UnitReportForm("Bản của cửa sổ khác",
                null, null));

        _setValue(view.results, "Bản của trang mở trước");
        _click(view.saveDraft);

        assertThat(reporting.load(reportId).results()).as("the newer save stays").isEqualTo("Bản của cửa sổ khác");
        assertThat(view.results.getValue()).as("what was typed stays").isEqualTo("Bản của trang mở trước");
        assertThat(_find(Span.class, spec -> spec.withClasses("form-error"))).extracting(Span::getText)
                .anyMatch(text -> text.contains("vừa lưu thay đổi trước bạn"));
        assertThat(_find(com.vaadin.flow.component.notification.Notification.class))
                .filteredOn(n -> n.hasClassName("conflict-notification") && n.isOpened()).isNotEmpty();

        UI.getCurrent().navigate("reports/" + reportId);
        UnitReportView reloaded = _get(UnitReportView.class);
        _setValue(reloaded.results, "Bản sau khi tải lại");
        _click(reloaded.saveDraft);
        assertThat(reporting.load(reportId).results()).as("saved once the page is reloaded")
                .isEqualTo("Bản sau khi tải lại");
    }

    private UserAccount user(String username) {
        return users.findByUsername(username).orElseThrow();
    }
}
