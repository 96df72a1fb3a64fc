package vn.congtactreem.appendix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which cells a unit must fill before it submits: the number cells of its rows; yes/no and text may stay empty. */
class FormCompletenessTests {

    private static final AppendixForm FIXED = new AppendixForm(7, 1, "f1", 1, "Trẻ em được hỗ trợ", RowMode.FIXED,
            List.of(new FormRow("r1", "Trẻ em mồ côi"), new FormRow("r2", "Trẻ em khuyết tật")),
            List.of(new FormColumn("c1", "Số trẻ em", ColumnKind.NUMBER, true),
                    new FormColumn("c2", "Ghi chú", ColumnKind.TEXT, false),
                    new FormColumn("c3", "Có sổ theo dõi", ColumnKind.YES_NO, false)));
    private static final AppendixForm PER_UNIT = new AppendixForm(8, 1, "f2", 2, "Kinh phí", RowMode.ONE_PER_UNIT,
            List.of(), List.of(new FormColumn("c1", "Kinh phí (triệu đồng)", ColumnKind.NUMBER, true)));

    @Test
    void eachEmptyNumberCellIsNamedByItsFormRowAndColumn() {
        Map<CellRef, CellValue> cells = Map.of(new CellRef(7, "r1", "c1"), CellValue.of(BigDecimal.ZERO));
        List<CellError> missing = FormCompleteness.missing(List.of(FIXED, PER_UNIT), 42, "Công an xã", cells);
        assertThat(missing).extracting(CellError::cell).containsExactly(new CellRef(7, "r2", "c1"),
                new CellRef(8, AppendixForms.unitRowKey(42), "c1"));
        assertThat(missing.get(0).args()).containsExactly(1, "Trẻ em khuyết tật", "Số trẻ em");
        assertThat(missing.get(1).args()).containsExactly(2, "Công an xã", "Kinh phí (triệu đồng)");
        assertThat(missing).extracting(CellError::messageKey).containsOnly("appendix.error.cellMissing");
        assertThatThrownBy(() -> FormCompleteness.require(List.of(FIXED, PER_UNIT), 42, "Công an xã", cells))
                .isInstanceOfSatisfying(CellErrors.class, e -> assertThat(e.errors()).hasSize(2));
    }

    @Test
    void numbersFilledAreEnoughAndZeroCounts() {
        Map<CellRef, CellValue> cells = Map.of(new CellRef(7, "r1", "c1"), CellValue.of(BigDecimal.ZERO),
                new CellRef(7, "r2", "c1"), CellValue.of(new BigDecimal("3")));
        assertThat(FormCompleteness.missing(List.of(FIXED), 42, "Công an xã", cells)).isEmpty();
        FormCompleteness.require(List.of(FIXED), 42, "Công an xã", cells);
    }
}
