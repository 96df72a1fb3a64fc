package vn.congtactreem.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.congtactreem.indicator.Contribution;
import vn.congtactreem.indicator.Figure;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.Measure;
import vn.congtactreem.indicator.Target;
import vn.congtactreem.indicator.TargetStatus;

/**
 * The indicator tables as workbooks: a plan's targets, and a report's figures against its targets
 * with a second sheet naming where each figure comes from. Numbers are numeric cells (rates also as
 * their numerator and denominator), so the reader can sum and chart them.
 */
public final class IndicatorWorkbooks {

    public static final String TARGETS_SHEET = "Chỉ tiêu";
    public static final String FIGURES_SHEET = "Số liệu";
    public static final String SOURCES_SHEET = "Nguồn số liệu";

    private IndicatorWorkbooks() {
    }

    /** A target beside its figure, where it stands and last year's figure (null: none). */
    public record FigureRow(Target target, Figure figure, TargetStatus status, Figure lastYear) {
    }

    /** A target's value with the decimals it was typed with: "0,05 %", "12,50 %", "87". */
    static String typedFormat(Measure measure, BigDecimal value) {
        if (measure == Measure.YES_NO || value == null) {
            return XlsxStyles.format(measure);
        }
        String digits = value.scale() > 0 ? "#,##0." + "0".repeat(value.scale()) : "#,##0";
        return measure == Measure.COUNT ? digits : digits + "\" " + measure.symbol() + "\"";
    }

    /** TT, mã, chỉ tiêu, đơn vị tính, năm mốc, yêu cầu, giá trị, năm gốc, giá trị năm gốc, đơn vị chủ trì, lời văn. */
    public static byte[] targets(Texts texts, String title, String subtitle, List<Target> targets) {
        return targets(texts, title, subtitle, targets, List.of());
    }

