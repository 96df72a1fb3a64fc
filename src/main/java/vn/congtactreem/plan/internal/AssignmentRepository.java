package vn.congtactreem.plan.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
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
     * The assignment row locked until the transaction ends ({@code select ... for update}): of two acknowledgements
     * at once, the second waits for the first's commit and then reads it acknowledged. (Once a JPQL bulk update,
     * which Hibernate translated anew on every call: docs/scaling.md, item 12.)
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from AssignmentEntity a where a.id = :id")
    Optional<AssignmentEntity> lockById(@Param("id") Long id);
}
