package vn.congtactreem.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ConsolidatedReport;
import vn.congtactreem.reporting.ConsolidatedReportStatus;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.ProcessJobs;

/** The consolidated report as the commune officer writes it and the leader decides on it. */
class ConsolidatedReportViewTests extends KaribuUiTest {

    private static int nextYear = 2060;

    @Autowired
    PlanService plans;
    @Autowired
    ReportingService reporting;
    @Autowired
    ConsolidationService consolidation;
    @Autowired
    UserService users;
    @Autowired
    OrgService orgs;
    @Autowired
    ManagementService management;

    private CycleFixture fixture;
    private CycleFixture.OpenPeriod cycle;
    private long consolidatedId;

    /** This test's commune, its police and health station and their people (made by the fixture). */
    private TestOrgs.Commune place;

    @BeforeEach
    void theOnlyUnitsPeriodIsOpen() {
        place = testOrgs().commune("tonghop");
        fixture = new CycleFixture(plans, reporting, users, orgs, management);
        cycle = fixture.periodOpenFor(place, nextYear++);
        reporting.acknowledge(fixture.user(place.policeReporter()), cycle.policeReportId());
    }

    /** The police report is accepted, so the consolidation starts with nobody missing. */
    private void theOnlyUnitReportIsAccepted() {
        submitAndAcceptThePoliceReport();
        ProcessJobs.runDue(management);
        consolidatedId = consolidation.ofPeriod(cycle.periodId(), place.commune().id()).orElseThrow().id();
    }

    private void submitAndAcceptThePoliceReport() {
        reporting.submit(fixture.user(place.policeReporter()), cycle.policeReportId(),
                new UnitReportForm("Đã tuyên truyền tại 6 thôn", "", ""));
        reporting.accept(fixture.user(place.commune().officer()), cycle.policeReportId());
    }

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    @Test
    void theOfficerFindsADraftFromTheUnitReportsAndAnEmptyOneIsRefused() {
        theOnlyUnitReportIsAccepted();
        login(place.commune().officer());
        UI.getCurrent().navigate("consolidated-reports/" + consolidatedId);
        ConsolidatedReportView view = _get(ConsolidatedReportView.class);
        assertThat(view.summary.getValue()).contains(place.policeName()).contains("Đã tuyên truyền tại 6 thôn");

        _setValue(view.summary, "");
        _click(view.submit);
        assertThat(view.summary.isInvalid()).isTrue();
        assertThat(view.summary.getErrorMessage()).isEqualTo("Nhập nội dung báo cáo tổng hợp.");

        _setValue(view.summary, "Báo cáo 6 tháng của xã An Dương");
        assertThat(consolidation.load(consolidatedId).summary()).isEqualTo("Báo cáo 6 tháng của xã An Dương");
        assertThat(view.autosaveStatus.getText()).startsWith("Đã tự động lưu lúc");
        _click(view.submit);
        assertThat(consolidation.load(consolidatedId).status()).isEqualTo(ConsolidatedReportStatus.IN_REVIEW);
    }

    @Test
    void aSaveFromAPageOpenedBeforeAnotherSaveIsRefusedAndTheTextStays() {
        theOnlyUnitReportIsAccepted();
        login(place.commune().officer());
        UI.getCurrent().navigate("consolidated-reports/" + consolidatedId);
        ConsolidatedReportView view = _get(ConsolidatedReportView.class);
        // another window of the officer saves first
        consolidation.saveDraft(users.findByUsername(place.commune().officer()).orElseThrow(), consolidatedId,
                "Bản của cửa sổ khác");

        _setValue(view.summary, "Bản của trang mở trước");
        _click(view.saveDraft);

        assertThat(consolidation.load(consolidatedId).summary()).as("the newer save stays")
                .isEqualTo("Bản của cửa sổ khác");
        assertThat(view.summary.getValue()).as("what was typed stays").isEqualTo("Bản của trang mở trước");
        assertThat(_find(Span.class, spec -> spec.withClasses("form-error"))).extracting(Span::getText)
                .anyMatch(text -> text.contains("vừa lưu thay đổi trước bạn"));
        assertThat(_find(com.vaadin.flow.component.notification.Notification.class))
                .filteredOn(n -> n.hasClassName("conflict-notification") && n.isOpened()).isNotEmpty();

        UI.getCurrent().navigate("consolidated-reports/" + consolidatedId);
        ConsolidatedReportView reloaded = _get(ConsolidatedReportView.class);
        _setValue(reloaded.summary, "Bản sau khi tải lại");
        _click(reloaded.saveDraft);
        _setValue(reloaded.summary, "Bản lưu lần hai");
        _click(reloaded.saveDraft);
        assertThat(consolidation.load(consolidatedId).summary()).as("saved again and again once reloaded")
                .isEqualTo("Bản lưu lần hai");
    }

