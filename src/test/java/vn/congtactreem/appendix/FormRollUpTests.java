package vn.congtactreem.appendix;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormRollUpTests {

    private static final List<FormColumn> COLUMNS = List.of(
            new FormColumn("c1", "Số trẻ em", ColumnKind.NUMBER, true),
            new FormColumn("c2", "Tỷ lệ (%)", ColumnKind.NUMBER, false),
            new FormColumn("c3", "Ghi chú", ColumnKind.TEXT, false),
            new FormColumn("c4", "Có điểm vui chơi", ColumnKind.YES_NO, false));
    private static final AppendixForm FIXED = new AppendixForm(1, 10, "k", 1, "Trẻ em có hoàn cảnh đặc biệt",
            RowMode.FIXED, List.of(new FormRow("r1", "Trẻ mồ côi"), new FormRow("r2", "Trẻ khuyết tật")), COLUMNS);

    @Test
    void fixedRowsAddUpCellByCellFromUnitsAndSubAreas() {
        FormRollUp.UnitCells police = new FormRollUp.UnitCells("Công an xã", Map.of(
                "r1", Map.of("c1", CellValue.of(new BigDecimal("3")), "c2", CellValue.of(new BigDecimal("12.5")),
                        "c3", CellValue.of("Đã hỗ trợ"), "c4", CellValue.of(true)),
                "r2", Map.of("c1", CellValue.of(new BigDecimal("1.50")))));
        FormRollUp.UnitCells health = new FormRollUp.UnitCells("Trạm Y tế", Map.of(
                "r1", Map.of("c1", CellValue.of(new BigDecimal("4")), "c4", CellValue.of(false)),
                "unknown", Map.of("c1", CellValue.of(new BigDecimal("100")))));
        FormTotals commune = FormRollUp.of(FIXED, List.of(), List.of(police, health), List.of());

        assertThat(commune.rows()).extracting(TotalRow::label).containsExactly("Trẻ mồ côi", "Trẻ khuyết tật");
        TotalRow orphans = commune.rows().get(0);
        assertThat(orphans.cell("c1").sum()).isEqualByComparingTo("7");
        assertThat(orphans.cell("c2").display()).isEqualTo("Công an xã: 12,5");
        assertThat(orphans.cell("c3").display()).isEqualTo("Công an xã: Đã hỗ trợ");
        assertThat(orphans.cell("c4").display()).isEqualTo("1/2 Có");
        assertThat(commune.rows().get(1).cell("c1").display()).isEqualTo("1,50");

        // the district: its own office plus the commune's consolidated form, the commune counted once
        FormRollUp.UnitCells office = new FormRollUp.UnitCells("Phòng LĐTBXH", Map.of(
                "r1", Map.of("c1", CellValue.of(new BigDecimal("10")), "c4", CellValue.of(true))));
        FormTotals district = FormRollUp.of(FIXED, List.of(), List.of(office),
                List.of(new FormRollUp.SubArea("unit-5", commune)));
        assertThat(district.rows().get(0).cell("c1").sum()).isEqualByComparingTo("17");
        assertThat(district.rows().get(0).cell("c4").display()).isEqualTo("2/3 Có");
        assertThat(district.rows().get(0).cell("c3").texts()).containsExactly("Công an xã: Đã hỗ trợ");
        assertThat(district.rows().get(1).cell("c1").sum()).isEqualByComparingTo("1.5");
    }

    @Test
    void oneRowPerUnitKeepsEachUnitsRowAndPutsASubAreasWholeFormInItsRow() {
        AppendixForm perUnit = new AppendixForm(2, 10, "k2", 2, "Kết quả theo đơn vị", RowMode.ONE_PER_UNIT,
                List.of(), COLUMNS);
        FormTotals commune = FormRollUp.of(perUnit, List.of(new FormRow("unit-1", "Công an"),
                new FormRow("unit-2", "Y tế")), List.of(
                new FormRollUp.UnitCells("Công an", Map.of("unit-1", Map.of("c1", CellValue.of(BigDecimal.ONE)))),
                new FormRollUp.UnitCells("Y tế", Map.of("unit-2", Map.of("c1", CellValue.of(BigDecimal.TEN)),
                        "unit-9", Map.of("c1", CellValue.of(new BigDecimal("99")))))), List.of());
        // a row that is no unit's at this level adds nothing
        assertThat(commune.rows()).extracting(TotalRow::key).containsExactly("unit-1", "unit-2", FormTotals.TOTAL_ROW);
        assertThat(commune.rows().get(2).cell("c1").sum()).isEqualByComparingTo("11");

        FormTotals district = FormRollUp.of(perUnit, List.of(new FormRow("unit-7", "Phòng GD"),
                new FormRow("unit-5", "Xã A")), List.of(
                new FormRollUp.UnitCells("Phòng GD", Map.of("unit-7", Map.of("c1", CellValue.of(new BigDecimal("5")))))),
                List.of(new FormRollUp.SubArea("unit-5", commune)));
        // the commune's total (not its total row again): 11, not 22
        assertThat(district.rows().get(1).cell("c1").sum()).isEqualByComparingTo("11");
        assertThat(district.rows().get(2).cell("c1").sum()).isEqualByComparingTo("16");
    }

    @Test
    void nothingReportedLeavesEmptyCells() {
        FormTotals none = FormRollUp.of(FIXED, List.of(), List.of(), List.of());
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.rows().get(0).cell("c1").display()).isEmpty();
    }
}
