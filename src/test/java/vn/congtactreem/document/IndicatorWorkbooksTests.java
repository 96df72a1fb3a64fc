package vn.congtactreem.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congtactreem.document.Sheets.CARED_FOR;
import static vn.congtactreem.document.Sheets.CHILD_FRIENDLY;
import static vn.congtactreem.document.Sheets.INJURY_DEATHS;
import static vn.congtactreem.document.Sheets.target;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.congtactreem.indicator.Comparator;
import vn.congtactreem.indicator.Contribution;
import vn.congtactreem.indicator.RollUp;
import vn.congtactreem.indicator.Target;
import vn.congtactreem.indicator.TargetStatus;

/** The indicator tables opened again with POI: sheets, title, header, numeric cells and their formats. */
class IndicatorWorkbooksTests {

    @Test
    void aPlansTargetsAreOneSheetWithTitleBoldFrozenHeaderAndNumbersAsNumbers() throws Exception {
        Target cared = target(1, CARED_FOR, Comparator.MORE_THAN, "95");
        Target deaths = new Target(2, 7, 2, INJURY_DEATHS, 2025, Comparator.REDUCE_BY, new BigDecimal("10"), 2023,
                new BigDecimal("1250"), "Giảm ít nhất 10 % số trẻ em tử vong do TNTT", List.of(30L, 31L),
                List.of("Công an xã An Dương", "Trạm Y tế xã An Dương"));

        Target band = new Target(3, 7, 3, CARED_FOR, 2024, Comparator.AT_MOST, new BigDecimal("12.50"), null, null,
                null, List.of(), List.of(), vn.congtactreem.indicator.FigureSource.OWN,
                vn.congtactreem.indicator.TargetShape.BAND, new BigDecimal("15"), null, null, null);

        try (XSSFWorkbook workbook = Sheets.open(IndicatorWorkbooks.targets(Sheets.VIETNAMESE,
                "Chỉ tiêu của Kế hoạch công tác trẻ em năm 2024 (12/KH-UBND)", "Xã An Dương · 2024",
                List.of(cared, deaths, band)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = workbook.getSheet("Chỉ tiêu");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Chỉ tiêu của Kế hoạch công tác trẻ em năm 2024 (12/KH-UBND)");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Xã An Dương · 2024");

            XSSFRow header = sheet.getRow(3);
            assertThat(texts(header)).containsExactly("TT", "Mã", "Chỉ tiêu", "Đơn vị tính", "Năm mốc", "Yêu cầu",
                    "Giá trị chỉ tiêu", "Năm gốc", "Giá trị năm gốc", "Đơn vị chủ trì", "Ghi trong kế hoạch");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 4);
            assertThat(sheet.getColumnWidth(2)).isEqualTo(50 * 256);

            XSSFRow first = sheet.getRow(4);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("BV-01");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("%");
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(2024);
            assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("> 95 %");
            assertThat(first.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(95);
            // the value as typed: "95", no decimal added
            assertThat(first.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0\" %\"");
            assertThat(first.getCell(9).getStringCellValue()).isEqualTo("Công an xã An Dương");

            XSSFRow second = sheet.getRow(5);
            assertThat(second.getCell(3).getStringCellValue()).isEqualTo("trẻ em");
            assertThat(second.getCell(5).getStringCellValue()).isEqualTo("giảm ≥ 10 % so với năm 2023");
            assertThat(second.getCell(7).getNumericCellValue()).isEqualTo(2023);
            assertThat(second.getCell(8).getNumericCellValue()).isEqualTo(1250);
            assertThat(second.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(second.getCell(9).getStringCellValue()).isEqualTo("Công an xã An Dương, Trạm Y tế xã An Dương");
            assertThat(second.getCell(10).getStringCellValue()).isEqualTo("Giảm ít nhất 10 % số trẻ em tử vong do TNTT");

            XSSFRow third = sheet.getRow(6);
            assertThat(third.getCell(5).getStringCellValue()).isEqualTo("giảm từ 15 % xuống 12,50 %");
            assertThat(third.getCell(6).getNumericCellValue()).isEqualTo(12.5);
            assertThat(third.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00\" %\"");
        }
    }

    @Test
    void figuresCarryNumeratorDenominatorValueAssessmentLastYearAndASheetOfTheirSources() throws Exception {
        Target cared = target(1, CARED_FOR, Comparator.MORE_THAN, "95");
        Target deaths = target(2, INJURY_DEATHS, Comparator.EQUAL, "0");
        Target friendly = target(3, CHILD_FRIENDLY, Comparator.EQUAL, "1");
        var caredFigure = RollUp.of(CARED_FOR, List.of(new Contribution(12, false, "Công an xã An Dương", 1234, 1296),
                new Contribution(3, true, "Xã Việt Lập", 40, 50)));
        var lastYear = RollUp.of(CARED_FOR, List.of(new Contribution(2, false, "Công an xã An Dương", 90, 100)));
        var deathsFigure = RollUp.of(INJURY_DEATHS, List.of(new Contribution(12, false, "Công an xã An Dương", 2, 1)));

        try (XSSFWorkbook workbook = Sheets.open(IndicatorWorkbooks.figures(Sheets.VIETNAMESE,
                "Số liệu chỉ tiêu — Xã An Dương", "Kế hoạch năm 2024 · 6 tháng 2024", List.of(
                        new IndicatorWorkbooks.FigureRow(cared, caredFigure, TargetStatus.ON_TRACK, lastYear),
                        new IndicatorWorkbooks.FigureRow(deaths, deathsFigure, TargetStatus.OFF_TRACK, null),
                        new IndicatorWorkbooks.FigureRow(friendly, RollUp.of(CHILD_FRIENDLY, List.of()),
                                TargetStatus.NO_DATA, null)), "http://ctte.example.vn/"))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Số liệu");
            assertThat(workbook.getSheetName(1)).isEqualTo("Nguồn số liệu");
            XSSFSheet sheet = workbook.getSheet("Số liệu");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Số liệu chỉ tiêu — Xã An Dương");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Kế hoạch năm 2024 · 6 tháng 2024");
            assertThat(texts(sheet.getRow(3))).containsExactly("TT", "Mã", "Chỉ tiêu", "Đơn vị tính", "Tử số", "Mẫu số",
                    "Giá trị", "Yêu cầu", "Đánh giá", "Cùng kỳ năm trước", "Nguồn số liệu");
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 4);

            XSSFRow rate = sheet.getRow(4);
            assertThat(rate.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(rate.getCell(4).getNumericCellValue()).isEqualTo(1274);
            assertThat(rate.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(rate.getCell(5).getNumericCellValue()).isEqualTo(1346);
            assertThat(rate.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(rate.getCell(6).getNumericCellValue()).isCloseTo(94.6508, org.assertj.core.data.Offset.offset(1e-4));
            assertThat(rate.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0\" %\"");
            assertThat(rate.getCell(7).getStringCellValue()).isEqualTo("> 95 %");
            assertThat(rate.getCell(8).getStringCellValue()).isEqualTo("Đúng tiến độ");
            assertThat(rate.getCell(9).getNumericCellValue()).isEqualTo(90);

            XSSFRow count = sheet.getRow(5);
            assertThat(count.getCell(4).getNumericCellValue()).isEqualTo(2);
            assertThat(count.getCell(5).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(count.getCell(6).getNumericCellValue()).isEqualTo(2);
            assertThat(count.getCell(8).getStringCellValue()).isEqualTo("Chậm tiến độ");

            XSSFRow noData = sheet.getRow(6);
            assertThat(noData.getCell(4).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(noData.getCell(6).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(noData.getCell(8).getStringCellValue()).isEqualTo("Chưa có số liệu");

            XSSFSheet sources = workbook.getSheet("Nguồn số liệu");
            assertThat(texts(sources.getRow(3))).containsExactly("Mã", "Đơn vị", "Loại báo cáo", "Tử số", "Mẫu số",
                    "Liên kết");
            assertThat(sources.getLastRowNum()).isEqualTo(6);
            XSSFRow unit = sources.getRow(4);
            assertThat(unit.getCell(0).getStringCellValue()).isEqualTo("BV-01");
            assertThat(unit.getCell(1).getStringCellValue()).isEqualTo("Công an xã An Dương");
            assertThat(unit.getCell(2).getStringCellValue()).isEqualTo("Báo cáo đơn vị");
            assertThat(unit.getCell(3).getNumericCellValue()).isEqualTo(1234);
            assertThat(unit.getCell(4).getNumericCellValue()).isEqualTo(1296);
            assertThat(unit.getCell(5).getHyperlink().getAddress()).isEqualTo("http://ctte.example.vn/reports/12");
            XSSFRow subArea = sources.getRow(5);
            assertThat(subArea.getCell(2).getStringCellValue()).isEqualTo("Báo cáo tổng hợp");
            assertThat(subArea.getCell(5).getHyperlink().getAddress())
                    .isEqualTo("http://ctte.example.vn/consolidated-reports/3");
            assertThat(sources.getRow(6).getCell(0).getStringCellValue()).isEqualTo("YT-07");
            assertThat(sources.getRow(6).getCell(4).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void aFigureWithNothingToCountReadsKhongPhatSinhWithItsSourceAndWhoSaidSo() throws Exception {
        Target cared = target(1, CARED_FOR, Comparator.MORE_THAN, "95");
        var none = RollUp.of(CARED_FOR, List.of(Contribution.notApplicable(12, false, "Trạm Y tế xã An Dương")));
        try (XSSFWorkbook workbook = Sheets.open(IndicatorWorkbooks.figures(Sheets.VIETNAMESE, "Số liệu", "",
                List.of(new IndicatorWorkbooks.FigureRow(cared, none, TargetStatus.NOT_APPLICABLE, null)),
                "http://ctte.example.vn"))) {
            XSSFRow row = workbook.getSheet("Số liệu").getRow(4);
            assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("Không phát sinh");
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("Không phát sinh");
            assertThat(row.getCell(10).getStringCellValue()).isEqualTo("Do Công an xã An Dương báo cáo toàn địa bàn");
            XSSFRow source = workbook.getSheet("Nguồn số liệu").getRow(4);
            assertThat(source.getCell(1).getStringCellValue()).isEqualTo("Trạm Y tế xã An Dương");
            assertThat(source.getCell(3).getStringCellValue()).isEqualTo("Không phát sinh");
            assertThat(source.getCell(4).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void aGiuVungTargetReadsAsThePlanSaysItWithNoValue() throws Exception {
        Target keep = new Target(1, 7, 1, CHILD_FRIENDLY, 2025, null, null, null, null,
                "Giữ vững phường đạt tiêu chí phường phù hợp trẻ em", List.of(), List.of(),
                vn.congtactreem.indicator.FigureSource.OWN, vn.congtactreem.indicator.TargetShape.MAINTAIN, null, null,
                null, null);
        try (XSSFWorkbook workbook = Sheets.open(IndicatorWorkbooks.targets(Sheets.VIETNAMESE, "Chỉ tiêu", "",
                List.of(keep)))) {
            XSSFRow row = workbook.getSheet("Chỉ tiêu").getRow(4);
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("giữ vững Có");
            assertThat(row.getCell(6) == null || row.getCell(6).getCellType() == CellType.BLANK).as("no value").isTrue();
            assertThat(row.getCell(10).getStringCellValue()).isEqualTo("Giữ vững phường đạt tiêu chí phường phù hợp trẻ em");
        }
    }

    @Test
    void aMilestoneMissedAtItsOwnYearReadsKhongDatInBothLanguages() throws Exception {
        Target cared = target(1, CARED_FOR, Comparator.MORE_THAN, "95");
        var figure = RollUp.of(CARED_FOR, List.of(new Contribution(12, false, "Công an xã An Dương", 90, 100)));
        List<IndicatorWorkbooks.FigureRow> rows = List.of(
                new IndicatorWorkbooks.FigureRow(cared, figure, TargetStatus.NOT_ACHIEVED, null));
        try (XSSFWorkbook vietnamese = Sheets.open(IndicatorWorkbooks.figures(Sheets.VIETNAMESE, "Số liệu", "", rows,
                "http://ctte.example.vn"));
             XSSFWorkbook english = Sheets.open(IndicatorWorkbooks.figures(Sheets.ENGLISH, "Figures", "", rows,
                     "http://ctte.example.vn"))) {
            assertThat(vietnamese.getSheet("Số liệu").getRow(4).getCell(8).getStringCellValue()).isEqualTo("Không đạt");
            assertThat(english.getSheet("Số liệu").getRow(4).getCell(8).getStringCellValue()).isEqualTo("Not achieved");
        }
    }

    @Test
    void inEnglishTheHeadersAndAssessmentsAreEnglish() throws Exception {
        Target cared = target(1, CARED_FOR, Comparator.MORE_THAN, "95");
        try (XSSFWorkbook workbook = Sheets.open(IndicatorWorkbooks.figures(Sheets.ENGLISH, "Figures", "", List.of(
                new IndicatorWorkbooks.FigureRow(cared, RollUp.of(CARED_FOR, List.of()), TargetStatus.NO_DATA,
                        null)), "http://localhost:8080"))) {
            XSSFSheet sheet = workbook.getSheet("Số liệu");
            assertThat(sheet.getRow(3).getCell(8).getStringCellValue()).isEqualTo("Assessment");
            assertThat(sheet.getRow(4).getCell(8).getStringCellValue()).isEqualTo("No data");
        }
    }

    @Test
    void theDownloadNameIsVietnameseWithAnAsciiFallback() {
        XlsxFile file = XlsxFile.named("Số liệu - Công an xã An Dương - 6 tháng 2024", new byte[0]);
        assertThat(file.fileName()).isEqualTo("Số liệu - Công an xã An Dương - 6 tháng 2024.xlsx");
        assertThat(file.asciiName()).isEqualTo("so-lieu-cong-an-xa-an-duong-6-thang-2024.xlsx");
        assertThat(file.contentDisposition()).startsWith(
                "attachment; filename=\"so-lieu-cong-an-xa-an-duong-6-thang-2024.xlsx\"; filename*=UTF-8''S%E1%BB%91%20li%E1%BB%87u")
                .endsWith("2024.xlsx");
        assertThat(XlsxFile.named("Kế hoạch 12/KH-UBND: \"năm\"", new byte[0]).fileName())
                .isEqualTo("Kế hoạch 12 KH-UBND năm.xlsx");
    }

    private static List<String> texts(XSSFRow row) {
        List<String> texts = new java.util.ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
