package vn.congtactreem.appendix.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppendixFormRepository extends JpaRepository<AppendixFormEntity, Long> {

    // a JPQL string, not a derived query: Hibernate keeps its translation (it translates a derived query's criteria
    // tree anew on every call; docs/scaling.md, item 11)
    @Query("select f from AppendixFormEntity f where f.planId = :planId order by f.number")
    List<AppendixFormEntity> findByPlanIdOrderByNumberAsc(@Param("planId") long planId);

    List<AppendixFormEntity> findByPlanIdInOrderByNumberAsc(Collection<Long> planIds);
}
