package vn.congtactreem.org.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.congtactreem.org.Role;

public interface UserRepository extends JpaRepository<UserEntity, Long> {

    /** Exact: read through the unique index on {@code username} (one row, whatever the number of users). */
    // a JPQL string, not a derived query: Hibernate keeps its translation (it translates a derived query's criteria
    // tree anew on every call; docs/scaling.md, item 11)
    @Query("select u from UserEntity u where u.username = :username")
    Optional<UserEntity> findByUsername(@Param("username") String username);

    /**
     * Ignoring case: {@code upper(username) = upper(?)}, served on PostgreSQL by the index on {@code upper(username)}
     * (V34; without it a read of every user, about 10 ms at 46,000); only where the lower-case name was not found
     * ({@code UserService}).
     */
    Optional<UserEntity> findByUsernameIgnoreCase(String username);

    List<UserEntity> findByUsernameIn(Collection<String> usernames);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByOrgUnitIdAndActiveTrue(Long orgUnitId);

    boolean existsByDemoAccountTrueAndActiveTrue();

    @Query("select count(u) > 0 from UserEntity u join u.roles r where r = :role and u.active = true")
    boolean existsActiveWithRole(@Param("role") Role role);

    @Query("""
            select count(u) > 0 from UserEntity u join u.roles r
            where r = :role and u.active = true and u.orgUnitId = :orgUnitId
            """)
    boolean existsActiveWithRoleIn(@Param("orgUnitId") Long orgUnitId, @Param("role") Role role);

    @Query("""
            select distinct u.orgUnitId from UserEntity u join u.roles r
            where r = :role and u.active = true and u.orgUnitId in :orgUnitIds
            """)
    List<Long> orgUnitsWithActiveRole(@Param("orgUnitIds") java.util.Collection<Long> orgUnitIds,
                                      @Param("role") Role role);

    @Query("""
            select u from UserEntity u join u.roles r
            where r = :role and u.active = true and u.orgUnitId = :orgUnitId order by u.username
            """)
    List<UserEntity> findActiveWithRoleIn(@Param("orgUnitId") Long orgUnitId, @Param("role") Role role);

    @Query("""
            select u from UserEntity u join u.roles r
            where r = :role and u.active = true and u.orgUnitId in :orgUnitIds order by u.username
            """)
    List<UserEntity> findActiveWithRoleInAny(@Param("orgUnitIds") java.util.Collection<Long> orgUnitIds,
                                             @Param("role") Role role);

    @Query("""
            select u from UserEntity u
            where lower(u.username) like :pattern escape '\\' or lower(u.fullName) like :pattern escape '\\'
            """)
    Page<UserEntity> search(@Param("pattern") String pattern, Pageable pageable);

    @Query("""
            select count(u) from UserEntity u
            where lower(u.username) like :pattern escape '\\' or lower(u.fullName) like :pattern escape '\\'
            """)
    long countSearch(@Param("pattern") String pattern);
}
