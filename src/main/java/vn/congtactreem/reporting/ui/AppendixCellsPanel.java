package vn.congtactreem.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasSize;
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
            // the columns' names once, above their boxes (wrapped, never cut); each box named by row and column
            HorizontalLayout header = line();
            header.addClassName("appendix-cells-header");
            header.add(rowLabel(""));
            sheet.form().columns().forEach(column -> header.add(sized(new Span(column.label()), column)));
            getContent().add(header);
            for (FormRow row : sheet.rows()) {
                HorizontalLayout line = line();
                line.add(rowLabel(row.label()));
                for (FormColumn column : sheet.form().columns()) {
                    CellRef ref = new CellRef(sheet.form().id(), row.key(), column.key());
                    HasValue<?, String> box = box(column, sheet.display(row.key(), column.key()));
                    ((HasAriaLabel) box).setAriaLabel(row.label() + " – " + column.label());
                    box.setReadOnly(!writing);
                    boxes.put(ref, box);
                    line.add(sized((Component) box, column));
                }
                getContent().add(line);
            }
        }
    }

    private static HorizontalLayout line() {
        HorizontalLayout line = new HorizontalLayout();
        line.setWrap(true);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
        return line;
    }

    private static Span rowLabel(String text) {
        Span label = new Span(text);
        label.addClassName("appendix-row-label");
        label.setWidth("14rem");
        return label;
    }

    /** A box or its column's name, as wide as the column's kind needs: numbers narrow, texts wide. */
    private static Component sized(Component component, FormColumn column) {
        ((HasSize) component).setWidth(switch (column.kind()) {
            case NUMBER -> "10rem";
            case YES_NO -> "9rem";
            case TEXT -> "20rem";
        });
        return component;
    }

    private HasValue<?, String> box(FormColumn column, String value) {
        if (column.kind() == ColumnKind.YES_NO) {
            Select<String> select = new Select<>();
            // the values are the stored words; the labels the reader's language
            select.setItems("", CellValue.YES, CellValue.NO);
            select.setItemLabelGenerator(v -> v.isEmpty() ? "" : getTranslation(v.equals(CellValue.YES) ? "appendix.yes"
                    : "appendix.no"));
            select.setValue(value.isEmpty() ? "" : value);
            return select;
        }
        TextField field = new TextField();
        field.setValue(value);
        if (column.kind() == ColumnKind.NUMBER) {
            // numbers right-aligned, as in the document's tables
            field.addThemeVariants(com.vaadin.flow.component.textfield.TextFieldVariant.LUMO_ALIGN_RIGHT);
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
            show(refused.errors());
            return false;
        }
    }

    /** Each problem next to its box (the cells still empty when the unit submits, for one). */
    void show(List<CellError> problems) {
        for (CellError error : problems) {
            HasValue<?, String> box = boxes.get(error.cell());
            if (box instanceof HasValidation validation) {
                validation.setErrorMessage(getTranslation(error.messageKey(), error.args()));
                validation.setInvalid(true);
            }
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
