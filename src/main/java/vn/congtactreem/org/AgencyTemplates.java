package vn.congtactreem.org;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.ConflictException;
import vn.congtactreem.base.ValidationException;

/** The standard agencies of a commune ("Mẫu cơ quan, đơn vị của xã"), edited by the administrator. */
@Service
@Transactional(readOnly = true)
public class AgencyTemplates {

    public static final String FIELD_ENTRIES = "entries";
    private static final int MAX_PATTERN = 150;

    private final JdbcTemplate jdbc;
    private final OrgService orgs;

    public AgencyTemplates(JdbcTemplate jdbc, OrgService orgs) {
        this.jdbc = jdbc;
        this.orgs = orgs;
    }

    public List<AgencyTemplateEntry> entries() {
        return jdbc.query("select agency_type_code, name_pattern from agency_template order by position, id",
                (rs, i) -> new AgencyTemplateEntry(rs.getString(1), rs.getString(2)));
    }

    /** Replaces the whole list; a broken entry is named by its place: field {@code entries[2].name}. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public List<AgencyTemplateEntry> replace(List<AgencyTemplateEntry> entries) {
        return replace(null, entries);
    }

    /**
     * The same, refused ({@link ConflictException}) if the list is no longer {@code expected} (the one the editor
     * read; null: no check): the rows are locked while compared, so of two editors saving at once the second sees
     * the first's list and is refused.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public List<AgencyTemplateEntry> replace(List<AgencyTemplateEntry> expected, List<AgencyTemplateEntry> entries) {
        if (expected != null) {
            List<AgencyTemplateEntry> current = jdbc.query(
                    "select agency_type_code, name_pattern from agency_template order by position, id for update",
                    (rs, i) -> new AgencyTemplateEntry(rs.getString(1), rs.getString(2)));
            if (!current.equals(expected)) {
                throw new ConflictException(FIELD_ENTRIES, "concurrency.error.staleVersion");
            }
        }
        Set<String> types = new HashSet<>();
        orgs.agencyTypes().forEach(t -> types.add(t.code()));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            AgencyTemplateEntry entry = entries.get(i);
            String pattern = entry.namePattern() == null ? "" : entry.namePattern().strip();
            if (entry.agencyTypeCode() == null || !types.contains(entry.agencyTypeCode())) {
                throw new ValidationException(field(i, "agencyType"), "org.template.error.typeRequired", i + 1);
            }
            if (pattern.isEmpty()) {
                throw new ValidationException(field(i, "name"), "org.template.error.nameRequired", i + 1);
            }
            if (pattern.length() > MAX_PATTERN) {
                throw new ValidationException(field(i, "name"), "org.template.error.nameTooLong", i + 1, MAX_PATTERN);
            }
            if (!seen.add(pattern.toLowerCase(Locale.ROOT))) {
                throw new ValidationException(field(i, "name"), "org.template.error.duplicate", i + 1, pattern);
            }
        }
        jdbc.update("delete from agency_template");
        for (int i = 0; i < entries.size(); i++) {
            jdbc.update("insert into agency_template (position, agency_type_code, name_pattern) values (?, ?, ?)",
                    i + 1, entries.get(i).agencyTypeCode(), entries.get(i).namePattern().strip());
        }
        return entries();
    }

    private static String field(int index, String name) {
        return FIELD_ENTRIES + "[" + index + "]." + name;
    }
}
