package vn.congtactreem.indicator.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import vn.congtactreem.indicator.Direction;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.IndicatorGroup;
import vn.congtactreem.indicator.Measure;

@Entity
@Table(name = "indicator")
public class IndicatorEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** Optimistic locking (V13): an update from a stale state is refused. */
    @Version
    private long version;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private Measure measure;
    private String numerator;
    private String denominator;
    @Column(name = "count_unit")
    private String countUnit;
    @Enumerated(EnumType.STRING)
    private Direction direction;
    @Enumerated(EnumType.STRING)
    @Column(name = "indicator_group")
    private IndicatorGroup group;
    private String source;
    @Column(name = "plausible_min")
    private BigDecimal plausibleMin;
    @Column(name = "plausible_max")
    private BigDecimal plausibleMax;
    private boolean active = true;
    private int position;

    protected IndicatorEntity() {
    }

    public IndicatorEntity(String code) {
        this.code = code;
    }

    /** Sets everything but the code's identity; the catalogue service checks the rules first. */
    public void describe(String code, String name, Measure measure, String numerator, String denominator,
                         String countUnit, Direction direction, IndicatorGroup group, String source,
                         BigDecimal plausibleMin, BigDecimal plausibleMax, int position) {
        this.code = code;
        this.name = name;
        this.measure = measure;
        this.numerator = numerator;
        this.denominator = denominator;
        this.countUnit = countUnit;
        this.direction = direction;
        this.group = group;
        this.source = source;
        this.plausibleMin = plausibleMin;
        this.plausibleMax = plausibleMax;
        this.position = position;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public Indicator toIndicator() {
        return new Indicator(id, code, name, measure, numerator, denominator, countUnit, direction, group, source,
                plausibleMin, plausibleMax, active, position, version);
    }

    public long getVersion() {
        return version;
    }
}
