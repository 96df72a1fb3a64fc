package vn.congtactreem.org.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgLevelRepository extends JpaRepository<OrgLevelEntity, String> {
}
