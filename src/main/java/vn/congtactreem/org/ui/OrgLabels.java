package vn.congtactreem.org.ui;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.congtactreem.org.AdminUnitKind;
import vn.congtactreem.org.AgencyType;
import vn.congtactreem.org.OfficialCodes;
import vn.congtactreem.org.OrgLevel;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;

/** What an organisation is called on screen: "Xã/Phường/Thị trấn", "Trạm Y tế"… */
final class OrgLabels {

    private final Map<String, OrgLevel> levels;
    private final Map<String, AgencyType> agencyTypes;
    private final Map<String, AdminUnitKind> adminKinds;

    OrgLabels(OrgService orgs, OfficialCodes codes) {
        adminKinds = codes.kinds().stream().collect(Collectors.toMap(AdminUnitKind::code, Function.identity()));
        levels = orgs.levels().stream().collect(Collectors.toMap(OrgLevel::code, Function.identity()));
        agencyTypes = orgs.agencyTypes().stream().collect(Collectors.toMap(AgencyType::code, Function.identity()));
    }

    /** The administrative kind where known ("Phường"), else the level ("Xã/Phường/Thị trấn") or the agency's type. */
    String kindOf(OrgUnit unit, Locale locale) {
        if (unit.adminKindCode() != null && adminKinds.containsKey(unit.adminKindCode())) {
            return adminKinds.get(unit.adminKindCode()).name(locale);
        }
        return unit.isArea() ? levels.get(unit.levelCode()).name(locale)
                : agencyTypes.get(unit.agencyTypeCode()).name(locale);
    }

    /** "Phường", or "–" for no kind. */
    String adminKind(String code, Locale locale) {
        AdminUnitKind kind = code == null ? null : adminKinds.get(code);
        return kind == null ? "–" : kind.name(locale);
    }
}