    /**
     * The targets under their objectives: with objectives, a first column "Mục tiêu" names each target's
     * ("Mục tiêu 2: …", empty for one outside any); TT is the plan's own number ("3", "3a").
     */
    public static byte[] targets(Texts texts, String title, String subtitle, List<Target> targets,
                                 List<vn.congtactreem.indicator.Objective> objectives) {
        java.util.Map<Integer, String> headings = new java.util.HashMap<>();
        objectives.forEach(o -> headings.put(o.number(), o.heading()));
        boolean grouped = !objectives.isEmpty();
        List<List<Object>> rows = new ArrayList<>();
        for (Target t : targets) {
            Measure measure = t.indicator().measure();
            String valueFormat = typedFormat(t.valueMeasure(), t.targetValue());
            List<Object> row = new ArrayList<>();
            if (grouped) {
                row.add(t.objective() == null ? "" : headings.getOrDefault(t.objective(), ""));
            }
            row.addAll(Arrays.asList(t.number().matches("\\d+") ? (Object) Integer.valueOf(t.number()) : t.number(),
                    t.indicator().code(), t.indicator().name(), unit(texts, t.indicator()),
                    new SheetTable.Num(BigDecimal.valueOf(t.milestoneYear()), XlsxStyles.YEAR), t.requirement(),
                    t.targetValue() == null ? null : new SheetTable.Num(t.targetValue(), valueFormat),
                    t.baselineYear() == null ? null
                            : new SheetTable.Num(BigDecimal.valueOf(t.baselineYear()), XlsxStyles.YEAR),
                    t.baselineValue() == null ? null
                            : new SheetTable.Num(t.baselineValue(), typedFormat(measure, t.baselineValue())),
                    String.join(", ", t.responsibleUnitNames()), t.wording()));
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(headers(texts, "tt", "code", "indicator", "unit", "milestoneYear",
                "requirement", "targetValue", "baselineYear", "baselineValue", "responsible", "wording"));
        List<Integer> widths = new ArrayList<>(List.of(5, 12, 50, 14, 9, 22, 12, 9, 12, 30, 50));
        if (grouped) {
            headers.add(0, texts.get("xlsx.column.objective"));
            widths.add(0, 40);
        }
        return XlsxWriter.write(List.of(new SheetTable(TARGETS_SHEET, title, subtitle, headers, widths, rows)));
    }

    /**
     * Sheet "Số liệu": TT, mã, chỉ tiêu, đơn vị tính, tử số, mẫu số, giá trị, yêu cầu, đánh giá, năm
     * trước; sheet "Nguồn số liệu": each report a figure adds up, with a link to it.
     *
     * @param baseUrl the application's address, for the links ({@code app.base-url})
     */
    public static byte[] figures(Texts texts, String title, String subtitle, List<FigureRow> figures, String baseUrl) {
        return figures(texts, title, subtitle, figures, List.of(), baseUrl);
    }

    /**
     * The same under the plan's objectives: with objectives, a first column "Mục tiêu" names each target's
     * ("Mục tiêu 2: …", empty for one outside any), the rows objective by objective, TT the plan's own number.
     */
    public static byte[] figures(Texts texts, String title, String subtitle, List<FigureRow> figures,
                                 List<vn.congtactreem.indicator.Objective> objectives, String baseUrl) {
        List<vn.congtactreem.indicator.ObjectiveGroups.Group<FigureRow>> groups =
                vn.congtactreem.indicator.ObjectiveGroups.byTarget(figures, FigureRow::target, objectives);
        boolean grouped = vn.congtactreem.indicator.ObjectiveGroups.grouped(groups);
        List<List<Object>> rows = new ArrayList<>();
        List<List<Object>> sources = new ArrayList<>();
        int position = 0;
        for (var group : groups) {
            for (FigureRow row : group.items()) {
                Indicator indicator = row.target().indicator();
                Figure figure = row.figure();
                String format = XlsxStyles.format(indicator.measure());
                boolean counted = figure != null && !figure.sources().isEmpty() && !figure.notApplicable();
                position++;
                List<Object> cells = new ArrayList<>();
                if (grouped) {
                    cells.add(group.objective() == null ? "" : group.heading());
                }
                String number = row.target().number();
                cells.addAll(Arrays.asList(!grouped ? (Object) position
                        : number.matches("\\d+") ? (Object) Integer.valueOf(number) : number,
                        indicator.code(), indicator.name(), unit(texts, indicator),
                        counted ? figure.numerator() : null,
                        counted && indicator.measure() != Measure.COUNT ? figure.denominator() : null,
                        figure == null ? null : figure.notApplicable() ? Figure.NOT_APPLICABLE
                                : new SheetTable.Num(figure.value(), format),
                        row.target().requirement(), texts.get("xlsx.status." + row.status().name()),
                        row.lastYear() == null ? null : new SheetTable.Num(row.lastYear().value(), format),
                        texts.get("figures.source." + row.target().source().name(), row.target().responsibleNames())));
                rows.add(cells);
                if (figure != null) {
                    for (Contribution c : figure.sources()) {
                        String url = stripSlash(baseUrl) + "/" + c.link();
                        sources.add(Arrays.asList(indicator.code(), c.orgUnitName(),
                                texts.get(c.consolidated() ? "xlsx.source.consolidated" : "xlsx.source.unit"),
                                c.notApplicable() ? Figure.NOT_APPLICABLE : c.numerator(),
                                indicator.measure() == Measure.COUNT || c.notApplicable() ? null : c.denominator(),
                                new SheetTable.Link(url, url)));
                    }
                }
            }
        }
        List<String> headers = new ArrayList<>(headers(texts, "tt", "code", "indicator", "unit", "numerator",
                "denominator", "value", "requirement", "status", "lastYear", "source"));
        List<Integer> widths = new ArrayList<>(List.of(5, 12, 50, 14, 12, 12, 14, 22, 18, 14, 36));
        if (grouped) {
            headers.add(0, texts.get("xlsx.column.objective"));
            widths.add(0, 40);
        }
        return XlsxWriter.write(List.of(
                new SheetTable(FIGURES_SHEET, title, subtitle, headers, widths, rows),
                new SheetTable(SOURCES_SHEET, title, subtitle,
                        headers(texts, "code", "orgUnit", "sourceKind", "numerator", "denominator", "link"),
                        List.of(12, 36, 20, 12, 12, 50), sources)));
    }

    /** "%", "‰", "/100.000", "trẻ em", "Có/Không". */
    static String unit(Texts texts, Indicator indicator) {
        return texts.get("xlsx.measure." + indicator.measure().name(),
                indicator.countUnit() == null ? "" : indicator.countUnit());
    }

    private static List<String> headers(Texts texts, String... keys) {
        return Arrays.stream(keys).map(k -> texts.get("xlsx.column." + k)).toList();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
