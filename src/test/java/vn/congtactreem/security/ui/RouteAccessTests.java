package vn.congtactreem.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.security.SystemAuthentication;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.ProcessJobs;

/**
 * Every screen whose route takes an id (read from Vaadin's route registry, so a new one is covered),
 * opened on An Dương's plan, report and consolidated report by an officer of another commune and by a
 * unit below An Dương that the cycle does not concern: each shows the page an id never used shows
 * ("not found or not yours"), with nothing of the cycle on it.
 */
class RouteAccessTests extends KaribuUiTest {

    private static final Pattern ROUTE_PARAMETER = Pattern.compile(":([A-Za-z]+)[^/]*");
    private static final long NEVER_USED = 987_654_321L;

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

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    @Test
    void everyRouteWithAnIdShowsAnotherOrganisationsThingsAsNotFound() {
        TestOrgs.Commune place = testOrgs().commune("duongdan");
        String otherCommunesOfficer = testOrgs().area(place.district().id(), "Xã Bên Cạnh", "COMMUNE", "bencanh")
                .officer();
        CycleFixture fixture = new CycleFixture(plans, reporting, users, orgs, management);
        CycleFixture.OpenPeriod cycle = fixture.periodOpenFor(place, 2411);
        String secret = "Bí mật của màn hình 2411";
        reporting.acknowledge(fixture.user(place.policeReporter()), cycle.policeReportId());
        reporting.submit(fixture.user(place.policeReporter()), cycle.policeReportId(),
                new UnitReportForm(secret, null, null));
        long consolidatedId = SystemAuthentication.runAsSystem(() -> consolidation.aggregate(cycle.periodId(),
                place.commune().id()));
        String title = plans.load(cycle.planId()).title();

        login(place.commune().officer());
        List<String> templates = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate).filter(t -> t.contains(":")).toList();
        assertThat(templates).as("routes taking an id").hasSizeGreaterThanOrEqualTo(6);

        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (String caller : List.of(otherCommunesOfficer, place.healthReporter())) {
            login(caller);
            for (String template : templates) {
                String page = open(fill(template, cycle.planId(), cycle.periodId(), cycle.policeReportId(), consolidatedId));
                String neverUsed = open(fill(template, NEVER_USED, NEVER_USED, NEVER_USED, NEVER_USED));
                tried++;
                if (page.contains(secret) || page.contains(title)) {
                    wrong.add(caller + " " + template + " shows the cycle");
                } else if (!page.replaceAll("\\d+", "#").equals(neverUsed.replaceAll("\\d+", "#"))) {
                    wrong.add(caller + " " + template + " differs from an id never used: " + page + " / " + neverUsed);
                } else if (!page.contains("Không tìm thấy") && !page.contains("Access is denied")) {
                    // a page the caller's role may not open at all is refused before any id is read: the same
                    // answer for every id (checked just above), so it reveals nothing either
                    wrong.add(caller + " " + template + " does not say not found: " + page);
                }
            }
            // the dashboard takes its plan and period as query parameters
            for (Map.Entry<String, Long> parameter : Map.of("plan", cycle.planId(), "period", cycle.periodId())
                    .entrySet()) {
                String page = open("monitoring", parameter.getKey(), parameter.getValue());
                String neverUsed = open("monitoring", parameter.getKey(), NEVER_USED);
                tried++;
                if (page.contains(secret) || page.contains(title)) {
                    wrong.add(caller + " monitoring?" + parameter.getKey() + "= shows the cycle");
                } else if (!page.replaceAll("\\d+", "#").equals(neverUsed.replaceAll("\\d+", "#"))) {
                    wrong.add(caller + " monitoring?" + parameter.getKey() + "= differs from an id never used: "
                            + page + " / " + neverUsed);
                }
            }
        }
        System.out.println("ROUTE MATRIX routes=" + templates + " tried=" + tried + " wrong=" + wrong.size());
        assertThat(wrong).isEmpty();

        login(place.commune().officer());
        assertThat(open("plans/" + cycle.planId())).as("the owner sees it (the check can fail)").contains(title);
    }

    /** The page at {@code route?name=value}, as {@link #open(String)}. */
    private static String open(String route, String name, long value) {
        try {
            UI.getCurrent().navigate(route, com.vaadin.flow.router.QueryParameters.of(name, String.valueOf(value)));
        } catch (RuntimeException e) {
            return "ERROR " + e;
        }
        return shown();
    }

    /** The page's text and the values of its fields, or the error it ended with. */
    private static String open(String location) {
        try {
            UI.getCurrent().navigate(location);
        } catch (RuntimeException e) {
            return "ERROR " + e;
        }
        return shown();
    }

    private static String shown() {
        StringBuilder text = new StringBuilder();
        UI.getCurrent().getChildren().forEach(child -> collectValues(child, text));
        return text.toString().strip();
    }

    private static void collectValues(com.vaadin.flow.component.Component component, StringBuilder text) {
        text.append(' ').append(component.getElement().getText());
        if (component instanceof HasValue<?, ?> field && field.getValue() != null) {
            text.append(' ').append(field.getValue());
        }
        component.getChildren().forEach(child -> collectValues(child, text));
    }

    private static String fill(String template, long planId, long periodId, long reportId, long consolidatedId) {
        Matcher parameter = ROUTE_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String collection = template.substring(0, parameter.start());
            collection = collection.substring(collection.lastIndexOf('/', collection.length() - 2) + 1,
                    collection.length() - 1);
            long id = switch (collection) {
                case "plans" -> planId;
                case "periods" -> periodId;
                case "reports" -> reportId;
                case "consolidated-reports" -> consolidatedId;
                default -> throw new AssertionError("no id known for route " + template
                        + ": name its collection in RouteAccessTests.fill");
            };
            parameter.appendReplacement(path, String.valueOf(id));
        }
        parameter.appendTail(path);
        return path.toString();
    }
}
