package vn.congtactreem.plan.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.ui.DetailPage;
import vn.congtactreem.document.AttachmentService;
import vn.congtactreem.document.ui.DocxDownload;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.Assignment;
import vn.congtactreem.plan.CycleEvent;
import vn.congtactreem.plan.CycleTimeline;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.PlanStatus;
import vn.congtactreem.plan.ProgrammeAdoption;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.plan.process.PlanCycleProcess;
import vn.congtactreem.security.AccessScope;
import vn.congtactreem.security.CurrentUser;

/**
 * A plan read-only: its document, its units and periods with who reported what, and its timeline
 * (who did what, when). Reachable by URL, from the inbox and the plans list, with the same scoping
 * as everywhere: an organisation's people and the units it assigns once it is issued.
 */
@Route("plans/:planId")
@PermitAll
public class PlanView extends DetailPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(CycleClock.VIETNAM);

    private final PlanService plans;
    private final WorkItems work;
    private final AccessScope scope;
    private final UserService users;
    private final CurrentUser currentUser;
    private final List<PlanPageSection> sections;
    private final ProgrammeAdoption adoptions;
    private final AttachmentService attachments;

    private static final int ISSUING_POLL_MS = 1000;

    private Registration issuingPoll;
    private int previousPoll = -1;
    Grid<CycleEvent> timeline;
    TabSheet tabs;
    Anchor download;
    Anchor signedFile;

    public PlanView(PlanService plans, WorkItems work, AccessScope scope, UserService users, CurrentUser currentUser,
                    List<PlanPageSection> sections, ProgrammeAdoption adoptions, AttachmentService attachments) {
        super("planId", "plan.notAvailable");
        this.plans = plans;
        this.work = work;
        this.scope = scope;
        this.users = users;
        this.currentUser = currentUser;
        this.sections = sections;
        this.adoptions = adoptions;
        this.attachments = attachments;
        addClassName("plan-page");
    }

    @Override
    protected void show() {
        UserAccount user = currentUser.require();
        Plan plan = plans.get(user, id);
        add(new H2(plan.title()));
        add(line("plan.field.organisation", plan.orgUnitName() + " · " + (plan.multiYear()
                ? plan.yearFrom() + "–" + plan.yearTo() : String.valueOf(plan.yearFrom()))));
        add(line("plan.field.status", getTranslation("plan.status." + plan.status().name())
                + (plan.documentNumber() == null ? "" : " · " + (plan.issuedOn() == null ? plan.documentNumber()
                : getTranslation("lanes.document.numberDated", plan.documentNumber(), DATE.format(plan.issuedOn()))))));
        if (plan.upper() != null && plan.upper().number() != null) {
            add(line("plan.field.upper", plan.upper().number() + (plan.upper().issuer() == null ? ""
                    : " · " + plan.upper().issuer())));
        }
        addAdoption(user, plan);
        addTaskLinks(user, plan);
        watchIssuing(plan);
        download = DocxDownload.anchor(getTranslation("document.download"), () -> plans.docx(plan));
        add(download);
        add(PlanTargetsLink.forPlan(plan));
        tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("plan.tab.document"), new PlanDocumentView(plans.document(plan)));
        tabs.add(getTranslation("plan.tab.periods"), periods(user, plan));
        tabs.add(getTranslation("plan.tab.timeline"), timeline(user));
        add(tabs);
    }

    /**
     * Approved a moment ago, the plan is being issued by the process: "Đang ban hành…", and the page
     * looks again every second until the plan has its number, then shows it as issued (no reload).
     */
    private void watchIssuing(Plan plan) {
        stopWatchingIssuing();
        if (plan.status() != PlanStatus.IN_REVIEW
                || work.isWaiting(PlanCycleProcess.KEY, id, PlanCycleProcess.Element.REVIEW_PLAN)) {
            return;
        }
        Paragraph issuing = new Paragraph(getTranslation("plan.issuing"));
        issuing.addClassName("plan-issuing");
        issuing.getElement().setAttribute("aria-live", "polite");
        add(issuing);
        UI ui = UI.getCurrent();
        previousPoll = ui.getPollInterval();
        ui.setPollInterval(ISSUING_POLL_MS);
        issuingPoll = ui.addPollListener(e -> {
            if (plans.summary(id).status() != PlanStatus.IN_REVIEW) {
                render();
            }
        });
    }

    private void stopWatchingIssuing() {
        if (issuingPoll != null) {
            issuingPoll.remove();
            issuingPoll = null;
            UI.getCurrent().setPollInterval(previousPoll);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (issuingPoll != null) {
            issuingPoll.remove();
            issuingPoll = null;
            event.getUI().setPollInterval(previousPoll);
        }
        super.onDetach(event);
    }

    /**
     * A plan issued before the system: when it was registered, and its signed file for whoever may read the plan
     * (the file's own rule, {@code AdoptedPlanFiles}, is asked again when it is downloaded).
     */
    private void addAdoption(UserAccount user, Plan plan) {
        signedFile = null;
        adoptions.of(plan.id()).ifPresent(adoption -> {
            Paragraph registered = new Paragraph(getTranslation("programme.adopted.line",
                    DATE.format(adoption.adoptedAt().atZone(CycleClock.VIETNAM))));
            registered.addClassName("plan-adopted");
            add(registered);
            Long fileId = adoption.signedFileId();
            if (fileId == null || !attachments.mayRead(user, fileId)) {
                return;
            }
            var file = attachments.describe(fileId);
            signedFile = new Anchor(DownloadHandler.fromInputStream(event -> {
                attachments.readable(currentUser.require(), fileId);
                byte[] content = attachments.content(fileId);
                return new DownloadResponse(new ByteArrayInputStream(content), file.fileName(), file.contentType(),
                        content.length);
            }), AttachmentType.DOWNLOAD, getTranslation("programme.adopted.fileLink", file.fileName(),
                    Math.max(1, file.sizeBytes() / 1024)));
            signedFile.addClassName("plan-signed-file");
            add(signedFile);
        });
    }

    private void addTaskLinks(UserAccount user, Plan plan) {
        HorizontalLayout links = new HorizontalLayout();
        if (scope.actsFor(user, plan.orgUnitId(), Role.OFFICER)) {
            if (work.isWaiting(PlanCycleProcess.KEY, id, PlanCycleProcess.Element.REGISTER_UPPER_PLAN)) {
                links.add(new Anchor("plans/" + id + "/upper-plan", getTranslation("plan.link.registerUpper")));
            }
            if (work.isWaiting(PlanCycleProcess.KEY, id, PlanCycleProcess.Element.DRAFT_PLAN)) {
                links.add(new Anchor("plans/" + id + "/draft", getTranslation("plan.link.draft")));
            }
        }
        if (scope.actsFor(user, plan.orgUnitId(), Role.LEADER)
                && work.isWaiting(PlanCycleProcess.KEY, id, PlanCycleProcess.Element.REVIEW_PLAN)) {
            links.add(new Anchor("plans/" + id + "/review", getTranslation("plan.link.review")));
        }
        if (links.getComponentCount() > 0) {
            links.addClassName("task-links");
            add(links);
        }
    }

    private VerticalLayout periods(UserAccount user, Plan plan) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setWidthFull();
        box.add(new H3(getTranslation("plan.draft.section.assignments")));
        Grid<Assignment> units = new Grid<>();
        units.addColumn(Assignment::orgUnitName).setHeader(getTranslation("plan.assignment.unit")).setFlexGrow(2);
        units.addColumn(a -> a.duties() == null ? "" : a.duties()).setHeader(getTranslation("plan.assignment.duties"))
                .setFlexGrow(3);
        units.addColumn(a -> a.acknowledged() ? getTranslation("plan.assignment.acknowledgedOn",
                WHEN.format(a.acknowledgedAt())) : "").setHeader(getTranslation("plan.assignment.acknowledged"))
                .setFlexGrow(1);
        units.setItems(plan.assignments());
        units.setAllRowsVisible(true);
        box.add(units);
        for (ReportingPeriod period : plan.periods()) {
            Div header = new Div();
            header.addClassName("period-header");
            H3 title = new H3(getTranslation("period.kind." + period.kind().name(), period.year()) + " · "
                    + getTranslation("plan.period.status." + period.status().name()));
            header.add(title, line("plan.period.summary", getTranslation("plan.period.summaryText",
                    DATE.format(period.dataFrom()), DATE.format(period.dataTo()), DATE.format(period.opensOn()),
                    DATE.format(period.unitDue()),
                    period.upperDue() == null ? "—" : DATE.format(period.upperDue()))));
            box.add(header);
            sections.forEach(section -> section.forPeriod(user, plan, period).ifPresent(box::add));
        }
        return box;
    }

    private Grid<CycleEvent> timeline(UserAccount user) {
        timeline = new Grid<>();
        timeline.addColumn(e -> WHEN.format(e.at())).setHeader(getTranslation("plan.timeline.when"))
                .setAutoWidth(true).setFlexGrow(0);
        Map<String, String> names = new HashMap<>();
        Map<Long, String> reportSubjects = new HashMap<>();
        timeline.addColumn(e -> e.onBehalfOf() == null ? actor(e.actor(), names)
                : getTranslation("substitute.timeline.onBehalfOf", actor(e.actor(), names),
                        names.computeIfAbsent("\0" + e.onBehalfOf(), key -> users.findByUsername(e.onBehalfOf())
                                .map(u -> u.fullName()).orElse(e.onBehalfOf())))).setHeader(getTranslation("plan.timeline.who")).setFlexGrow(1);
        timeline.addColumn(e -> subject(e, reportSubjects)).setHeader(getTranslation("plan.timeline.subject")).setFlexGrow(1);
        timeline.addColumn(e -> getTranslation(e.action().messageKey())).setHeader(
                getTranslation("plan.timeline.what")).setFlexGrow(2);
        timeline.addColumn(e -> e.comment() == null ? "" : e.comment())
                .setHeader(getTranslation("plan.timeline.comment")).setFlexGrow(2);
        timeline.setItems(plans.timeline(user, id));
        timeline.setAllRowsVisible(true);
        timeline.addClassName("plan-timeline");
        return timeline;
    }

    /** What a line is about (e.g. the unit of a report): asked once per report, not once per line. */
    private String subject(CycleEvent event, Map<Long, String> reportSubjects) {
        if (event.unitReportId() == null) {
            return "";
        }
        return reportSubjects.computeIfAbsent(event.unitReportId(), id -> sections.stream()
                .map(section -> section.subjectOf(event)).flatMap(java.util.Optional::stream)
                .findFirst().orElse(""));
    }

    /** Who did it, by name: each user looked up once. */
    private String actor(String username, Map<String, String> names) {
        if (username == null || CycleTimeline.SYSTEM.equals(username)) {
            return getTranslation("plan.timeline.system");
        }
        return names.computeIfAbsent(username, name -> users.findByUsername(name)
                .map(u -> u.fullName() + " (" + name + ")").orElse(name));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.pageTitle");
    }
}
