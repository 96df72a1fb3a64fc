package vn.congtactreem.org.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgUnitRepository extends JpaRepository<OrgUnitEntity, Long> {

    List<OrgUnitEntity> findByParentIdOrderByName(Long parentId);

    boolean existsByParentIdAndActiveTrue(Long parentId);

    boolean existsByParentIdAndNameIgnoreCase(Long parentId, String name);

    boolean existsByParentIdIsNullAndNameIgnoreCase(String name);

    java.util.Optional<OrgUnitEntity> findByOfficialCode(String officialCode);
}
