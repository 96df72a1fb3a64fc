package vn.congtactreem.monitoring.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import vn.congtactreem.indicator.TargetStatus;
import vn.congtactreem.monitoring.PeriodRate;
import vn.congtactreem.monitoring.SubAreaRow;
import vn.congtactreem.monitoring.Tally;
import vn.congtactreem.monitoring.TargetRow;

/**
 * The dashboard's ECharts options, built from the figures the tables show (so chart and table never
 * disagree): reporting and on-time rate per period, per sub-area, and the targets by status. Texts
 * come through {@code translate}; a rate the definitions do not give (nothing expected) is "-",
 * ECharts' empty value.
 */
final class ChartOptions {

    static final String REPORTING = "#1676f3";
    static final String ON_TIME = "#2e7d32";
    private static final Map<TargetStatus, String> STATUS_COLOURS = new EnumMap<>(Map.of(
            TargetStatus.ACHIEVED, "#2e7d32", TargetStatus.ON_TRACK, "#1676f3", TargetStatus.OFF_TRACK, "#ef6c00",
            TargetStatus.NOT_ACHIEVED, "#c62828", TargetStatus.NO_DATA, "#9e9e9e", TargetStatus.NOT_APPLICABLE, "#6d4c41"));

    private final BiFunction<String, Object[], String> translate;

    ChartOptions(BiFunction<String, Object[], String> translate) {
        this.translate = translate;
    }

    /** Bars: each period's reporting rate and on-time rate (percent). */
    Map<String, Object> byPeriod(List<PeriodRate> rates) {
        List<String> names = rates.stream().map(r -> text("period.kind." + r.period().kind().name(),
                r.period().year())).toList();
        return rateBars(names, rates.stream().map(PeriodRate::tally).toList(), false);
    }

    /** Horizontal bars: each sub-area's own reporting and on-time rate one level down. */
    Map<String, Object> bySubArea(List<SubAreaRow> rows) {
        return rateBars(rows.stream().map(SubAreaRow::name).toList(),
                rows.stream().map(SubAreaRow::own).toList(), true);
    }

    /** A ring: how many of the plan's targets stand at each status (only the statuses present). */
    Map<String, Object> targetStatus(List<TargetRow> targets) {
        Map<TargetStatus, Integer> counts = new EnumMap<>(TargetStatus.class);
        targets.forEach(t -> counts.merge(t.status(), 1, Integer::sum));
        List<Object> data = new ArrayList<>();
        counts.forEach((status, count) -> data.add(Map.of("name", text("target.status." + status.name()),
                "value", count, "itemStyle", Map.of("color", STATUS_COLOURS.get(status)))));
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "pie");
        series.put("radius", List.of("45%", "70%"));
        series.put("center", List.of("50%", "45%"));
        series.put("label", Map.of("formatter", "{b}: {c}"));
        series.put("data", data);
        Map<String, Object> option = base();
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("legend", Map.of("bottom", 0));
        option.put("series", List.of(series));
        return option;
    }

    /** The text equivalent of the period chart: "6 tháng 2024: 57,1 % báo cáo, 42,9 % đúng hạn; …". */
    String periodSummary(List<PeriodRate> rates) {
        return summary(rates.stream().map(r -> text("period.kind." + r.period().kind().name(), r.period().year())
                + ": " + rateText(r.tally())).toList());
    }

    String subAreaSummary(List<SubAreaRow> rows) {
        return summary(rows.stream().map(r -> r.name() + ": " + rateText(r.own())).toList());
    }

    String targetSummary(List<TargetRow> targets) {
        Map<TargetStatus, Integer> counts = new EnumMap<>(TargetStatus.class);
        targets.forEach(t -> counts.merge(t.status(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((status, count) -> parts.add(text("target.status." + status.name()) + ": " + count));
        return summary(parts);
    }

    private Map<String, Object> rateBars(List<String> names, List<Tally> tallies, boolean horizontal) {
        Map<String, Object> categories = new LinkedHashMap<>();
        categories.put("type", "category");
        categories.put("data", names);
        if (horizontal) {
            categories.put("inverse", true);
            categories.put("axisLabel", Map.of("width", 140, "overflow", "truncate"));
        } else {
            categories.put("axisLabel", Map.of("interval", 0));
        }
        Map<String, Object> values = Map.of("type", "value", "min", 0, "max", 100,
                "axisLabel", Map.of("formatter", "{value} %"));
        Map<String, Object> option = base();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0, "itemGap", 16));
        option.put("grid", Map.of("left", horizontal ? 150 : 40, "right", 24, "top", 36, "bottom", 28,
                "containLabel", !horizontal));
        option.put(horizontal ? "yAxis" : "xAxis", categories);
        option.put(horizontal ? "xAxis" : "yAxis", values);
        option.put("series", List.of(
                bars(text("monitoring.chart.reportingRate"), REPORTING, tallies.stream()
                        .map(t -> t == null ? null : t.reportingRate()).toList()),
                bars(text("monitoring.chart.onTimeRate"), ON_TIME, tallies.stream()
                        .map(t -> t == null ? null : t.onTimeRate()).toList())));
        return option;
    }

    private static Map<String, Object> bars(String name, String colour, List<BigDecimal> rates) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("name", name);
        series.put("type", "bar");
        series.put("itemStyle", Map.of("color", colour));
        series.put("data", rates.stream().map(r -> r == null ? (Object) "-" : r).toList());
        return series;
    }

    private static Map<String, Object> base() {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("aria", Map.of("enabled", true));
        return option;
    }

    private String rateText(Tally tally) {
        return tally == null ? text("monitoring.chart.noCycle")
                : text("monitoring.chart.rates", tally.reportingRateText(), tally.onTimeRateText());
    }

    private String summary(List<String> parts) {
        return parts.isEmpty() ? text("monitoring.chart.empty") : String.join("; ", parts);
    }

    private String text(String key, Object... parameters) {
        return translate.apply(key, parameters);
    }
}
