package vn.congtactreem.appendix.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;
import vn.congtactreem.appendix.CellRef;
import vn.congtactreem.appendix.CellValue;

@Entity
@Table(name = "appendix_cell")
public class AppendixCellEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "form_id")
    private Long formId;
    @Column(name = "unit_report_id")
    private Long unitReportId;
    @Column(name = "row_key")
    private String rowKey;
    @Column(name = "column_key")
    private String columnKey;
    @Column(name = "number_value")
    private BigDecimal numberValue;
    /** The decimals typed: "12,50" comes back as 12.50, "87" as 87. */
    @Column(name = "number_scale")
    private Integer numberScale;
    @Column(name = "text_value")
    private String textValue;
    @Column(name = "yes_no")
    private Boolean yesNo;
    @Column(name = "entered_by")
    private String enteredBy;
    @Column(name = "entered_at")
    private Instant enteredAt;

    protected AppendixCellEntity() {
    }

    public AppendixCellEntity(long unitReportId, CellRef ref) {
        this.unitReportId = unitReportId;
        this.formId = ref.formId();
        this.rowKey = ref.rowKey();
        this.columnKey = ref.columnKey();
    }

    /** Keeps the value; who and when change only when the value does. */
    public void record(CellValue value, String by, Instant at) {
        if (value.equals(toValue()) && enteredBy != null) {
            return;
        }
        numberValue = value.number();
        numberScale = value.number() == null ? null : Math.max(0, value.number().scale());
        textValue = value.text();
        yesNo = value.yes();
        enteredBy = by;
        enteredAt = at;
    }

    public Long getUnitReportId() {
        return unitReportId;
    }

    public CellRef ref() {
        return new CellRef(formId, rowKey, columnKey);
    }

    public CellValue toValue() {
        BigDecimal number = numberValue == null ? null
                : numberValue.setScale(Objects.requireNonNullElse(numberScale, 0), RoundingMode.HALF_UP);
        return new CellValue(number, textValue, yesNo);
    }
}
