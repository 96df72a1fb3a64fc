package vn.congtactreem.appendix.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppendixFormRepository extends JpaRepository<AppendixFormEntity, Long> {

    List<AppendixFormEntity> findByPlanIdOrderByNumberAsc(long planId);

    List<AppendixFormEntity> findByPlanIdInOrderByNumberAsc(Collection<Long> planIds);
}
