package vn.congtactreem.org.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import vn.congtactreem.org.NameKey;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.OrgUnitKind;

@Entity
@Table(name = "org_unit")
public class OrgUnitEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** Optimistic locking (V13): an update from a stale state is refused. */
    @Version
    private long version;

    @Column(name = "parent_id")
    private Long parentId;

    @Enumerated(EnumType.STRING)
    private OrgUnitKind kind;

    @Column(name = "level_code")
    private String levelCode;

    @Column(name = "agency_type_code")
    private String agencyTypeCode;

    private String name;

    /** {@link NameKey} of the name, what the tree's search compares. */
    @Column(name = "name_key")
    private String nameKey;

    private boolean active = true;
    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Column(name = "official_code")
    private String officialCode;

    @Column(name = "admin_kind_code")
    private String adminKindCode;

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now();

    protected OrgUnitEntity() {
    }

    public static OrgUnitEntity area(Long parentId, String name, String levelCode) {
        OrgUnitEntity unit = new OrgUnitEntity();
        unit.parentId = parentId;
        unit.kind = OrgUnitKind.AREA;
        unit.levelCode = levelCode;
        unit.name = name;
        unit.nameKey = NameKey.of(name);
        return unit;
    }

    public static OrgUnitEntity agency(long parentId, String name, String agencyTypeCode) {
        OrgUnitEntity unit = new OrgUnitEntity();
        unit.parentId = parentId;
        unit.kind = OrgUnitKind.AGENCY;
        unit.agencyTypeCode = agencyTypeCode;
        unit.name = name;
        unit.nameKey = NameKey.of(name);
        return unit;
    }

    public void rename(String newName) {
        this.name = newName;
        this.nameKey = NameKey.of(newName);
    }

    public void moveUnder(long newParentId) {
        this.parentId = newParentId;
    }

    /** The National Statistics Office's code and the administrative kind (both may be null). */
    public void identify(String officialCode, String adminKindCode) {
        this.officialCode = officialCode;
        this.adminKindCode = adminKindCode;
    }

    /** From now on the unit no longer counts as expected to report (monitoring reads the moment). */
    public void deactivate() {
        this.active = false;
        this.deactivatedAt = Instant.now();
    }

    public void reactivate() {
        this.active = true;
        this.deactivatedAt = null;
    }

    public Long getId() {
        return id;
    }

    public Long getParentId() {
        return parentId;
    }

    public OrgUnitKind getKind() {
        return kind;
    }

    public String getLevelCode() {
        return levelCode;
    }

    public boolean isActive() {
        return active;
    }

    public OrgUnit toOrgUnit() {
        return new OrgUnit(id, parentId, kind, levelCode, agencyTypeCode, name, active, officialCode, adminKindCode,
                version);
    }

    public long getVersion() {
        return version;
    }
}
