package vn.congtactreem.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.ConflictException;
import vn.congtactreem.base.EntitiesById;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.org.internal.AgencyTypeEntity;
import vn.congtactreem.org.internal.AgencyTypeRepository;
import vn.congtactreem.org.internal.OrgLevelEntity;
import vn.congtactreem.org.internal.OrgLevelRepository;
import vn.congtactreem.org.internal.OrgUnitEntity;
import vn.congtactreem.org.internal.OrgNameCache;
import vn.congtactreem.org.internal.OrgTreeQueries;
import vn.congtactreem.org.internal.OrgUnitRepository;
import vn.congtactreem.org.internal.UserRepository;

/**
 * The organisation tree: administrative areas at configurable levels and the agencies attached to
 * them. The one place for the tree's rules (what may sit under what, what may be moved or closed).
 */
@Service
@Transactional(readOnly = true)
public class OrgService {

    public static final String FIELD_NAME = "name";
    public static final String FIELD_PARENT = "parent";
    public static final String FIELD_LEVEL = "level";
    public static final String FIELD_AGENCY_TYPE = "agencyType";
    private static final int MAX_NAME_LENGTH = 200;

    private final OrgUnitRepository units;
    private final OrgLevelRepository levels;
    private final AgencyTypeRepository agencyTypes;
    private final UserRepository users;
    private final OrgTreeQueries tree;
    private final ApplicationEventPublisher events;
    private final EntitiesById entities;
    private final OrgNameCache shownNames;

    public OrgService(OrgUnitRepository units, OrgLevelRepository levels, AgencyTypeRepository agencyTypes,
                      UserRepository users, OrgTreeQueries tree, ApplicationEventPublisher events,
                      EntitiesById entities, OrgNameCache shownNames) {
        this.entities = entities;
        this.shownNames = shownNames;
        this.events = events;
        this.tree = tree;
        this.units = units;
        this.levels = levels;
        this.agencyTypes = agencyTypes;
        this.users = users;
    }

    public List<OrgLevel> levels() {
        return levels.findAll().stream().map(OrgLevelEntity::toOrgLevel)
                .sorted(Comparator.comparingInt(OrgLevel::rank)).toList();
    }

    public List<AgencyType> agencyTypes() {
        return agencyTypes.findAll().stream().map(AgencyTypeEntity::toAgencyType).toList();
    }

    public Optional<OrgUnit> find(long id) {
        return units.findById(id).map(OrgUnitEntity::toOrgUnit);
    }

    public OrgUnit get(long id) {
        return find(id).orElseThrow(() -> new ValidationException(FIELD_PARENT, "org.error.notFound", id));
    }

    /** Direct children, areas first then agencies, each by name. {@code null} asks for the roots. */
    public List<OrgUnit> children(Long parentId) {
        return units.findByParentIdOrderByName(parentId).stream().map(OrgUnitEntity::toOrgUnit)
                .sorted(Comparator.comparing(OrgUnit::kind).thenComparing(OrgUnit::name)).toList();
    }

    public boolean hasChildren(long id) {
        return !units.findByParentIdOrderByName(id).isEmpty();
    }

    public List<OrgUnit> all() {
        return units.findAllUnits().stream().sorted(Comparator.comparing(OrgUnit::name)).toList();
    }

    /** Names of these units, read together (for lists of many rows); unknown ids are left out. */
    public Map<Long, String> names(java.util.Collection<Long> ids) {
        return tree.names(ids);
    }

    /**
     * Names to show (a task's description, a report's unit, a plan's organisation), kept a few minutes on this node
     * ({@link OrgNameCache}): never for a decision. Unknown ids are left out.
     */
    public Map<Long, String> shownNames(java.util.Collection<Long> ids) {
        return shownNames.names(ids);
    }

    /** The same for one unit; "" for an unknown id. */
    public String shownName(long id) {
        return shownNames.names(List.of(id)).getOrDefault(id, "");
    }

    /** These units, read together; unknown ids are left out. */
    public Map<Long, OrgUnit> byIds(java.util.Collection<Long> ids) {
        return entities.load(OrgUnitEntity.class, ids).stream().map(OrgUnitEntity::toOrgUnit)
                .collect(Collectors.toMap(OrgUnit::id, u -> u, (a, b) -> a));
    }

