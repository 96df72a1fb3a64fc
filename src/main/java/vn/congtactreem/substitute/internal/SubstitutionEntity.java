package vn.congtactreem.substitute.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code substitution}: who acts for whom, from which day to which day (inclusive). */
@Entity
@Table(name = "substitution")
public class SubstitutionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "person_id")
    private long personId;
    @Column(name = "substitute_id")
    private long substituteId;
    @Column(name = "date_from")
    private LocalDate dateFrom;
    @Column(name = "date_to")
    private LocalDate dateTo;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "ended_early_at")
    private Instant endedEarlyAt;
    @Column(name = "links_cleared")
    private boolean linksCleared;

    protected SubstitutionEntity() {
    }

    public SubstitutionEntity(long personId, long substituteId, LocalDate dateFrom, LocalDate dateTo,
                              String createdBy, Instant createdAt) {
        this.personId = personId;
        this.substituteId = substituteId;
        this.dateFrom = dateFrom;
        this.dateTo = dateTo;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Ended before its last day: from this moment the substitute no longer acts (the dates stay as named). */
    public void endEarly(Instant at) {
        this.endedEarlyAt = at;
    }

    public void linksCleared() {
        this.linksCleared = true;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public long getSubstituteId() {
        return substituteId;
    }

    public LocalDate getDateFrom() {
        return dateFrom;
    }

    public LocalDate getDateTo() {
        return dateTo;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEndedEarlyAt() {
        return endedEarlyAt;
    }

    public boolean isLinksCleared() {
        return linksCleared;
    }
}
