package vn.congtactreem.indicator;

import java.util.Collection;
import vn.congtactreem.org.OrgUnit;

/**
 * Where a target's figure comes from at its level (docs/decisions/0001-one-source-per-figure.md): the
 * sum of the areas below it, the report of the units (offices) that answer for the whole area, or the
 * organisation's own figure given by its officer in the consolidated report. Follows from the
 * target's responsible units; areas and offices together would count the same children twice and are
 * refused.
 */
public enum FigureSource {
    /** no unit answers for it: the organisation's officer gives the figure. */
    OWN,
    /** "tổng hợp từ cấp dưới": the sum of the responsible areas' figures (each area's whole figure). */
    AREAS,
    /** "do … báo cáo toàn địa bàn": the sum of the responsible offices' reports. */
    UNITS;

    /** The source of a target with these responsible units; null when areas and offices are mixed. */
    public static FigureSource of(Collection<OrgUnit> responsible) {
        if (responsible.isEmpty()) {
            return OWN;
        }
        long areas = responsible.stream().filter(OrgUnit::isArea).count();
        if (areas == responsible.size()) {
            return AREAS;
        }
        return areas == 0 ? UNITS : null;
    }
}
