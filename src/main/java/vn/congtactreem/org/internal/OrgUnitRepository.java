package vn.congtactreem.org.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgUnitRepository extends JpaRepository<OrgUnitEntity, Long> {

    List<OrgUnitEntity> findByParentIdOrderByName(Long parentId);

    boolean existsByParentIdAndActiveTrue(Long parentId);

    boolean existsByParentIdAndNameIgnoreCase(Long parentId, String name);

    boolean existsByParentIdIsNullAndNameIgnoreCase(String name);

    java.util.Optional<OrgUnitEntity> findByOfficialCode(String officialCode);

    /** Every unit as a record, without managing 40,000 entities when the whole country is loaded. */
    @org.springframework.data.jpa.repository.Query("""
            select new vn.congtactreem.org.OrgUnit(u.id, u.parentId, u.kind, u.levelCode, u.agencyTypeCode, u.name,
                u.active, u.officialCode, u.adminKindCode, u.version) from OrgUnitEntity u
            """)
    List<vn.congtactreem.org.OrgUnit> findAllUnits();
}
