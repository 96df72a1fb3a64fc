package vn.congtactreem.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congtactreem.base.NotAllowedException;
import vn.congtactreem.document.Texts;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.reporting.ConsolidatedReportStatus;
import vn.congtactreem.security.AccessScope;
import vn.congtactreem.support.ApiClient;
import vn.congtactreem.support.WebIntegrationTest;

/**
 * The dashboard's read side on PostgreSQL, through the service and the API: a province with two
 * communes running their own cycles ({@link MonitoringFixture}).
 */
class MonitoringIntegrationTests extends WebIntegrationTest {

    @Autowired
    MonitoringService monitoring;
    @Autowired
    MonitoringReminders reminders;
    @Autowired
    MonitoringWorkbook workbook;
    @Autowired
    OrgService orgs;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    org.springframework.context.MessageSource messages;

    private MonitoringFixture f;

    @BeforeEach
    void province() {
        f = new MonitoringFixture(orgs, users, jdbc).build();
    }

    @Test
    void provinceTilesCountEachCommuneOnceByItsConsolidatedReport() {
        Tally tally = monitoring.overview(user(f.provinceManager), f.provincePeriod).tally();

        // the province's police, commune 1 (its consolidated report, late), commune 2 (missing)
        assertThat(tally).isEqualTo(new Tally(3, 2, 1, 1, 1, 0, 1, 0));
        assertThat(tally.reportingRateText()).isEqualTo("2/3 (66,7 %)");
        assertThat(tally.onTimeRateText()).isEqualTo("1/3 (33,3 %)");
    }

    @Test
    void drillDownFiguresEqualEachSubAreasOwnPeriodAndTheParentCountsEachOnce() {
        UserAccount manager = user(f.provinceManager);
        List<SubAreaRow> rows = monitoring.subAreas(manager, f.provincePeriod);

        assertThat(rows).extracting(SubAreaRow::unitId).containsExactlyInAnyOrder(f.commune1, f.commune2);
        SubAreaRow one = rows.stream().filter(r -> r.unitId() == f.commune1).findFirst().orElseThrow();
        SubAreaRow two = rows.stream().filter(r -> r.unitId() == f.commune2).findFirst().orElseThrow();
        assertThat(one.upstairs()).isEqualTo(ReportStanding.CellStatus.LATE);
        assertThat(one.consolidation()).isEqualTo(ConsolidatedReportStatus.SUBMITTED);
        assertThat(one.own()).isEqualTo(new Tally(2, 1, 1, 0, 1, 0, 1, 0));
        assertThat(two.upstairs()).isEqualTo(ReportStanding.CellStatus.MISSING);
        assertThat(two.consolidation()).isNull();
        assertThat(two.own()).isEqualTo(new Tally(3, 2, 1, 1, 1, 0, 0, 0));
        for (SubAreaRow row : rows) {
            assertThat(monitoring.overview(manager, row.ownPeriodId()).tally()).isEqualTo(row.own());
        }
        Tally parent = monitoring.overview(manager, f.provincePeriod).tally();
        long ownUnits = monitoring.units(manager, f.provincePeriod).stream().filter(u -> !u.subArea()).count();
        assertThat(parent.expected()).isEqualTo(ownUnits + rows.size());
        assertThat(monitoring.breadcrumb(manager, f.commune1Period)).extracting(Crumb::periodId)
                .containsExactly(f.provincePeriod, f.commune1Period);
    }

    @Test
    void theCountsReadTheSameReportsAsTheListFoldedIntoAlikeRows(
            @Autowired vn.congtactreem.monitoring.internal.MonitoringQueries queries) {
        List<Long> periods = List.of(f.provincePeriod, f.commune1Period, f.commune2Period);

        var counted = queries.expectedOf(periods);
        var listed = queries.reportsOf(periods);

        for (long period : periods) {
            List<ExpectedReport> each = listed.stream().filter(r -> r.periodId() == period)
                    .map(r -> new ExpectedReport(0, r.expected().openedAt(), r.expected().deactivatedAt(),
                            r.expected().lastDay(), r.expected().firstSubmittedAt(), r.expected().status()))
                    .toList();
            assertThat(each).isNotEmpty();
            assertThat(counted.get(period)).containsExactlyInAnyOrderElementsOf(each);
        }
    }

