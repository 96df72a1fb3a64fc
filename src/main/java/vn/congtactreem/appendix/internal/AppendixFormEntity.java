package vn.congtactreem.appendix.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import vn.congtactreem.appendix.AppendixForm;
import vn.congtactreem.appendix.FormColumn;
import vn.congtactreem.appendix.FormRow;
import vn.congtactreem.appendix.RowMode;

@Entity
@Table(name = "appendix_form")
public class AppendixFormEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_id")
    private Long planId;
    @Column(name = "form_key")
    private String formKey;
    private int number;
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(name = "row_mode")
    private RowMode rowMode;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "appendix_form_row", joinColumns = @JoinColumn(name = "form_id"))
    @OrderColumn(name = "position")
    private List<RowPart> rows = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "appendix_form_column", joinColumns = @JoinColumn(name = "form_id"))
    @OrderColumn(name = "position")
    private List<ColumnPart> columns = new ArrayList<>();

    protected AppendixFormEntity() {
    }

    public AppendixFormEntity(long planId, String formKey) {
        this.planId = planId;
        this.formKey = formKey;
    }

    /** The definition as given; row and column keys must be set already. */
    public void define(int newNumber, String newTitle, RowMode mode, List<FormRow> newRows,
                       List<FormColumn> newColumns) {
        number = newNumber;
        title = newTitle;
        rowMode = mode;
        rows.clear();
        newRows.forEach(r -> rows.add(new RowPart(r.key(), r.label())));
        columns.clear();
        newColumns.forEach(c -> columns.add(new ColumnPart(c.key(), c.label(), c.kind(), c.totalled())));
    }

    public Long getId() {
        return id;
    }

    public Long getPlanId() {
        return planId;
    }

    public int getNumber() {
        return number;
    }

    public String getFormKey() {
        return formKey;
    }

    public AppendixForm toForm() {
        return new AppendixForm(id, planId, formKey, number, title, rowMode,
                rows.stream().map(r -> new FormRow(r.key, r.label)).toList(),
                columns.stream().map(c -> new FormColumn(c.key, c.label, c.kind, c.totalled)).toList());
    }

    @jakarta.persistence.Embeddable
    public static class RowPart {
        @Column(name = "row_key")
        private String key;
        private String label;

        protected RowPart() {
        }

        RowPart(String key, String label) {
            this.key = key;
            this.label = label;
        }
    }

    @jakarta.persistence.Embeddable
    public static class ColumnPart {
        @Column(name = "column_key")
        private String key;
        private String label;
        @Enumerated(EnumType.STRING)
        private vn.congtactreem.appendix.ColumnKind kind;
        private boolean totalled;

        protected ColumnPart() {
        }

        ColumnPart(String key, String label, vn.congtactreem.appendix.ColumnKind kind, boolean totalled) {
            this.key = key;
            this.label = label;
            this.kind = kind;
            this.totalled = totalled;
        }
    }
}
