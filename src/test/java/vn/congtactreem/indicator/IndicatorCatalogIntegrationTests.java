package vn.congtactreem.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.TestOrgs;

/**
 * The catalogue as V8 delivers it on PostgreSQL, and the administrator's commands on it. The database
 * is shared by the whole run: every test adds indicators under its own code.
 */
@WithMockUser(roles = "ADMIN")
class IndicatorCatalogIntegrationTests extends PostgresIntegrationTest {

    @Autowired
    IndicatorCatalog catalog;

    @Autowired
    OrgService orgs;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    // the catalogue as delivered

    @Test
    void everyTargetOfTheSeedPlansHasItsIndicatorWithTheRightMeasureAndDirection() {
        for (SeedPlanTargets.Target target : SeedPlanTargets.ALL) {
            Indicator indicator = catalog.byCode(target.code()).orElseThrow(
                    () -> new AssertionError(target.plan() + ": no " + target.code() + " for " + target.wording()));
            assertThat(indicator.measure()).as(target.plan() + ", " + target.wording()).isEqualTo(target.measure());
            assertThat(indicator.direction()).as(target.plan() + ", " + target.wording())
                    .isEqualTo(target.direction());
            assertThat(indicator.active()).as(target.code()).isTrue();
        }
    }

    @Test
    void theChildFriendlyCommuneOrWardIsOneYesNoIndicator() {
        assertThat(seeded()).filteredOn(i -> i.name().contains("phù hợp với trẻ em"))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.code()).isEqualTo("CH-03");
                    assertThat(i.measure()).isEqualTo(Measure.YES_NO);
                });
    }

    @Test
    void theSeedCoversEveryGroupOfTheStatisticsSetWithCodesOfItsScheme() {
        List<Indicator> seeded = seeded();
        assertThat(seeded).hasSizeBetween(35, 60);
        assertThat(seeded).extracting(Indicator::group).contains(IndicatorGroup.values());
        assertThat(seeded).allSatisfy(i -> assertThat(i.code().substring(0, 2)).as(i.code())
                .isEqualTo(prefixOf(i.group())));
        // the catalogue reads group by group
        assertThat(seeded).extracting(i -> i.group().ordinal()).isSorted();
        assertThat(seeded).extracting(Indicator::source).doesNotContainNull()
                .allMatch(source -> source.contains("QĐ 23/QĐ-TTg") || source.contains("TT 13/2021/TT-BLĐTBXH")
                        || source.equals("Kế hoạch xã/phường") || source.startsWith("Đề án ")
                        || source.startsWith("Chương trình "));
    }

    @Test
    void codesAreUniqueWhateverTheirCase() {
        List<String> codes = catalog.all().stream().map(i -> i.code().toUpperCase(Locale.ROOT)).toList();
        assertThat(codes).doesNotHaveDuplicates();
    }

    @Test
    void everyRateSaysWhatIsCountedAboveAndBelowTheLineAndEveryCountWhatItCounts() {
        assertThat(seeded()).allSatisfy(i -> {
            switch (i.measure()) {
                case PERCENT, PER_THOUSAND, PER_100K -> {
                    assertThat(i.numerator()).as(i.code()).isNotBlank();
                    assertThat(i.denominator()).as(i.code()).isNotBlank();
                }
                case COUNT -> {
                    assertThat(i.numerator()).as(i.code()).isNotBlank();
                    assertThat(i.denominator()).as(i.code()).isNull();
                }
                case YES_NO -> assertThat(i.numerator()).as(i.code()).isNull();
            }
            assertThat(i.countUnit()).as(i.code()).isNotBlank();
            if (i.plausibleMin() != null && i.plausibleMax() != null) {
                assertThat(i.plausibleMin()).as(i.code()).isLessThanOrEqualTo(i.plausibleMax());
            }
        });
        assertThat(catalog.byCode("BV-07").orElseThrow().plausibleMax()).isEqualByComparingTo("5000");
    }

    // the administrator's commands

    @Test
    void adminAddsAnIndicatorThatSortsAfterItsGroupAndChangesIt() {
        String code = uniqueCode();
        Indicator created = catalog.create(rate(code.toLowerCase(Locale.ROOT) + "  ", Measure.PER_THOUSAND));

        assertThat(created.code()).isEqualTo(code);
        assertThat(created.active()).isTrue();
        assertThat(created.position()).isGreaterThan(catalog.byCode("BV-17").orElseThrow().position())
                .isLessThan(catalog.byCode("GD-01").orElseThrow().position());
        assertThat(catalog.byCode(code.toLowerCase(Locale.ROOT))).contains(created);

        Indicator changed = catalog.update(created.id(), new IndicatorForm(code, "Số trẻ em bị bạo lực học đường",
                Measure.COUNT, "Số trẻ em bị bạo lực tại trường học", "Tổng số học sinh", "  trẻ em ",
                Direction.LOWER_IS_BETTER, IndicatorGroup.EDUCATION, null, BigDecimal.ZERO, null, null));
        assertThat(changed.measure()).isEqualTo(Measure.COUNT);
        assertThat(changed.denominator()).as("a count has no denominator").isNull();
        assertThat(changed.countUnit()).isEqualTo("trẻ em");
        assertThat(changed.group()).isEqualTo(IndicatorGroup.EDUCATION);
        assertThat(changed.source()).isNull();
        assertThat(changed.position()).as("after the others of its new group")
                .isGreaterThan(catalog.byCode("GD-07").orElseThrow().position())
                .isLessThan(catalog.byCode("VH-01").orElseThrow().position());
        assertThat(catalog.get(created.id())).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(changed);

        Indicator renamed = catalog.update(created.id(), new IndicatorForm(code, "Số học sinh bị bạo lực học đường",
                Measure.COUNT, "Số học sinh bị bạo lực tại trường học", null, "học sinh", Direction.LOWER_IS_BETTER,
                IndicatorGroup.EDUCATION, null, null, null, null));
        assertThat(renamed.position()).as("kept when not given").isEqualTo(changed.position());
        assertThat(catalog.update(created.id(), new IndicatorForm(code, renamed.name(), Measure.COUNT,
                renamed.numerator(), null, null, Direction.LOWER_IS_BETTER, IndicatorGroup.EDUCATION, null, null,
                null, 399)).position()).isEqualTo(399);
    }

    @Test
    void aYesNoIndicatorNeedsNoNumerator() {
        Indicator created = catalog.create(new IndicatorForm(uniqueCode(), "Xã có Ban bảo vệ, chăm sóc trẻ em",
                Measure.YES_NO, "bỏ qua", "bỏ qua", "xã", Direction.HIGHER_IS_BETTER, IndicatorGroup.CAPACITY,
                "Kế hoạch xã/phường", null, null, null));
        assertThat(created.numerator()).isNull();
        assertThat(created.denominator()).isNull();
    }

    @Test
    void whatIsMissingOrWrongIsRefusedOnItsField() {
        String code = uniqueCode();
        refused(rate("", Measure.PERCENT), IndicatorCatalog.FIELD_CODE, "indicator.error.codeRequired");
        refused(rate("BV 01", Measure.PERCENT), IndicatorCatalog.FIELD_CODE, "indicator.error.codeFormat");
        refused(rate("ĐT-01", Measure.PERCENT), IndicatorCatalog.FIELD_CODE, "indicator.error.codeFormat");
        refused(rate("bv-01", Measure.PERCENT), IndicatorCatalog.FIELD_CODE, "indicator.error.codeTaken");
        refused(new IndicatorForm(code, "  ", Measure.PERCENT, "a", "b", null, Direction.HIGHER_IS_BETTER,
                IndicatorGroup.HEALTH, null, null, null, null), IndicatorCatalog.FIELD_NAME,
                "indicator.error.nameRequired");
        refused(rate(code, null), IndicatorCatalog.FIELD_MEASURE, "indicator.error.measureRequired");
        refused(new IndicatorForm(code, "Tên", Measure.PERCENT, "a", "b", null, null, IndicatorGroup.HEALTH, null,
                null, null, null), IndicatorCatalog.FIELD_DIRECTION, "indicator.error.directionRequired");
        refused(new IndicatorForm(code, "Tên", Measure.PERCENT, "a", "b", null, Direction.HIGHER_IS_BETTER, null,
                null, null, null, null), IndicatorCatalog.FIELD_GROUP, "indicator.error.groupRequired");
        refused(new IndicatorForm(code, "Số vụ", Measure.COUNT, " ", null, "vụ", Direction.LOWER_IS_BETTER,
                IndicatorGroup.PROTECTION, null, null, null, null), IndicatorCatalog.FIELD_NUMERATOR,
                "indicator.catalogue.error.numeratorRequired");
        refused(new IndicatorForm(code, "Tỷ suất", Measure.PER_100K, "Số trẻ em bị tai nạn", null, "trẻ em",
                Direction.LOWER_IS_BETTER, IndicatorGroup.PROTECTION, null, null, null, null),
                IndicatorCatalog.FIELD_DENOMINATOR, "indicator.catalogue.error.denominatorRequired");
        refused(new IndicatorForm(code, "Tỷ lệ", Measure.PERCENT, "a", "b", "trẻ em", Direction.HIGHER_IS_BETTER,
                IndicatorGroup.HEALTH, null, new BigDecimal("80"), new BigDecimal("20"), null),
                IndicatorCatalog.FIELD_PLAUSIBLE_MAX, "indicator.error.minAboveMax");
        refused(new IndicatorForm(code, "Tỷ lệ", Measure.PERCENT, "a", "b", "x".repeat(41),
                Direction.HIGHER_IS_BETTER, IndicatorGroup.HEALTH, null, null, null, null),
                IndicatorCatalog.FIELD_COUNT_UNIT, "indicator.error.tooLong");
        assertThat(catalog.byCode(code)).isEmpty();
    }

    @Test
    void anotherIndicatorsCodeCannotBeTakenButItsOwnCanBeKept() {
        Indicator created = catalog.create(rate(uniqueCode(), Measure.PERCENT));
        assertThatThrownBy(() -> catalog.update(created.id(), rate("Yt-01", Measure.PERCENT)))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "indicator.error.codeTaken");
        assertThat(catalog.update(created.id(), rate(created.code().toLowerCase(Locale.ROOT), Measure.PERCENT))
                .code()).isEqualTo(created.code());
    }

    @Test
    void aDeactivatedIndicatorLeavesTheChoiceForNewTargetsButStaysInTheCatalogue() {
        Indicator created = catalog.create(rate(uniqueCode(), Measure.PERCENT));
        assertThat(catalog.active()).contains(created);

        Indicator deactivated = catalog.deactivate(created.id());
        assertThat(deactivated.active()).isFalse();
        assertThat(catalog.active()).extracting(Indicator::id).doesNotContain(created.id());
        assertThat(catalog.all()).contains(deactivated);
        assertThat(catalog.get(created.id())).isEqualTo(deactivated);

        assertThat(catalog.reactivate(created.id()).active()).isTrue();
        assertThat(catalog.active()).extracting(Indicator::id).contains(created.id());
    }

    @Test
    void searchIgnoresCaseAndDiacriticsAndNarrowsByGroup() {
        assertThat(catalog.search("TAI NAN", null)).extracting(Indicator::code)
                .contains("BV-07", "BV-08", "BV-09", "NL-04");
        assertThat(catalog.search("tai nạn", IndicatorGroup.CAPACITY)).extracting(Indicator::code)
                .contains("NL-04").doesNotContain("BV-07");
        assertThat(catalog.search("bv-0", null)).extracting(Indicator::code).contains("BV-01", "BV-09")
                .allMatch(code -> code.startsWith("BV-0"));
        assertThat(catalog.search(" ", IndicatorGroup.PARTICIPATION)).isNotEmpty()
                .allMatch(i -> i.group() == IndicatorGroup.PARTICIPATION);
    }

    @Test
    @WithMockUser(username = "canbo.danhmuc", roles = "OFFICER")
    void onlyAnAdministratorChangesTheCatalogue() {
        long id = catalog.byCode("BV-02").orElseThrow().id();
        assertThatThrownBy(() -> catalog.create(rate(uniqueCode(), Measure.PERCENT)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.update(id, rate("BV-02", Measure.COUNT)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.deactivate(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.reactivate(id)).isInstanceOf(AccessDeniedException.class);
        // everyone reads it
        assertThat(catalog.get(id).active()).isTrue();
        assertThat(catalog.get(id).measure()).isEqualTo(Measure.PERCENT);
    }

    // the measure of an indicator in use

    @Test
    void theMeasureOfAnUnusedIndicatorCanChange() {
        Indicator created = catalog.create(rate(uniqueCode(), Measure.PERCENT));
        assertThat(catalog.usage(created.id()).inUse()).isFalse();
        assertThat(catalog.update(created.id(), rate(created.code(), Measure.PER_THOUSAND)).measure())
                .isEqualTo(Measure.PER_THOUSAND);
    }

    @Test
    @Transactional
    void theMeasureOfAnIndicatorWithAPlanTargetCannotChange() {
        Indicator created = catalog.create(rate(uniqueCode(), Measure.PERCENT));
        long plan = insertPlan(new TestOrgs(orgs, users).commune("danhmuc").commune().id());
        jdbc.update("insert into plan_target (plan_id, position, indicator_id, milestone_year, comparator,"
                + " target_value, shape) values (?, 0, ?, 2024, 'MORE_THAN', 95, 'LEVEL')", plan, created.id());

        assertThat(catalog.usage(created.id())).isEqualTo(new IndicatorUsage(1, 0));
        assertThatThrownBy(() -> catalog.update(created.id(), rate(created.code(), Measure.COUNT)))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", IndicatorCatalog.FIELD_MEASURE)
                .hasFieldOrPropertyWithValue("messageKey", "indicator.error.measureInUse");
        assertThat(catalog.get(created.id()).measure()).isEqualTo(Measure.PERCENT);
        // what does not change the meaning of the figures still can
        assertThat(catalog.update(created.id(), new IndicatorForm(created.code(), "Tên mới", Measure.PERCENT,
                "Tử số mới", "Mẫu số mới", "trẻ em", Direction.HIGHER_IS_BETTER, IndicatorGroup.PROTECTION,
                null, null, null, null)).name()).isEqualTo("Tên mới");
    }

    @Test
    @Transactional
    void theMeasureOfAnIndicatorWithAReportedValueCannotChange() {
        Indicator created = catalog.create(rate(uniqueCode(), Measure.PERCENT));
        TestOrgs.Area commune = new TestOrgs(orgs, users).commune("danhmuc").commune();
        long plan = insertPlan(commune.id());
        long period = jdbc.queryForObject("insert into reporting_period (plan_id, report_year, kind, data_from,"
                + " data_to, opens_on, unit_due, status) values (?, 2024, 'SIX_MONTHS', date '2023-12-15',"
                + " date '2024-06-14', date '2024-05-01', date '2024-05-18', 'OPEN') returning id", Long.class, plan);
        long report = jdbc.queryForObject("insert into consolidated_report (period_id, org_unit_id, status)"
                + " values (?, ?, 'DRAFT') returning id", Long.class, period, commune.id());
        jdbc.update("insert into indicator_value (consolidated_report_id, indicator_id, numerator, denominator,"
                + " entered_by, entered_at) values (?, ?, 19, 20, ?, current_timestamp)",
                report, created.id(), commune.officer());

        assertThat(catalog.usage(created.id())).isEqualTo(new IndicatorUsage(0, 1));
        assertThatThrownBy(() -> catalog.update(created.id(), rate(created.code(), Measure.PER_100K)))
                .hasFieldOrPropertyWithValue("messageKey", "indicator.error.measureInUse")
                .satisfies(e -> assertThat(((ValidationException) e).args()).containsExactly(created.code(), 0L, 1L));
        assertThat(catalog.get(created.id()).measure()).isEqualTo(Measure.PERCENT);
    }

    private long insertPlan(long communeId) {
        return jdbc.queryForObject("insert into plan (org_unit_id, title, year_from, year_to, status)"
                + " values (?, 'Kế hoạch thử danh mục chỉ tiêu', 2024, 2024, 'DRAFT') returning id", Long.class,
                communeId);
    }

    private void refused(IndicatorForm form, String field, String messageKey) {
        assertThatThrownBy(() -> catalog.create(form)).as(messageKey)
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", field)
                .hasFieldOrPropertyWithValue("messageKey", messageKey);
    }

    /** The indicators V8 delivered (tests add others under codes outside its scheme). */
    private List<Indicator> seeded() {
        return catalog.all().stream().filter(i -> i.code().matches("(CH|YT|BV|GD|VH|TG|NL)-\\d\\d")).toList();
    }

    private static String prefixOf(IndicatorGroup group) {
        return switch (group) {
            case GENERAL -> "CH";
            case HEALTH -> "YT";
            case PROTECTION -> "BV";
            case EDUCATION -> "GD";
            case CULTURE_PLAY -> "VH";
            case PARTICIPATION -> "TG";
            case CAPACITY -> "NL";
        };
    }

    private static String uniqueCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static IndicatorForm rate(String code, Measure measure) {
        return new IndicatorForm(code, "Tỷ lệ trẻ em bị bạo lực học đường", measure,
                "Số trẻ em bị bạo lực tại trường học", "Tổng số học sinh", "trẻ em", Direction.LOWER_IS_BETTER,
                IndicatorGroup.PROTECTION, "Kế hoạch xã/phường", null, null, null);
    }
}
