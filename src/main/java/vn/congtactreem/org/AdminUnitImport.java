package vn.congtactreem.org;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.org.AdminUnitCatalogue.Province;
import vn.congtactreem.org.AdminUnitImportPlan.Action;
import vn.congtactreem.org.AdminUnitImportPlan.Line;
import vn.congtactreem.org.AdminUnitImportPlan.NewAgency;
import vn.congtactreem.org.AdminUnitImportPlanner.Existing;
import vn.congtactreem.org.internal.OrgNameCache;

/**
 * "Nạp danh mục đơn vị hành chính": loads provinces of the official list (one, several or all) into
 * the organisation tree, with the template's agencies in every commune if asked. The preview and the
 * load make the same plan; the load runs in one transaction with JDBC batches (the whole country,
 * about 43,000 rows, in seconds), and a second load changes nothing. Screens and API both call this.
 */
@Service
@Transactional(readOnly = true)
public class AdminUnitImport {

    public static final String PROVINCE = "PROVINCE";
    public static final String COMMUNE = "COMMUNE";
    public static final String FIELD_PROVINCES = "provinces";
    private static final int BATCH = 1000;

    /** Told how far the load has come: rows written of all rows to write. */
    @FunctionalInterface
    public interface Progress {
        void at(int done, int total);
    }

    /** What a load did. */
    public record Result(long provincesCreated, long communesCreated, long updated, long unchanged,
                         int agenciesCreated, Duration took) {
    }

    private final AdminUnitCatalogue catalogue;
    private final AgencyTemplates templates;
    private final JdbcTemplate jdbc;
    private final OrgNameCache shownNames;

    public AdminUnitImport(AdminUnitCatalogue catalogue, AgencyTemplates templates, JdbcTemplate jdbc,
                           OrgNameCache shownNames) {
        this.shownNames = shownNames;
        this.catalogue = catalogue;
        this.templates = templates;
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public AdminUnitImportPlan preview(Collection<String> provinceCodes, boolean withAgencies) {
        return plan(provinceCodes, withAgencies);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Result apply(Collection<String> provinceCodes, boolean withAgencies, Progress progress) {
        long started = System.nanoTime();
        AdminUnitImportPlan plan = plan(provinceCodes, withAgencies);
        List<Line> updates = plan.lines().stream().filter(l -> l.action() == Action.UPDATE).toList();
        List<Line> provinces = creates(plan, PROVINCE);
        List<Line> communes = creates(plan, COMMUNE);
        int total = updates.size() + provinces.size() + communes.size() + plan.agencies().size();
        Counter counter = new Counter(progress, total);
        counter.report();
        shownNames.forgetAll();
        batch("update org_unit set name = ?, name_key = ?, official_code = ?, admin_kind_code = ? where id = ?",
                updates, l -> new Object[] {l.name(), NameKey.of(l.name()), l.code(), l.kindCode(), l.unitId()}, counter);
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        String insertArea = "insert into org_unit (parent_id, kind, level_code, name, name_key, official_code,"
                + " admin_kind_code, active, created_at) values (?, 'AREA', ?, ?, ?, ?, ?, true, ?)";
        batch(insertArea, provinces, l -> new Object[] {null, PROVINCE, l.name(), NameKey.of(l.name()), l.code(),
                l.kindCode(), now}, counter);
        Map<String, Long> ids = idsByCode();
        batch(insertArea, communes, l -> new Object[] {l.parentId() != null ? l.parentId() : ids.get(l.parentCode()),
                COMMUNE, l.name(), NameKey.of(l.name()), l.code(), l.kindCode(), now}, counter);
        Map<String, Long> communeIds = communes.isEmpty() ? ids : idsByCode();
        batch("insert into org_unit (parent_id, kind, agency_type_code, name, name_key, active, created_at)"
                        + " values (?, 'AGENCY', ?, ?, ?, true, ?)", plan.agencies(),
                a -> new Object[] {a.communeId() != null ? a.communeId() : communeIds.get(a.communeCode()),
                        a.agencyTypeCode(), a.name(), NameKey.of(a.name()), now}, counter);
        return new Result(provinces.size(), communes.size(), updates.size(), plan.count(Action.UNCHANGED),
                plan.agencies().size(), Duration.ofNanos(System.nanoTime() - started));
    }

    private AdminUnitImportPlan plan(Collection<String> provinceCodes, boolean withAgencies) {
        Set<String> chosen = Set.copyOf(provinceCodes);
        List<Province> provinces = catalogue.provinces().stream().filter(p -> chosen.contains(p.code())).toList();
        if (provinces.isEmpty()) {
            throw new ValidationException(FIELD_PROVINCES, "adminUnits.error.noProvince");
        }
        List<Existing> existing = jdbc.query(
                "select id, parent_id, kind, name, official_code, admin_kind_code from org_unit",
                (rs, i) -> new Existing(rs.getLong(1), (Long) rs.getObject(2, Long.class), "AREA".equals(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6)));
        return new AdminUnitImportPlanner(existing).plan(provinces,
                withAgencies ? templates.entries() : List.of());
    }

    private static List<Line> creates(AdminUnitImportPlan plan, String level) {
        return plan.lines().stream().filter(l -> l.action() == Action.CREATE && l.levelCode().equals(level)).toList();
    }

    private Map<String, Long> idsByCode() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select id, official_code from org_unit where official_code is not null",
                rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                });
        return ids;
    }

    private <T> void batch(String sql, List<T> rows, java.util.function.Function<T, Object[]> values,
                           Counter counter) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Object[]> args = new ArrayList<>();
            rows.subList(from, Math.min(rows.size(), from + BATCH)).forEach(r -> args.add(values.apply(r)));
            jdbc.batchUpdate(sql, args);
            counter.add(args.size());
        }
    }

    /** Rows written so far, told to the {@link Progress} after each batch. */
    private static final class Counter {
        private final Progress progress;
        private final int total;
        private int done;

        Counter(Progress progress, int total) {
            this.progress = progress == null ? (d, t) -> { } : progress;
            this.total = total;
        }

        void add(int rows) {
            done += rows;
            report();
        }

        void report() {
            progress.at(done, total);
        }
    }
}
