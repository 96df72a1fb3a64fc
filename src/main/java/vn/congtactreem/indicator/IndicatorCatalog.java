package vn.congtactreem.indicator;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.ConflictException;
import vn.congtactreem.base.EntitiesById;
import vn.congtactreem.base.SearchText;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.indicator.internal.IndicatorEntity;
import vn.congtactreem.indicator.internal.IndicatorRepository;

/**
 * The indicator catalogue: what plans can set targets on and units report. Everyone reads it; only
 * an administrator adds, changes, deactivates or reactivates an indicator. Nothing is ever deleted:
 * plans refer to their indicators, and a deactivated one stays on the plans that use it.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorCatalog {

    public static final String FIELD_CODE = "code";
    public static final String FIELD_NAME = "name";
    public static final String FIELD_MEASURE = "measure";
    public static final String FIELD_NUMERATOR = "numerator";
    public static final String FIELD_DENOMINATOR = "denominator";
    public static final String FIELD_COUNT_UNIT = "countUnit";
    public static final String FIELD_DIRECTION = "direction";
    public static final String FIELD_GROUP = "group";
    public static final String FIELD_SOURCE = "source";
    public static final String FIELD_PLAUSIBLE_MIN = "plausibleMin";
    public static final String FIELD_PLAUSIBLE_MAX = "plausibleMax";

    /** "BV-01", "YT-03": letters, digits, dot, dash or underscore, at most 20 (the column's width). */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,19}");
    private static final int NAME_LENGTH = 400;
    private static final int TEXT_LENGTH = 400;
    private static final int COUNT_UNIT_LENGTH = 40;
    private static final int SOURCE_LENGTH = 300;
    /** A group's positions start at 100 × its order (V8), so a new indicator lands among its own. */
    private static final int GROUP_POSITIONS = 100;

    private final IndicatorRepository indicators;
    private final EntitiesById entities;

    public IndicatorCatalog(IndicatorRepository indicators, EntitiesById entities) {
        this.indicators = indicators;
        this.entities = entities;
    }

    /** Every indicator, active or not, in the catalogue's order. */
    public List<Indicator> all() {
        return indicators.findAllByOrderByPositionAscCodeAsc().stream().map(IndicatorEntity::toIndicator).toList();
    }

    /** What a plan may set a new target on. */
    public List<Indicator> active() {
        return all().stream().filter(Indicator::active).toList();
    }

    public Indicator get(long id) {
        return indicators.findById(id).map(IndicatorEntity::toIndicator)
                .orElseThrow(() -> new ValidationException("indicatorId", "indicator.error.notFound", id));
    }

    public Optional<Indicator> byCode(String code) {
        return code == null ? Optional.empty()
                : indicators.findByCodeIgnoreCase(code.strip()).map(IndicatorEntity::toIndicator);
    }

    public Map<Long, Indicator> byIds(Collection<Long> ids) {
        return entities.load(IndicatorEntity.class, ids).stream().map(IndicatorEntity::toIndicator)
                .collect(Collectors.toMap(Indicator::id, Function.identity()));
    }

    /**
     * The catalogue narrowed by a text found in the code or the name (case and diacritics ignored:
     * "tai nan" finds "tai nạn") and by a group; null or blank: no narrowing.
     */
    public List<Indicator> search(String text, IndicatorGroup group) {
        return all().stream()
                .filter(i -> group == null || i.group() == group)
                .filter(i -> SearchText.contains(i.code() + " " + i.name(), text))
                .toList();
    }

    /** Which targets and values refer to the indicator. */
    public IndicatorUsage usage(long id) {
        return new IndicatorUsage(indicators.countTargets(id), indicators.countValues(id));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Indicator create(IndicatorForm form) {
        Valid valid = validate(form, null);
        IndicatorEntity entity = new IndicatorEntity(valid.code());
        describe(entity, valid, form.position() != null ? form.position() : nextPosition(valid.form().group()));
        return indicators.save(entity).toIndicator();
    }

    /**
     * Changes an indicator; its measure only while no target or value refers to it. Without a position
     * it keeps its place, or goes after the others of its new group.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Indicator update(long id, IndicatorForm form) {
        return update(id, form, null);
    }

    /**
     * The same, refused ({@link ConflictException}) if the indicator changed since the administrator opened it at
     * {@code expectedVersion} (null: no check); the answer carries the new version.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Indicator update(long id, IndicatorForm form, Long expectedVersion) {
        IndicatorEntity entity = entity(id);
        ConflictException.requireVersion("version", expectedVersion, entity.getVersion());
        Indicator before = entity.toIndicator();
        Valid valid = validate(form, id);
        if (valid.form().measure() != before.measure()) {
            IndicatorUsage usage = usage(id);
            if (usage.inUse()) {
                throw new ValidationException(FIELD_MEASURE, "indicator.error.measureInUse",
                        before.code(), usage.targets(), usage.values());
            }
        }
        int position = form.position() != null ? form.position()
                : valid.form().group() == before.group() ? before.position() : nextPosition(valid.form().group());
        describe(entity, valid, position);
        indicators.flush();
        return entity.toIndicator();
    }

    /** No new target can be set on it; the plans and reports that use it keep it. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Indicator deactivate(long id) {
        IndicatorEntity entity = entity(id);
        entity.setActive(false);
        indicators.flush();
        return entity.toIndicator();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Indicator reactivate(long id) {
        IndicatorEntity entity = entity(id);
        entity.setActive(true);
        indicators.flush();
        return entity.toIndicator();
    }

    private IndicatorEntity entity(long id) {
        return indicators.findById(id)
                .orElseThrow(() -> new ValidationException("indicatorId", "indicator.error.notFound", id));
    }

    /** The form with its texts trimmed (blank: none) once every rule holds; the code in capitals. */
    private record Valid(String code, IndicatorForm form) {
    }

    private Valid validate(IndicatorForm form, Long id) {
        String code = clean(form.code()) == null ? "" : clean(form.code()).toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new ValidationException(FIELD_CODE, "indicator.error.codeRequired");
        }
        if (!CODE.matcher(code).matches()) {
            throw new ValidationException(FIELD_CODE, "indicator.error.codeFormat");
        }
        indicators.findByCodeIgnoreCase(code).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new ValidationException(FIELD_CODE, "indicator.error.codeTaken", code);
        });
        String name = required(form.name(), FIELD_NAME, "indicator.error.nameRequired", NAME_LENGTH);
        if (form.measure() == null) {
            throw new ValidationException(FIELD_MEASURE, "indicator.error.measureRequired");
        }
        if (form.direction() == null) {
            throw new ValidationException(FIELD_DIRECTION, "indicator.error.directionRequired");
        }
        if (form.group() == null) {
            throw new ValidationException(FIELD_GROUP, "indicator.error.groupRequired");
        }
        Measure measure = form.measure();
        String numerator = measure == Measure.YES_NO ? null
                : required(form.numerator(), FIELD_NUMERATOR, "indicator.catalogue.error.numeratorRequired", TEXT_LENGTH);
        String denominator = !measure.isRate() ? null
                : required(form.denominator(), FIELD_DENOMINATOR, "indicator.catalogue.error.denominatorRequired", TEXT_LENGTH);
        String countUnit = optional(form.countUnit(), FIELD_COUNT_UNIT, COUNT_UNIT_LENGTH);
        String source = optional(form.source(), FIELD_SOURCE, SOURCE_LENGTH);
        BigDecimal min = form.plausibleMin();
        BigDecimal max = form.plausibleMax();
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new ValidationException(FIELD_PLAUSIBLE_MAX, "indicator.error.minAboveMax");
        }
        return new Valid(code, new IndicatorForm(code, name, measure, numerator, denominator, countUnit,
                form.direction(), form.group(), source, min, max, form.position()));
    }

    private static void describe(IndicatorEntity entity, Valid valid, int position) {
        IndicatorForm f = valid.form();
        entity.describe(valid.code(), f.name(), f.measure(), f.numerator(), f.denominator(), f.countUnit(),
                f.direction(), f.group(), f.source(), f.plausibleMin(), f.plausibleMax(), position);
    }

    private int nextPosition(IndicatorGroup group) {
        return indicators.maxPositionIn(group).map(max -> max + 1)
                .orElse((group.ordinal() + 1) * GROUP_POSITIONS + 1);
    }

    private static String required(String text, String field, String messageKey, int maxLength) {
        String clean = clean(text);
        if (clean == null) {
            throw new ValidationException(field, messageKey);
        }
        return checkLength(clean, field, maxLength);
    }

    private static String optional(String text, String field, int maxLength) {
        String clean = clean(text);
        return clean == null ? null : checkLength(clean, field, maxLength);
    }

    private static String checkLength(String text, String field, int maxLength) {
        if (text.length() > maxLength) {
            throw new ValidationException(field, "indicator.error.tooLong", maxLength);
        }
        return text;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
