package vn.congtactreem.org.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyTypeRepository extends JpaRepository<AgencyTypeEntity, String> {
}
