package vn.congtactreem.org;

/**
 * Published by {@link OrgService#rename} inside its transaction, so that other features can keep the name the unit
 * had (e.g. in its change history) without the org feature knowing them.
 */
public record OrgUnitRenamed(long orgUnitId, String oldName, String newName, String oldPath, String newPath) {
}
