package vn.congtactreem.org;

/** An organisation as the rest of the application sees it. */
public record OrgUnit(long id, Long parentId, OrgUnitKind kind, String levelCode, String agencyTypeCode,
                      String name, boolean active) {

    public boolean isArea() {
        return kind == OrgUnitKind.AREA;
    }
}
