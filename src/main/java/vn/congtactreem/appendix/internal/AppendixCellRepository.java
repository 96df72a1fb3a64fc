package vn.congtactreem.appendix.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppendixCellRepository extends JpaRepository<AppendixCellEntity, Long> {

    List<AppendixCellEntity> findByUnitReportIdIn(Collection<Long> unitReportIds);
}
