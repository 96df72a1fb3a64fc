package vn.congtactreem.substitute.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SubstitutionRepository extends JpaRepository<SubstitutionEntity, Long> {

    List<SubstitutionEntity> findByPersonIdOrderByDateFromDescIdDesc(long personId);

    /** Those running on {@code day} (not ended early) in which the user is the substitute. */
    @Query("""
            select s from SubstitutionEntity s where s.substituteId = :substituteId and s.endedEarlyAt is null
            and s.dateFrom <= :day and s.dateTo >= :day order by s.id""")
    List<SubstitutionEntity> runningFor(@Param("substituteId") long substituteId, @Param("day") LocalDate day);

    /** Every substitution running on {@code day}. */
    @Query("""
            select s from SubstitutionEntity s where s.endedEarlyAt is null and s.dateFrom <= :day
            and s.dateTo >= :day order by s.id""")
    List<SubstitutionEntity> running(@Param("day") LocalDate day);

    /** Ended (early, or their last day before {@code day}) and whose engine links are not yet taken away. */
    @Query("""
            select s from SubstitutionEntity s where s.linksCleared = false
            and (s.endedEarlyAt is not null or s.dateTo < :day) order by s.id""")
    List<SubstitutionEntity> endedWithLinks(@Param("day") LocalDate day);
}