    @Test
    void theMatrixHasOneRowPerUnitWithStatusAndDate() {
        Matrix matrix = monitoring.matrix(user(f.provinceManager), f.provincePlan);

        assertThat(matrix.periods()).extracting(PeriodChoice::periodId).containsExactly(f.provincePeriod);
        assertThat(matrix.rows()).hasSize(3);
        MatrixRow commune1 = matrix.rows().stream().filter(r -> r.unitId() == f.commune1).findFirst().orElseThrow();
        assertThat(commune1.subArea()).isTrue();
        assertThat(commune1.cells().get(0).status()).isEqualTo(ReportStanding.CellStatus.LATE);
        assertThat(commune1.cells().get(0).date()).isEqualTo(java.time.LocalDate.of(MonitoringFixture.YEAR, 5, 15));
    }

    @Test
    void aCommuneManagerSeesOnlyItsCommune() {
        UserAccount manager = user(f.commune1Manager);

        assertThat(monitoring.plans(manager, MonitoringFixture.YEAR)).extracting(PlanChoice::planId)
                .containsExactly(f.commune1Plan);
        assertThat(monitoring.overview(manager, f.commune1Period).tally().expected()).isEqualTo(2);
        assertThat(monitoring.breadcrumb(manager, f.commune1Period)).extracting(Crumb::periodId)
                .containsExactly(f.commune1Period);
        assertThatThrownBy(() -> monitoring.overview(manager, f.provincePeriod))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> monitoring.subAreas(manager, f.commune2Period))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> monitoring.matrix(manager, f.provincePlan))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aReporterIsRefusedAndAnOfficerMonitorsOnlyTheirOwnPlans() {
        assertThatThrownBy(() -> monitoring.overview(user(f.commune1Reporter), f.commune1Period))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> monitoring.plans(user(f.commune1Reporter), MonitoringFixture.YEAR))
                .isInstanceOf(NotAllowedException.class);
        assertThat(monitoring.plans(user(f.commune1Officer), MonitoringFixture.YEAR)).extracting(PlanChoice::planId)
                .containsExactly(f.commune1Plan);
        assertThat(monitoring.plans(user(f.provinceManager), MonitoringFixture.YEAR)).first()
                .extracting(PlanChoice::planId).isEqualTo(f.provincePlan);
    }

    @Test
    void theApiGivesTheSameFiguresAndRefusesAnotherProvinceAndAReporter() {
        ApiClient api = new ApiClient(port);
        String tiles = "/api/v1/monitoring/periods/" + f.provincePeriod + "/tiles";

        var body = api.get(f.provinceManager, tiles).expect(200).body();
        assertThat(body.at("/tally/expected").asInt()).isEqualTo(3);
        assertThat(body.at("/tally/reportingRate").decimalValue()).isEqualByComparingTo("66.7");
        assertThat(api.get(f.provinceManager, "/api/v1/monitoring/periods/" + f.provincePeriod + "/sub-areas")
                .expect(200).body()).hasSize(2);
        assertThat(api.get(f.provinceManager, "/api/v1/monitoring/plans/" + f.provincePlan + "/matrix")
                .expect(200).body().at("/rows")).hasSize(3);
        api.get(f.otherManager, tiles).expect(404);
        api.get(f.otherManager, "/api/v1/monitoring/plans/" + f.provincePlan + "/matrix").expect(404);
        api.get(f.commune1Reporter, "/api/v1/monitoring/periods/" + f.commune1Period + "/tiles").expect(403);
        api.get(f.commune1Manager, tiles).expect(404);
    }

    @Test
    void reminderGoesOnceADayToTheUnitsStillAwaitedAndIsOnTheTimeline() {
        UserAccount manager = user(f.provinceManager);

        MonitoringReminders.Sent first = transactions.execute(s -> reminders.remindAwaited(manager, f.provincePeriod));
        MonitoringReminders.Sent again = transactions.execute(s -> reminders.remindAwaited(manager, f.provincePeriod));

        assertThat(first.reminded()).containsExactly(f.commune2Name);
        assertThat(again.reminded()).isEmpty();
        assertThat(again.skipped()).isEqualTo(1);
        long officer = user(f.commune2Officer).id();
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ? and kind = 'REMINDER_DUE'",
                Long.class, officer)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from cycle_event where plan_id = ? and action = ?", Long.class,
                f.provincePlan, MonitoringReminders.TIMELINE_ACTION.name())).isEqualTo(1);
    }

    @Test
    void targetsShowReportingsRolledUpFigureAndStatusOnceConsolidatedAndNoDataBefore() {
        String code = f.targetInBothCommunes();
        UserAccount manager = user(f.provinceManager);

        List<TargetRow> consolidated = monitoring.targets(manager, f.commune1Period);
        List<TargetRow> notYet = monitoring.targets(manager, f.commune2Period);

        assertThat(consolidated).singleElement().satisfies(row -> {
            assertThat(row.code()).isEqualTo(code);
            assertThat(row.requirement()).isEqualTo("≥ 90 %");
            assertThat(row.figure()).isEqualTo("95 % (19/20)");
            assertThat(row.lastYear()).isEqualTo("—");
            assertThat(row.status()).isEqualTo(vn.congtactreem.indicator.TargetStatus.ACHIEVED);
        });
        assertThat(notYet).singleElement().satisfies(row -> {
            assertThat(row.figure()).isEqualTo("—");
            assertThat(row.status()).isEqualTo(vn.congtactreem.indicator.TargetStatus.NO_DATA);
        });
    }

    @Test
    void aPageIsAFixedNumberOfQueriesWhateverTheNumberOfUnitsAndSubAreas(
            @Autowired org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbcTemplate,
            @Autowired AccessScope scope, @Autowired vn.congtactreem.base.CycleClock clock) {
        int[] statements = {0};
        var counting = new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(
                jdbcTemplate.getJdbcTemplate()) {
            @Override
            public <T> List<T> query(String sql, java.util.Map<String, ?> params,
                                     org.springframework.jdbc.core.RowMapper<T> mapper) {
                statements[0]++;
                return super.query(sql, params, mapper);
            }

            @Override
            public <T> List<T> queryForList(String sql, java.util.Map<String, ?> params, Class<T> type) {
                statements[0]++;
                return super.queryForList(sql, params, type);
            }
        };
        MonitoringService counted = new MonitoringService(new vn.congtactreem.monitoring.internal.MonitoringQueries(
                counting), scope, clock, null, null);
        UserAccount manager = user(f.provinceManager);

        int[] perPage = new int[2];
        long[] periods = {f.commune1Period, f.provincePeriod};
        long[] plans = {f.commune1Plan, f.provincePlan};
        for (int i = 0; i < 2; i++) {
            statements[0] = 0;
            counted.overview(manager, periods[i]);
            counted.matrix(manager, plans[i]);
            counted.subAreas(manager, periods[i]);
            perPage[i] = statements[0];
        }

        // a commune of 2 units and no sub-area: 8; a province with its police and two communes of 2 and 3
        // units: one more (the sub-areas' own reports, read together), never one per unit or sub-area
        assertThat(perPage).containsExactly(8, 9);
    }

    @Test
    void theWorkbookHasTheMatrixTheSubAreasAndTheTargets() throws Exception {
        var file = workbook.of(user(f.provinceManager), f.provincePeriod,
                Texts.of(messages, java.util.Locale.forLanguageTag("vi")));

        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(file.content()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Đơn vị theo kỳ");
            assertThat(texts(book.getSheetAt(0))).contains("Muộn · 15/05/2023", "Thiếu · 13/05/2023");
            assertThat(texts(book.getSheetAt(1))).contains(f.commune2Name, "2/3 (66,7 %)", "Chưa lập");
        }
        assertThat(file.fileName()).startsWith("Theo dõi tiến độ Tỉnh Theo Dõi");
    }

    private static List<String> texts(org.apache.poi.ss.usermodel.Sheet sheet) {
        List<String> texts = new java.util.ArrayList<>();
        var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
        sheet.forEach(row -> row.forEach(cell -> texts.add(formatter.formatCellValue(cell))));
        return texts;
    }

    private UserAccount user(String username) {
        return users.findByUsername(username).orElseThrow();
    }
}
