package vn.congtactreem.monitoring.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Map;

/**
 * A chart drawn in the browser by Apache ECharts (npm {@code echarts}, Apache-2.0) through the small
 * LitElement {@code frontend/components/monitoring-chart.ts}: Java builds the ECharts option
 * ({@link ChartOptions}) and sends it as JSON. The element is an image for assistive technology, its
 * {@code aria-label} the chart's summary; the same figures are in the tables beside it.
 */
@Tag("monitoring-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/monitoring-chart.ts")
public class MonitoringChart extends Component implements HasSize, HasStyle {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Map<String, Object> option = Map.of();

    public MonitoringChart(String name) {
        addClassName("monitoring-chart");
        getElement().setAttribute("data-chart", name);
        getElement().setAttribute("role", "img");
    }

    /** Draws this ECharts option (maps, lists, strings and numbers). */
    public void show(Map<String, Object> option, String summary) {
        this.option = option;
        getElement().setAttribute("aria-label", summary);
        try {
            getElement().setProperty("option", JSON.writeValueAsString(option));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("ECharts option is not JSON", e);
        }
    }

    /** The option last shown (for tests). */
    public Map<String, Object> option() {
        return option;
    }

    public String summary() {
        return getElement().getAttribute("aria-label");
    }
}
