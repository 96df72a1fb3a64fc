package vn.congtactreem.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PeriodForm;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.PeriodStatus;
import vn.congtactreem.plan.ReportingPeriod;

@Entity
@Table(name = "reporting_period")
public class ReportingPeriodEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** Optimistic locking (V13): an update from a stale state is refused. */
    @Version
    private long version;
    @Column(name = "plan_id")
    private Long planId;
    @Column(name = "report_year")
    private int year;
    @Enumerated(EnumType.STRING)
    private PeriodKind kind;
    @Column(name = "data_from")
    private LocalDate dataFrom;
    @Column(name = "data_to")
    private LocalDate dataTo;
    @Column(name = "opens_on")
    private LocalDate opensOn;
    @Column(name = "unit_due")
    private LocalDate unitDue;
    @Column(name = "upper_due")
    private LocalDate upperDue;
    @Column(name = "reminder_days")
    private String reminderDays;
    @Enumerated(EnumType.STRING)
    private PeriodStatus status = PeriodStatus.PLANNED;
    @Column(name = "upper_period_id")
    private Long upperPeriodId;

    protected ReportingPeriodEntity() {
    }

    public ReportingPeriodEntity(long planId, int year, PeriodKind kind, LocalDate dataFrom, LocalDate dataTo,
                                 LocalDate opensOn, LocalDate unitDue, LocalDate upperDue, String reminderDays) {
        this.planId = planId;
        this.year = year;
        this.kind = kind;
        this.dataFrom = dataFrom;
        this.dataTo = dataTo;
        this.opensOn = opensOn;
        this.unitDue = unitDue;
        this.upperDue = upperDue;
        this.reminderDays = reminderDays;
    }

    /** The officer's edit of the period in place: its id, status and link to the upper period stay. */
    public void rewrite(PeriodForm form) {
        this.year = form.year();
        this.kind = form.kind();
        this.dataFrom = form.dataFrom();
        this.dataTo = form.dataTo();
        this.opensOn = form.opensOn();
        this.unitDue = form.unitDue();
        this.upperDue = form.upperDue();
        this.reminderDays = form.reminderDays();
    }

    public PeriodKind kind() {
        return kind;
    }

    public int year() {
        return year;
    }

    public PeriodStatus status() {
        return status;
    }

    public void reportsInto(long upperPeriodId) {
        this.upperPeriodId = upperPeriodId;
    }

    public Long getUpperPeriodId() {
        return upperPeriodId;
    }

    public void moveTo(PeriodStatus next) {
        status = next;
    }

    public Long getId() {
        return id;
    }

    public Long getPlanId() {
        return planId;
    }

    public ReportingPeriod toPeriod() {
        return new ReportingPeriod(id, planId, year, kind, dataFrom, dataTo, opensOn, unitDue, upperDue,
                Deadlines.parseReminderDays(reminderDays), status, upperPeriodId);
    }

    public long getVersion() {
        return version;
    }
}
