package vn.congtactreem.org;

import java.util.List;

/**
 * What loading provinces of the official list would do: each province and commune is created, left
 * as it is, or updated (its name, code or kind differs from the list), and which agencies of the
 * template each commune still lacks. The preview shows it; applying it carries out exactly this.
 */
public record AdminUnitImportPlan(List<Line> lines, List<NewAgency> agencies) {

    public enum Action {
        CREATE,
        UNCHANGED,
        UPDATE
    }

    /**
     * A province or commune of the list and what becomes of it.
     *
     * @param parentCode the province's code for a commune, null for a province
     * @param parentId   the province's id when it exists already
     * @param unitId     the matched organisation (null when created)
     * @param current    name, code and kind the matched organisation has today (null when created)
     */
    public record Line(Action action, String levelCode, String code, String name, String kindCode,
                       String parentCode, Long parentId, Long unitId, Current current) {

        public boolean isProvince() {
            return AdminUnitImport.PROVINCE.equals(levelCode);
        }
    }

    public record Current(String name, String code, String kindCode) {
    }

    /** An agency of the template for a commune: the commune's id, or its code when it is created too. */
    public record NewAgency(Long communeId, String communeCode, String agencyTypeCode, String name) {
    }

    public long count(Action action, String levelCode) {
        return lines.stream().filter(l -> l.action() == action && l.levelCode().equals(levelCode)).count();
    }

    public long count(Action action) {
        return lines.stream().filter(l -> l.action() == action).count();
    }

    /** Whether applying would change nothing at all. */
    public boolean changesNothing() {
        return count(Action.UNCHANGED) == lines.size() && agencies.isEmpty();
    }
}
