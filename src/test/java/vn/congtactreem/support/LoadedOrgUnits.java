package vn.congtactreem.support;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.org.AgencyTemplateEntry;
import vn.congtactreem.org.AgencyTemplates;

/**
 * What a test loading the official list of administrative units adds to the shared database, taken back
 * afterwards: the organisations made after {@link #remember} (agencies, then communes, then the rest, so no parent
 * goes before its children) and, when it was remembered too, the agency template as it was.
 * Make the test's own organisations (its administrator's province) before remembering: they stay.
 */
public final class LoadedOrgUnits {

    private final JdbcTemplate jdbc;
    private final AgencyTemplates templates;
    private final long lastIdBefore;
    private final List<AgencyTemplateEntry> templateBefore;

    private LoadedOrgUnits(JdbcTemplate jdbc, AgencyTemplates templates) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.lastIdBefore = jdbc.queryForObject("select coalesce(max(id), 0) from org_unit", Long.class);
        this.templateBefore = templates == null ? null : templates.entries();
    }

    /** The organisations as they are now. */
    public static LoadedOrgUnits remember(JdbcTemplate jdbc) {
        return new LoadedOrgUnits(jdbc, null);
    }

    /** The organisations and the agency template as they are now (the template is put back by an administrator). */
    public static LoadedOrgUnits remember(JdbcTemplate jdbc, AgencyTemplates templates) {
        return new LoadedOrgUnits(jdbc, templates);
    }

    /** The last organisation's id when remembered: every later one was loaded by the test. */
    public long lastIdBefore() {
        return lastIdBefore;
    }

    /** Deletes every organisation made since and puts the agency template back. */
    public void removeWhatWasLoaded() {
        // a rename or a deactivation of a loaded unit leaves a row in its history
        jdbc.update("delete from org_unit_change where org_unit_id > ? or to_unit_id > ?", lastIdBefore, lastIdBefore);
        jdbc.update("delete from org_unit where id > ? and kind = 'AGENCY'", lastIdBefore);
        jdbc.update("delete from org_unit where id > ? and level_code = 'COMMUNE'", lastIdBefore);
        jdbc.update("delete from org_unit where id > ?", lastIdBefore);
        if (templates != null) {
            templates.replace(templateBefore);
        }
    }
}