    @Test
    void theLeaderMustSayWhyBeforeReturningAndCanApprove() throws IOException {
        theOnlyUnitReportIsAccepted();
        consolidation.submitForApproval(users.findByUsername(place.commune().officer()).orElseThrow(), consolidatedId,
                "Báo cáo 6 tháng của xã An Dương");
        login(place.commune().leader());
        UI.getCurrent().navigate("consolidated-reports/" + consolidatedId);
        ConsolidatedReportView view = _get(ConsolidatedReportView.class);
        assertThat(view.summary.isReadOnly()).isTrue();

        _click(view.returnReport);
        assertThat(view.comment.isInvalid()).isTrue();
        assertThat(consolidation.load(consolidatedId).status()).isEqualTo(ConsolidatedReportStatus.IN_REVIEW);

        _click(view.approve);
        ConsolidatedReport approved = consolidation.load(consolidatedId);
        assertThat(approved.status()).isEqualTo(ConsolidatedReportStatus.APPROVED);
        assertThat(approved.documentNumber()).as("numbered when approved").matches("\\d+/BC-UBND");
        assertThat(approved.issuedOn()).isEqualTo(LocalDate.of(cycle.year(), 5, 2));

        UI.getCurrent().navigate("consolidated-reports/" + consolidatedId);
        ConsolidatedReportView page = _get(ConsolidatedReportView.class);
        assertThat(page.download.getText()).isEqualTo("Tải văn bản (DOCX)");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(DownloadKt._download(page.download)))) {
            assertThat(docx.getTables().get(0).getRow(1).getCell(0).getText())
                    .isEqualTo("Số: " + approved.documentNumber());
            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText).contains("BÁO CÁO",
                    "Kết quả thực hiện công tác trẻ em 6 tháng đầu năm " + cycle.year());
        }
    }

    @Test
    void eachSeesOnlyTheirOwnStepTheLeaderNotTheWritingTheOfficerNotTheApproval() {
        theOnlyUnitReportIsAccepted();
        login(place.commune().leader());
        UI.getCurrent().navigate("consolidated-reports/" + consolidatedId);
        ConsolidatedReportView leaderWhileWriting = _get(ConsolidatedReportView.class);
        assertThat(leaderWhileWriting.summary.isReadOnly()).isTrue();
        assertThat(leaderWhileWriting.submit.isAttached()).isFalse();
        assertThat(leaderWhileWriting.approve.isAttached()).isFalse();

        consolidation.submitForApproval(fixture.user(place.commune().officer()), consolidatedId, "Báo cáo 6 tháng");
        login(place.commune().officer());
        UI.getCurrent().navigate("consolidated-reports/" + consolidatedId);
        ConsolidatedReportView officerWhileApproving = _get(ConsolidatedReportView.class);
        assertThat(officerWhileApproving.summary.isReadOnly()).isTrue();
        assertThat(officerWhileApproving.approve.isAttached()).isFalse();
        assertThat(officerWhileApproving.returnReport.isAttached()).isFalse();
        assertThat(officerWhileApproving.comment.isAttached()).isFalse();
    }

    @Test
    void aUnitMissingAtTheCutOffButAcceptedSinceIsSaidToBeSo() {
        LocalDate lastDay = plans.period(cycle.periodId()).unitDue();
        ProcessJobs.setClock(Deadlines.dueInstant(lastDay).plusSeconds(3600));
        ProcessJobs.runDue(management); // the cut-off: the consolidation starts without the police
        consolidatedId = consolidation.ofPeriod(cycle.periodId(), place.commune().id()).orElseThrow().id();

        login(place.commune().officer());
        UI.getCurrent().navigate("consolidated-reports/" + consolidatedId);
        assertThat(_get(ListItem.class).getText()).isEqualTo(place.policeName());
        assertThat(_find(Span.class, spec -> spec.withClasses("accepted-since"))).isEmpty();

        submitAndAcceptThePoliceReport(); // late
        UI.getCurrent().navigate("consolidated-reports/" + consolidatedId);
        assertThat(consolidation.load(consolidatedId).missingUnits()).containsExactly(place.policeName());
        assertThat(_get(Span.class, spec -> spec.withClasses("accepted-since")).getText())
                .isEqualTo("— đã nộp và được chấp nhận sau khi tổng hợp, chưa có trong dự thảo tự động");
        ConsolidatedReportView view = _get(ConsolidatedReportView.class);
        assertThat(_get(Div.class, spec -> spec.withClasses("stale-figures")).getElement().getTextRecursively())
                .startsWith("1 báo cáo mới được chấp nhận — cập nhật số liệu?");
        assertThat(view.refresh.isAttached()).isTrue();

        _click(view.refresh);
        assertThat(consolidation.load(consolidatedId).missingUnits()).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses("stale-figures"))).isEmpty();
        assertThat(_find(ListItem.class)).isEmpty();
        assertThat(view.summary.getValue()).contains(place.policeName());
    }

    @Test
    void theLeaderCannotApproveFiguresMissingANewlyAcceptedReportWithoutSeeingIt() {
        LocalDate lastDay = plans.period(cycle.periodId()).unitDue();
        ProcessJobs.setClock(Deadlines.dueInstant(lastDay).plusSeconds(3600));
        ProcessJobs.runDue(management);
        consolidatedId = consolidation.ofPeriod(cycle.periodId(), place.commune().id()).orElseThrow().id();
        consolidation.submitForApproval(fixture.user(place.commune().officer()), consolidatedId, "Báo cáo 6 tháng");
        submitAndAcceptThePoliceReport();

        login(place.commune().leader());
        UI.getCurrent().navigate("consolidated-reports/" + consolidatedId);
        ConsolidatedReportView view = _get(ConsolidatedReportView.class);
        assertThat(_get(Div.class, spec -> spec.withClasses("stale-figures")).getElement().getTextRecursively())
                .startsWith("1 báo cáo mới được chấp nhận");
        assertThat(view.refresh.isAttached()).isFalse();
        _click(view.approve);
        assertThat(view.staleSeen.isInvalid()).isTrue();
        assertThat(view.staleSeen.getErrorMessage()).startsWith("1 báo cáo mới được chấp nhận chưa có trong số liệu");
        assertThat(consolidation.load(consolidatedId).status()).isEqualTo(ConsolidatedReportStatus.IN_REVIEW);

        _setValue(view.staleSeen, true);
        _click(view.approve);
        assertThat(consolidation.load(consolidatedId).status()).isEqualTo(ConsolidatedReportStatus.APPROVED);
    }
}
