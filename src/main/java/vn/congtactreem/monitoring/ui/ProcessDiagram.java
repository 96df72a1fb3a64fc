package vn.congtactreem.monitoring.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import java.util.Map;
import vn.congtactreem.monitoring.StepCount;

/**
 * A BPMN diagram drawn in the browser by bpmn-js's NavigatedViewer (npm {@code bpmn-js}; its bpmn.io
 * watermark stays, as its licence asks) through {@code frontend/components/process-diagram.ts}, with a
 * badge per activity: how many instances wait there, incidents in red. Zoomable and movable.
 */
@Tag("process-diagram")
@NpmPackage(value = "bpmn-js", version = "18.31.1")
@JsModule("./components/process-diagram.ts")
public class ProcessDiagram extends Component implements HasSize, HasStyle {

    private static final ObjectMapper JSON = new ObjectMapper();

    private List<StepCount> counts = List.of();

    public ProcessDiagram() {
        addClassName("process-diagram");
        getElement().setAttribute("zoom-in-label", getTranslation("monitoring.diagram.zoomIn"));
        getElement().setAttribute("zoom-out-label", getTranslation("monitoring.diagram.zoomOut"));
        getElement().setAttribute("fit-label", getTranslation("monitoring.diagram.fit"));
    }

    public void show(String xml, List<StepCount> counts) {
        this.counts = counts;
        getElement().setProperty("xml", xml);
        try {
            getElement().setProperty("counts", JSON.writeValueAsString(counts.stream().map(c -> Map.of(
                    "activityId", c.activityId(), "count", c.count(), "incidents", c.incidents(),
                    "label", getTranslation("monitoring.diagram.waiting", c.count(), c.name()))).toList()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("counts are not JSON", e);
        }
    }

    /** The counts last shown (for tests). */
    public List<StepCount> counts() {
        return counts;
    }
}
