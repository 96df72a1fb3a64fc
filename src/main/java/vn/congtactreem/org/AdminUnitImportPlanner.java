package vn.congtactreem.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.congtactreem.org.AdminUnitCatalogue.Commune;
import vn.congtactreem.org.AdminUnitCatalogue.Province;
import vn.congtactreem.org.AdminUnitImportPlan.Action;
import vn.congtactreem.org.AdminUnitImportPlan.Current;
import vn.congtactreem.org.AdminUnitImportPlan.Line;
import vn.congtactreem.org.AdminUnitImportPlan.NewAgency;

/**
 * Matches the official list against the organisations there are (by code, then by name under the
 * same parent among those without a code) and decides what to create and what to update. Pure: the
 * existing tree comes in as rows.
 */
final class AdminUnitImportPlanner {

    /** An organisation as read for the matching. */
    record Existing(long id, Long parentId, boolean area, String name, String officialCode, String adminKindCode) {
    }

    private final Map<String, Existing> byCode = new HashMap<>();
    private final Map<String, Existing> areasByParentAndName = new HashMap<>();
    private final Set<String> agencyNames = new HashSet<>();

    AdminUnitImportPlanner(List<Existing> existing) {
        for (Existing unit : existing) {
            if (unit.officialCode() != null) {
                byCode.put(unit.officialCode(), unit);
            }
            if (unit.area()) {
                areasByParentAndName.putIfAbsent(key(unit.parentId(), unit.name()), unit);
            } else if (unit.parentId() != null) {
                agencyNames.add(key(unit.parentId(), unit.name()));
            }
        }
    }

    AdminUnitImportPlan plan(List<Province> provinces, List<AgencyTemplateEntry> template) {
        List<Line> lines = new ArrayList<>();
        List<NewAgency> agencies = new ArrayList<>();
        for (Province province : provinces) {
            Existing matched = match(province.code(), null, province.name());
            Line provinceLine = line(AdminUnitImport.PROVINCE, province.code(), province.name(), province.kindCode(),
                    null, null, matched);
            lines.add(provinceLine);
            Long provinceId = matched == null ? null : matched.id();
            for (Commune commune : province.communes()) {
                Existing found = match(commune.code(), provinceId, commune.name());
                lines.add(line(AdminUnitImport.COMMUNE, commune.code(), commune.name(), commune.kindCode(),
                        province.code(), provinceId, found));
                for (AgencyTemplateEntry entry : template) {
                    String name = entry.nameFor(commune.name());
                    if (found == null || !agencyNames.contains(key(found.id(), name))) {
                        agencies.add(new NewAgency(found == null ? null : found.id(), commune.code(),
                                entry.agencyTypeCode(), name));
                    }
                }
            }
        }
        return new AdminUnitImportPlan(List.copyOf(lines), List.copyOf(agencies));
    }

    private Existing match(String code, Long parentId, String name) {
        Existing byOfficialCode = byCode.get(code);
        if (byOfficialCode != null) {
            return byOfficialCode;
        }
        Existing byName = areasByParentAndName.get(key(parentId, name));
        return byName != null && byName.officialCode() == null ? byName : null;
    }

    private static Line line(String level, String code, String name, String kind, String parentCode, Long parentId,
                             Existing matched) {
        if (matched == null) {
            return new Line(Action.CREATE, level, code, name, kind, parentCode, parentId, null, null);
        }
        boolean same = matched.name().equals(name) && code.equals(matched.officialCode())
                && Objects.equals(kind, matched.adminKindCode());
        return new Line(same ? Action.UNCHANGED : Action.UPDATE, level, code, name, kind, parentCode, parentId,
                matched.id(), new Current(matched.name(), matched.officialCode(), matched.adminKindCode()));
    }

    private static String key(Long parentId, String name) {
        return parentId + "/" + name.toLowerCase(Locale.ROOT);
    }
}
