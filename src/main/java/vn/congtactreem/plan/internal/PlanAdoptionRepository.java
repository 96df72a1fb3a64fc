package vn.congtactreem.plan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanAdoptionRepository extends JpaRepository<PlanAdoptionEntity, Long> {

    List<PlanAdoptionEntity> findBySignedFileId(Long signedFileId);
}