    /** Every unit's id (the administrator's scope), without reading the units. */
    public List<Long> allIds() {
        return tree.allIds();
    }

    public long count() {
        return tree.count();
    }

    /**
     * The unit itself and everything below it, active or not: the scope of an officer or a manager there.
     * One recursive query; the whole tree is never read.
     */
    public Set<Long> selfAndDescendants(long id) {
        return tree.selfAndDescendants(id);
    }

    /** "Bắc Giang › Tân Yên › An Dương". */
    public String path(long id) {
        return paths(List.of(id)).getOrDefault(id, "");
    }

    /** The paths of these units, with their ancestors read in one recursive query; unknown ids left out. */
    public Map<Long, String> paths(java.util.Collection<Long> ids) {
        Map<Long, OrgTreeQueries.Node> nodes = tree.selfAndAncestors(ids);
        Map<Long, String> paths = new java.util.LinkedHashMap<>();
        ids.stream().filter(nodes::containsKey).forEach(id -> paths.put(id, pathIn(id, nodes)));
        return paths;
    }

    /** Every unit's path, read in one query: for lists and pickers that label many units. */
    public Map<Long, String> paths() {
        Map<Long, OrgTreeQueries.Node> byId = all().stream().collect(Collectors.toMap(OrgUnit::id,
                u -> new OrgTreeQueries.Node(u.id(), u.parentId(), u.name())));
        return byId.keySet().stream().collect(Collectors.toMap(Function.identity(), id -> pathIn(id, byId)));
    }

