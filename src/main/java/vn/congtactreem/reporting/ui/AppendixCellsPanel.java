package vn.congtactreem.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.congtactreem.appendix.CellError;
import vn.congtactreem.appendix.CellErrors;
import vn.congtactreem.appendix.CellInput;
import vn.congtactreem.appendix.CellRef;
import vn.congtactreem.appendix.CellValue;
import vn.congtactreem.appendix.ColumnKind;
import vn.congtactreem.appendix.FormColumn;
import vn.congtactreem.appendix.FormRow;
import vn.congtactreem.reporting.FormSheet;

/**
 * The plan's forms as the unit fills them: a box per cell of its rows ("Có"/"Không" for a yes/no column),
 * read-only once it may not change the report. A refused save shows every wrong cell's problem next to it and
 * keeps what was typed.
 */
class AppendixCellsPanel extends Composite<VerticalLayout> {

    final Map<CellRef, HasValue<?, String>> boxes = new LinkedHashMap<>();

    AppendixCellsPanel(List<FormSheet> sheets, boolean writing) {
        getContent().setPadding(false);
        addClassName("appendix-cells");
        getContent().add(new H3(getTranslation("appendix.report.heading")));
        for (FormSheet sheet : sheets) {
            getContent().add(new H4(sheet.form().heading()));
            for (FormRow row : sheet.rows()) {
                HorizontalLayout line = new HorizontalLayout();
                line.setWrap(true);
                line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
                Span label = new Span(row.label());
                label.setMinWidth("14em");
                line.add(label);
                for (FormColumn column : sheet.form().columns()) {
                    CellRef ref = new CellRef(sheet.form().id(), row.key(), column.key());
                    HasValue<?, String> box = box(column, sheet.display(row.key(), column.key()));
                    box.setReadOnly(!writing);
                    boxes.put(ref, box);
                    line.add((Component) box);
                }
                getContent().add(line);
            }
        }
    }

    private HasValue<?, String> box(FormColumn column, String value) {
        if (column.kind() == ColumnKind.YES_NO) {
            Select<String> select = new Select<>();
            select.setLabel(column.label());
            // the values are the stored words; the labels the reader's language
            select.setItems("", CellValue.YES, CellValue.NO);
            select.setItemLabelGenerator(v -> v.isEmpty() ? "" : getTranslation(v.equals(CellValue.YES) ? "appendix.yes"
                    : "appendix.no"));
            select.setValue(value.isEmpty() ? "" : value);
            return select;
        }
        TextField field = new TextField(column.label());
        field.setValue(value);
        if (column.kind() == ColumnKind.NUMBER) {
            field.addClassName("number-cell");
            field.setWidth("9em");
        }
        return field;
    }

    List<CellInput> value() {
        List<CellInput> cells = new ArrayList<>();
        boxes.forEach((ref, box) -> cells.add(new CellInput(ref.formId(), ref.rowKey(), ref.columnKey(),
                box.getValue())));
        return cells;
    }

    /** Saves the cells with {@code saver}; on refusal shows each problem next to its box and answers false. */
    boolean save(Consumer<List<CellInput>> saver) {
        clear();
        try {
            saver.accept(value());
            return true;
        } catch (CellErrors refused) {
            for (CellError error : refused.errors()) {
                HasValue<?, String> box = boxes.get(error.cell());
                if (box instanceof HasValidation validation) {
                    validation.setErrorMessage(getTranslation(error.messageKey(), error.args()));
                    validation.setInvalid(true);
                }
            }
            return false;
        }
    }

    private void clear() {
        boxes.values().forEach(box -> {
            if (box instanceof HasValidation validation) {
                validation.setInvalid(false);
                validation.setErrorMessage(null);
            }
        });
    }
}
