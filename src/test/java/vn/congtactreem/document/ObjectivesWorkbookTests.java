package vn.congtactreem.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congtactreem.document.Sheets.CARED_FOR;
import static vn.congtactreem.document.Sheets.CHILD_FRIENDLY;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.congtactreem.indicator.Comparator;
import vn.congtactreem.indicator.FigureSource;
import vn.congtactreem.indicator.Objective;
import vn.congtactreem.indicator.Target;
import vn.congtactreem.indicator.TargetShape;

/** A plan's targets workbook keeps its objectives and its own numbers. */
class ObjectivesWorkbookTests {

    private static Target target(int position, vn.congtactreem.indicator.Indicator indicator, String value,
                                 Integer objective, String number) {
        return new Target(position, 7, position, indicator, 2024, Comparator.AT_LEAST, new BigDecimal(value), null,
                null, null, List.of(), List.of(), FigureSource.OWN, TargetShape.LEVEL, null, null, null, null,
                objective, number, number);
    }

    @Test
    void eachTargetNamesItsObjectiveBesideItsOwnNumber() throws Exception {
        List<Target> targets = List.of(target(1, CARED_FOR, "95", 1, "1"), target(2, CHILD_FRIENDLY, "1", 2, "3a"));
        List<Objective> objectives = List.of(new Objective(1, "Bảo vệ trẻ em"), new Objective(2, "Xã phù hợp"));

        try (XSSFWorkbook workbook = Sheets.open(IndicatorWorkbooks.targets(Sheets.VIETNAMESE, "Chỉ tiêu",
                "Xã An Dương · 2024", targets, objectives))) {
            XSSFSheet sheet = workbook.getSheet("Chỉ tiêu");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Mục tiêu");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("TT");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Mục tiêu 1: Bảo vệ trẻ em");
            assertThat(sheet.getRow(4).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Mục tiêu 2: Xã phù hợp");
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("3a");
            assertThat(sheet.getRow(5).getCell(2).getStringCellValue()).isEqualTo("TG-01");
        }
        // a plan without objectives keeps today's columns
        try (XSSFWorkbook workbook = Sheets.open(IndicatorWorkbooks.targets(Sheets.VIETNAMESE, "Chỉ tiêu",
                "Xã An Dương · 2024", List.of(target(1, CARED_FOR, "95", null, "1")), List.of()))) {
            assertThat(workbook.getSheet("Chỉ tiêu").getRow(3).getCell(0).getStringCellValue()).isEqualTo("TT");
        }
    }

    @Test
    void theFiguresWorkbookGroupsItsRowsByObjectiveWithThePlansNumbers() throws Exception {
        List<IndicatorWorkbooks.FigureRow> rows = List.of(
                figure(target(2, CHILD_FRIENDLY, "1", 2, "3a")), figure(target(1, CARED_FOR, "95", 1, "1")));
        List<Objective> objectives = List.of(new Objective(1, "Bảo vệ trẻ em"), new Objective(2, "Xã phù hợp"));

        try (XSSFWorkbook workbook = Sheets.open(IndicatorWorkbooks.figures(Sheets.VIETNAMESE, "Số liệu",
                "Xã An Dương · 2024", rows, objectives, "http://localhost"))) {
            XSSFSheet sheet = workbook.getSheet(IndicatorWorkbooks.FIGURES_SHEET);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Mục tiêu");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("TT");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Mục tiêu 1: Bảo vệ trẻ em");
            assertThat(sheet.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Mục tiêu 2: Xã phù hợp");
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("3a");
        }
        // a plan without objectives keeps today's columns and numbers 1, 2, …
        try (XSSFWorkbook workbook = Sheets.open(IndicatorWorkbooks.figures(Sheets.VIETNAMESE, "Số liệu",
                "Xã An Dương · 2024", List.of(figure(target(1, CARED_FOR, "95", null, "7"))), List.of(),
                "http://localhost"))) {
            XSSFSheet sheet = workbook.getSheet(IndicatorWorkbooks.FIGURES_SHEET);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("TT");
            assertThat(sheet.getRow(4).getCell(0).getNumericCellValue()).isEqualTo(1);
        }
    }

    private static IndicatorWorkbooks.FigureRow figure(Target target) {
        return new IndicatorWorkbooks.FigureRow(target, null, vn.congtactreem.indicator.TargetStatus.NO_DATA, null);
    }
}
