package vn.congtactreem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.congtactreem.base.ConflictException;
import vn.congtactreem.indicator.Direction;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.IndicatorCatalog;
import vn.congtactreem.indicator.IndicatorForm;
import vn.congtactreem.indicator.IndicatorGroup;
import vn.congtactreem.indicator.Measure;
import vn.congtactreem.org.AgencyTemplateEntry;
import vn.congtactreem.org.AgencyTemplates;
import vn.congtactreem.org.OfficialCodes;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.orgchange.OrgChangeService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserForm;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ConsolidatedReport;
import vn.congtactreem.reporting.ConsolidatedReportStatus;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;

/**
 * Two people editing the same row: the one who saves from the version they read wins, the other is refused with
 * {@code concurrency.error.staleVersion} and nothing of theirs is written; every accepted save moves the version
 * on (the consolidated report's too, whose own values live in another table). Through the services, on
 * PostgreSQL.
 */
@WithMockUser(roles = "ADMIN")
class RowVersionsIntegrationTests extends PostgresIntegrationTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2440);

    @Autowired OrgService orgs;
    @Autowired UserService users;
    @Autowired IndicatorCatalog catalog;
    @Autowired PlanService plans;
    @Autowired ReportingService reporting;
    @Autowired ConsolidationService consolidation;
    @Autowired ManagementService management;
    @Autowired OfficialCodes codes;
    @Autowired OrgChangeService changes;
    @Autowired AgencyTemplates templates;

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    @Test
    void aConsolidatedReportSavedFromAnOlderVersionIsRefusedAndAFreshSaveMovesTheVersionOn() {
        TestOrgs.Commune place = new TestOrgs(orgs, users).commune("phienban");
        CycleFixture fixture = new CycleFixture(plans, reporting, users, orgs, management);
        CycleFixture.OpenPeriod cycle = fixture.periodOpenFor(place, YEAR.getAndIncrement());
        UserAccount police = fixture.user(place.policeReporter());
        reporting.acknowledge(police, cycle.policeReportId());
        reporting.submit(police, cycle.policeReportId(), new UnitReportForm("Đã tuyên truyền tại 6 thôn", "", ""));
        reporting.accept(fixture.user(place.commune().officer()), cycle.policeReportId());
        ProcessJobs.runDue(management);
        UserAccount officer = fixture.user(place.commune().officer());
        ConsolidatedReport read = consolidation.ofPeriod(cycle.periodId(), place.commune().id()).orElseThrow();

        ConsolidatedReport first = consolidation.saveDraft(officer, read.id(), "Bản của người thứ nhất", null,
                read.version());
        assertThat(first.version()).isGreaterThan(read.version());
        assertThat(consolidation.load(read.id()).version()).as("the answer carries the stored version")
                .isEqualTo(first.version());

        assertThatThrownBy(() -> consolidation.saveDraft(officer, read.id(), "Bản của người thứ hai", null,
                read.version()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("concurrency.error.staleVersion"));
        assertThatThrownBy(() -> consolidation.submitForApproval(officer, read.id(), "Bản của người thứ hai", null,
                read.version())).isInstanceOf(ConflictException.class);
        ConsolidatedReport kept = consolidation.load(read.id());
        assertThat(kept.summary()).isEqualTo("Bản của người thứ nhất");
        assertThat(kept.status()).isEqualTo(ConsolidatedReportStatus.DRAFT);

        ConsolidatedReport same = consolidation.saveDraft(officer, read.id(), "Bản của người thứ nhất", null,
                first.version());
        assertThat(same.version()).as("a save without a change still moves the version on")
                .isGreaterThan(first.version());
        ConsolidatedReport submitted = consolidation.submitForApproval(officer, read.id(), "Bản cuối", null,
                same.version());
        assertThat(submitted.status()).isEqualTo(ConsolidatedReportStatus.IN_REVIEW);
        assertThat(submitted.version()).isGreaterThan(same.version());
    }

    @Test
    void aRenameFromAnOlderVersionIsRefusedAndAFreshOneAccepted() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        OrgUnit read = orgs.createArea(null, "Tỉnh Phiên Bản " + suffix, "PROVINCE");

        OrgUnit first = orgs.rename(read.id(), "Tỉnh Thứ Nhất " + suffix, read.version());
        assertThat(first.version()).isGreaterThan(read.version());
        assertThat(orgs.get(read.id()).version()).isEqualTo(first.version());

        assertThatThrownBy(() -> orgs.rename(read.id(), "Tỉnh Thứ Hai " + suffix, read.version()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("concurrency.error.staleVersion"));
        assertThat(orgs.get(read.id()).name()).isEqualTo("Tỉnh Thứ Nhất " + suffix);

        assertThat(orgs.rename(read.id(), "Tỉnh Thứ Hai " + suffix, first.version()).name())
                .isEqualTo("Tỉnh Thứ Hai " + suffix);
        assertThat(orgs.rename(read.id(), "Tỉnh Thứ Ba " + suffix, null).name()).as("no version: no check")
                .isEqualTo("Tỉnh Thứ Ba " + suffix);
    }

    @Test
    void aUserChangedFromAnOlderVersionIsRefusedAndAFreshChangeAccepted() {
        TestOrgs people = new TestOrgs(orgs, users);
        String admin = people.admin();
        UserAccount read = users.findByUsername(admin).orElseThrow();

        UserAccount first = users.update(read.id(), form(read, "Người Thứ Nhất"), read.version());
        assertThat(first.version()).isGreaterThan(read.version());
        assertThat(users.find(read.id()).orElseThrow().version()).isEqualTo(first.version());

        assertThatThrownBy(() -> users.update(read.id(), form(read, "Người Thứ Hai"), read.version()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("concurrency.error.staleVersion"));
        assertThat(users.find(read.id()).orElseThrow().fullName()).isEqualTo("Người Thứ Nhất");

        UserAccount second = users.update(read.id(), form(read, "Người Thứ Hai"), first.version());
        assertThat(second.fullName()).isEqualTo("Người Thứ Hai");
        assertThat(second.version()).isGreaterThan(first.version());
    }

    @Test
    void anIndicatorChangedFromAnOlderVersionIsRefusedAndAFreshChangeAccepted() {
        String code = "V-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        Indicator read = catalog.create(indicator(code, "Tỷ lệ trẻ em được hỗ trợ"));

        Indicator first = catalog.update(read.id(), indicator(code, "Tỷ lệ thứ nhất"), read.version());
        assertThat(first.version()).isGreaterThan(read.version());
        assertThat(catalog.get(read.id()).version()).isEqualTo(first.version());

        assertThatThrownBy(() -> catalog.update(read.id(), indicator(code, "Tỷ lệ thứ hai"), read.version()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("concurrency.error.staleVersion"));
        assertThat(catalog.get(read.id()).name()).isEqualTo("Tỷ lệ thứ nhất");

        assertThat(catalog.update(read.id(), indicator(code, "Tỷ lệ thứ hai"), first.version()).name())
                .isEqualTo("Tỷ lệ thứ hai");
    }

    @Test
    void theAdministratorsOtherChangesFromAnOlderVersionAreRefusedAndWriteNothing() {
        TestOrgs people = new TestOrgs(orgs, users);
        TestOrgs.Area province = people.area(null, "Tỉnh Mã", "PROVINCE", "ma");
        TestOrgs.Area otherProvince = people.area(null, "Tỉnh Khác", "PROVINCE", "khac");
        TestOrgs.Area area = people.area(province.id(), "Xã Mã", "COMMUNE", "xama");
        OrgUnit read = orgs.get(area.id());

        OrgUnit identified = codes.identify(read.id(), null, "XA", read.version());
        assertThat(identified.version()).isGreaterThan(read.version());
        assertThatThrownBy(() -> codes.identify(read.id(), null, null, read.version()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> changes.move(read.id(), otherProvince.id(), read.version()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> orgs.deactivate(read.id(), read.version())).isInstanceOf(ConflictException.class);
        OrgUnit kept = orgs.get(read.id());
        assertThat(kept.adminKindCode()).as("the stale code change wrote nothing").isEqualTo("XA");
        assertThat(kept.parentId()).as("the stale move wrote nothing").isEqualTo(province.id());
        assertThat(kept.active()).isTrue();

        changes.move(read.id(), otherProvince.id(), identified.version());
        OrgUnit moved = orgs.get(read.id());
        assertThat(moved.parentId()).isEqualTo(otherProvince.id());
        assertThat(moved.version()).isGreaterThan(identified.version());

        UserAccount officer = users.findByUsername(area.officer()).orElseThrow();
        UserAccount locked = users.deactivate(officer.id(), officer.version());
        assertThat(locked.active()).isFalse();
        assertThatThrownBy(() -> users.reactivate(officer.id(), officer.version()))
                .isInstanceOf(ConflictException.class);
        assertThat(users.find(officer.id()).orElseThrow().active()).isFalse();
        assertThat(users.reactivate(officer.id(), locked.version()).active()).isTrue();
    }

    @Test
    void theAgencyTemplateSavedFromAListSomeoneChangedSinceIsRefused() {
        List<AgencyTemplateEntry> before = templates.entries();
        try {
            List<AgencyTemplateEntry> first = new ArrayList<>(before);
            first.add(new AgencyTemplateEntry("POLICE", "Công an {xa} (thử phiên bản)"));
            assertThat(templates.replace(before, first)).isEqualTo(first);

            List<AgencyTemplateEntry> second = new ArrayList<>(before);
            second.add(new AgencyTemplateEntry("HEALTH", "Trạm Y tế {xa} (thử phiên bản)"));
            assertThatThrownBy(() -> templates.replace(before, second))
                    .isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("concurrency.error.staleVersion"));
            assertThat(templates.entries()).as("the second editor's list wrote nothing").isEqualTo(first);
        } finally {
            templates.replace(before);
        }
    }

    private static UserForm form(UserAccount user, String fullName) {
        return new UserForm(user.username(), fullName, user.email(), user.orgUnitId(), Set.copyOf(user.roles()),
                null);
    }

    private static IndicatorForm indicator(String code, String name) {
        return new IndicatorForm(code, name, Measure.PERCENT, "Số trẻ em được hỗ trợ", "Số trẻ em cần hỗ trợ",
                "trẻ em", Direction.HIGHER_IS_BETTER, IndicatorGroup.PROTECTION, null, BigDecimal.ZERO, null, null);
    }
}
