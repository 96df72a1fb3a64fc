package vn.congtactreem.plan.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AssignmentRepository extends JpaRepository<AssignmentEntity, Long> {

    // a JPQL string, not a derived query: Hibernate keeps its translation (it translates a derived query's criteria
    // tree anew on every call; docs/scaling.md, item 11)
    @Query("select a from AssignmentEntity a where a.planId = :planId order by a.id")
    List<AssignmentEntity> findByPlanIdOrderByIdAsc(@Param("planId") Long planId);

    Optional<AssignmentEntity> findByPlanIdAndOrgUnitId(Long planId, Long orgUnitId);

    List<AssignmentEntity> findByOrgUnitIdIn(Collection<Long> orgUnitIds);

    void deleteByPlanId(Long planId);

    /**
     * Marks the assignment acknowledged unless it already is; answers 1 for the one call that did it.
     * A conditional update: of two requests at once, the second waits for the first's row lock and
     * then finds nothing left to do.
     */
    @Modifying(flushAutomatically = true)
    @Query("update AssignmentEntity a set a.acknowledgedAt = :at, a.acknowledgedBy = :by "
            + "where a.id = :id and a.acknowledgedAt is null")
    int acknowledgeOnce(@Param("id") long id, @Param("by") String by, @Param("at") Instant at);
}
