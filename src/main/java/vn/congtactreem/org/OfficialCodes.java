package vn.congtactreem.org;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.ConflictException;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.org.internal.AdminUnitKindEntity;
import vn.congtactreem.org.internal.AdminUnitKindRepository;
import vn.congtactreem.org.internal.OrgUnitEntity;
import vn.congtactreem.org.internal.OrgUnitRepository;

/**
 * The official identity of an area: the National Statistics Office's code (province 2 digits,
 * district 3, commune 5; unique where present) and its administrative kind within its level.
 */
@Service
@Transactional(readOnly = true)
public class OfficialCodes {

    public static final String FIELD_CODE = "officialCode";
    public static final String FIELD_ADMIN_KIND = "adminKind";
    /** Digits a code has at each level; a level not listed takes any 2 to 10 digits. */
    private static final Map<String, Integer> DIGITS = Map.of("PROVINCE", 2, "DISTRICT", 3, "COMMUNE", 5);
    private static final Pattern CODE = Pattern.compile("\\d{2,10}");

    private final AdminUnitKindRepository kinds;
    private final OrgUnitRepository units;

    public OfficialCodes(AdminUnitKindRepository kinds, OrgUnitRepository units) {
        this.kinds = kinds;
        this.units = units;
    }

    /** Every kind, provinces first. */
    public List<AdminUnitKind> kinds() {
        return kinds.findAll().stream().sorted(Comparator.comparingInt(AdminUnitKindEntity::getPosition))
                .map(AdminUnitKindEntity::toAdminUnitKind).toList();
    }

    public List<AdminUnitKind> kindsOf(String levelCode) {
        return kinds().stream().filter(k -> k.levelCode().equals(levelCode)).toList();
    }

    public Optional<OrgUnit> findByCode(String code) {
        return code == null ? Optional.empty() : units.findByOfficialCode(code.strip()).map(OrgUnitEntity::toOrgUnit);
    }

    /** Sets (or clears, with blanks) an area's official code and kind. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrgUnit identify(long unitId, String code, String kindCode) {
        return identify(unitId, code, kindCode, null);
    }

    /** The same, refused ({@link ConflictException}) if the unit changed since {@code expectedVersion} (null: none). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrgUnit identify(long unitId, String code, String kindCode, Long expectedVersion) {
        OrgUnitEntity unit = units.findById(unitId)
                .orElseThrow(() -> new ValidationException(OrgService.FIELD_NAME, "org.error.notFound", unitId));
        ConflictException.requireVersion("version", expectedVersion, unit.getVersion());
        String cleanCode = code == null || code.isBlank() ? null : code.strip();
        String cleanKind = kindCode == null || kindCode.isBlank() ? null : kindCode;
        if (unit.getKind() != OrgUnitKind.AREA && (cleanCode != null || cleanKind != null)) {
            throw new ValidationException(FIELD_CODE, "org.error.codeOnlyForAreas");
        }
        if (cleanCode != null) {
            requireCode(cleanCode, unit.getLevelCode());
            Optional<OrgUnitEntity> holder = units.findByOfficialCode(cleanCode);
            if (holder.isPresent() && !holder.get().getId().equals(unitId)) {
                throw new ValidationException(FIELD_CODE, "org.error.codeTaken", cleanCode,
                        holder.get().toOrgUnit().name());
            }
        }
        if (cleanKind != null && kindsOf(unit.getLevelCode()).stream().noneMatch(k -> k.code().equals(cleanKind))) {
            throw new ValidationException(FIELD_ADMIN_KIND, "org.error.kindNotOfLevel");
        }
        unit.identify(cleanCode, cleanKind);
        units.flush();
        return unit.toOrgUnit();
    }

    /** A code's form at a level: only digits, as many as the level's codes have. */
    public static void requireCode(String code, String levelCode) {
        Integer digits = DIGITS.get(levelCode);
        boolean ok = digits == null ? CODE.matcher(code).matches() : code.matches("\\d{" + digits + "}");
        if (!ok) {
            throw new ValidationException(FIELD_CODE, "org.error.codeFormat", digits == null ? "2-10" : digits);
        }
    }
}
