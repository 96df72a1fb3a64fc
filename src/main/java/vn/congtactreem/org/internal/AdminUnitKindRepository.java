package vn.congtactreem.org.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AdminUnitKindRepository extends JpaRepository<AdminUnitKindEntity, String> {
}
