package vn.congtactreem.org;

/** An administrative area (province, district, commune, village) or an agency attached to one. */
public enum OrgUnitKind {
    AREA,
    AGENCY
}