    private static String pathIn(long id, Map<Long, OrgTreeQueries.Node> byId) {
        List<String> names = new ArrayList<>();
        OrgTreeQueries.Node current = byId.get(id);
        while (current != null) {
            names.add(0, current.name());
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return String.join(" › ", names);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrgUnit createArea(Long parentId, String name, String levelCode) {
        String cleanName = requireName(name);
        OrgLevel level = levels().stream().filter(l -> l.code().equals(levelCode)).findFirst()
                .orElseThrow(() -> new ValidationException(FIELD_LEVEL, "org.error.levelRequired"));
        if (parentId != null) {
            OrgUnitEntity parent = requireParent(parentId);
            requireLevelBelow(parent, level);
        }
        requireUniqueName(parentId, cleanName);
        return units.save(OrgUnitEntity.area(parentId, cleanName, level.code())).toOrgUnit();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrgUnit createAgency(Long parentId, String name, String agencyTypeCode) {
        String cleanName = requireName(name);
        if (parentId == null) {
            throw new ValidationException(FIELD_PARENT, "org.error.agencyNeedsArea");
        }
        OrgUnitEntity parent = requireParent(parentId);
        if (parent.getKind() != OrgUnitKind.AREA) {
            throw new ValidationException(FIELD_PARENT, "org.error.agencyNeedsArea");
        }
        if (agencyTypeCode == null || agencyTypes.findById(agencyTypeCode).isEmpty()) {
            throw new ValidationException(FIELD_AGENCY_TYPE, "org.error.agencyTypeRequired");
        }
        requireUniqueName(parentId, cleanName);
        return units.save(OrgUnitEntity.agency(parentId, cleanName, agencyTypeCode)).toOrgUnit();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrgUnit rename(long id, String newName) {
        return rename(id, newName, null);
    }

    /** The same, refused ({@link ConflictException}) if the unit changed since {@code expectedVersion} (null: none). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrgUnit rename(long id, String newName, Long expectedVersion) {
        OrgUnitEntity unit = units.findById(id).orElseThrow();
        ConflictException.requireVersion("version", expectedVersion, unit.getVersion());
        String cleanName = requireName(newName);
        String oldName = unit.toOrgUnit().name();
        if (!cleanName.equalsIgnoreCase(oldName)) {
            requireUniqueName(unit.getParentId(), cleanName);
        }
        if (cleanName.equals(oldName)) {
            return unit.toOrgUnit();
        }
        String oldPath = path(id);
        unit.rename(cleanName);
        shownNames.forget(id);
        units.flush();
        events.publishEvent(new OrgUnitRenamed(id, oldName, cleanName, oldPath, path(id)));
        return unit.toOrgUnit();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrgUnit move(long id, Long newParentId) {
        return move(id, newParentId, null);
    }

    /** The same, refused ({@link ConflictException}) if the unit changed since {@code expectedVersion} (null: none). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrgUnit move(long id, Long newParentId, Long expectedVersion) {
        OrgUnitEntity unit = units.findById(id).orElseThrow();
        ConflictException.requireVersion("version", expectedVersion, unit.getVersion());
        if (newParentId == null) {
            throw new ValidationException(FIELD_PARENT, "org.error.parentRequired");
        }
        if (selfAndDescendants(id).contains(newParentId)) {
            throw new ValidationException(FIELD_PARENT, "org.error.moveIntoItself");
        }
        OrgUnitEntity parent = requireParent(newParentId);
        if (parent.getKind() != OrgUnitKind.AREA) {
            throw new ValidationException(FIELD_PARENT, "org.error.parentMustBeArea");
        }
        if (unit.getKind() == OrgUnitKind.AREA) {
            OrgLevel level = levels().stream().filter(l -> l.code().equals(unit.getLevelCode())).findFirst()
                    .orElseThrow();
            requireLevelBelow(parent, level);
            for (OrgUnit child : children(id)) {
                if (child.isArea()) {
                    // the children keep their levels; the moved unit must still sit above them
                    requireLevelBelow(unit, levelOf(child.levelCode()));
                }
            }
        }
        requireUniqueName(newParentId, unit.toOrgUnit().name());
        unit.moveUnder(newParentId);
        units.flush();
        return unit.toOrgUnit();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrgUnit deactivate(long id) {
        return deactivate(id, null);
    }

    /** The same, refused ({@link ConflictException}) if the unit changed since {@code expectedVersion} (null: none). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrgUnit deactivate(long id, Long expectedVersion) {
        OrgUnitEntity unit = units.findById(id).orElseThrow();
        ConflictException.requireVersion("version", expectedVersion, unit.getVersion());
        if (units.existsByParentIdAndActiveTrue(id)) {
            throw new ValidationException(FIELD_NAME, "org.error.hasActiveChildren");
        }
        if (users.existsByOrgUnitIdAndActiveTrue(id)) {
            throw new ValidationException(FIELD_NAME, "org.error.hasActiveUsers");
        }
        unit.deactivate();
        units.flush();
        return unit.toOrgUnit();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrgUnit reactivate(long id) {
        return reactivate(id, null);
    }

    /** The same, refused ({@link ConflictException}) if the unit changed since {@code expectedVersion} (null: none). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrgUnit reactivate(long id, Long expectedVersion) {
        OrgUnitEntity unit = units.findById(id).orElseThrow();
        ConflictException.requireVersion("version", expectedVersion, unit.getVersion());
        if (unit.getParentId() != null && !requireParent(unit.getParentId()).isActive()) {
            throw new ValidationException(FIELD_PARENT, "org.error.parentInactive");
        }
        unit.reactivate();
        units.flush();
        return unit.toOrgUnit();
    }

    private OrgLevel levelOf(String code) {
        return levels().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    private void requireLevelBelow(OrgUnitEntity parent, OrgLevel level) {
        if (parent.getKind() != OrgUnitKind.AREA) {
            throw new ValidationException(FIELD_PARENT, "org.error.parentMustBeArea");
        }
        OrgLevel parentLevel = levelOf(parent.getLevelCode());
        if (level.rank() <= parentLevel.rank()) {
            throw new ValidationException(FIELD_LEVEL, "org.error.levelNotBelowParent", level.nameVi(),
                    parentLevel.nameVi());
        }
    }

    private OrgUnitEntity requireParent(long parentId) {
        return units.findById(parentId)
                .orElseThrow(() -> new ValidationException(FIELD_PARENT, "org.error.notFound", parentId));
    }

    private static String requireName(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new ValidationException(FIELD_NAME, "org.error.nameRequired");
        }
        if (clean.length() > MAX_NAME_LENGTH) {
            throw new ValidationException(FIELD_NAME, "org.error.nameTooLong", MAX_NAME_LENGTH);
        }
        return clean;
    }

    private void requireUniqueName(Long parentId, String name) {
        boolean taken = parentId == null ? units.existsByParentIdIsNullAndNameIgnoreCase(name)
                : units.existsByParentIdAndNameIgnoreCase(parentId, name);
        if (taken) {
            throw new ValidationException(FIELD_NAME, "org.error.nameTaken", name);
        }
    }
}
