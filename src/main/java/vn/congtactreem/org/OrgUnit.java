package vn.congtactreem.org;

/**
 * An organisation as the rest of the application sees it.
 *
 * @param officialCode  the National Statistics Office's code of an area (province 2 digits, commune 5), or null
 * @param adminKindCode its administrative kind ({@link AdminUnitKind}: tỉnh, thành phố, xã, phường…), or null
 * @param version       the row's version: the administrator's change from an older one is refused
 */
public record OrgUnit(long id, Long parentId, OrgUnitKind kind, String levelCode, String agencyTypeCode,
                      String name, boolean active, String officialCode, String adminKindCode, long version) {

    /** A unit not read from the database (tests), at version 0. */
    public OrgUnit(long id, Long parentId, OrgUnitKind kind, String levelCode, String agencyTypeCode, String name,
                   boolean active, String officialCode, String adminKindCode) {
        this(id, parentId, kind, levelCode, agencyTypeCode, name, active, officialCode, adminKindCode, 0);
    }

    public boolean isArea() {
        return kind == OrgUnitKind.AREA;
    }
}
