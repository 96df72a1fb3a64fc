package vn.congtactreem.document;

import static vn.congtactreem.document.SheetCells.blank;
import static vn.congtactreem.document.SheetCells.plain;
import static vn.congtactreem.document.SheetCells.shown;
import static vn.congtactreem.document.SheetCells.type;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.Measure;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.indicator.ReadingCheck;

/**
 * Reads a filled {@link ValuesTemplate}: rows are matched by the indicator's code, every row is
 * checked (unknown codes, indicators the report does not ask for, a code twice, text or decimals in
 * number boxes, then {@link ReadingCheck}'s rules) and every problem is kept with its sheet, row and
 * column. "Không phát sinh" in the value box (optionally "Không phát sinh: note") marks the value as
 * not applicable this period. The readings are only good to save when there is no error at all. A
 * file is first checked against {@link WorkbookLimits} (rows, cells, unpacked size), so no upload can
 * exhaust the memory.
 */
public final class ValuesImport {

    private static final String NOT_APPLICABLE = ValuesTemplate.NOT_APPLICABLE;
    /** The number rule's bound ({@link ReadingCheck#LIMIT}), told here with the cell. */
    private static final BigDecimal TOO_LARGE = BigDecimal.valueOf(ReadingCheck.LIMIT);

    private ValuesImport() {
    }

    /** The values read (one per indicator row; blank boxes give a blank reading) and every problem. */
    public record Result(List<Reading> readings, List<SheetError> errors) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * @param reportId  the report the upload is for: a template of another report is refused
     * @param asked     the indicators the report asks for
     * @param catalogue the catalogue by code, to tell an unknown code from one the report does not ask for
     */
    public static Result read(byte[] content, long reportId, List<Indicator> asked,
                              Function<String, Optional<Indicator>> catalogue) {
        Optional<SheetError> tooMuch = WorkbookLimits.check(content);
        if (tooMuch.isPresent()) {
            return new Result(List.of(), List.of(tooMuch.get()));
        }
        Workbook opened;
        try {
            opened = WorkbookFactory.create(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            // not a workbook at all (a PDF, a damaged or encrypted file)
            return new Result(List.of(), List.of(SheetError.ofFile("", "xlsx.error.unreadable")));
        }
        try (Workbook workbook = opened) {
            Sheet sheet = workbook.getSheet(ValuesTemplate.SHEET);
            if (sheet == null) {
                return new Result(List.of(), List.of(SheetError.ofFile(ValuesTemplate.SHEET, "xlsx.error.noSheet",
                        ValuesTemplate.SHEET)));
            }
            return new Reader(sheet, reportId, asked, catalogue).read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One pass over the sheet. */
    private static final class Reader {

        private final Sheet sheet;
        private final long reportId;
        private final Map<Long, Indicator> asked = new HashMap<>();
        private final Function<String, Optional<Indicator>> catalogue;
        private final List<Reading> readings = new ArrayList<>();
        private final List<SheetError> errors = new ArrayList<>();
        private final Map<Long, Integer> rowOf = new HashMap<>();

        Reader(Sheet sheet, long reportId, List<Indicator> asked, Function<String, Optional<Indicator>> catalogue) {
            this.sheet = sheet;
            this.reportId = reportId;
            asked.forEach(i -> this.asked.put(i.id(), i));
            this.catalogue = catalogue;
        }

        Result read() {
            checkReport();
            for (int r = XlsxWriter.HEADER_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null) {
                    readRow(row, r + 1);
                }
            }
            return new Result(errors.isEmpty() ? List.copyOf(readings) : List.of(), List.copyOf(errors));
        }

        /** A template downloaded for another report says so in B3. */
        private void checkReport() {
            Row row = sheet.getRow(ValuesTemplate.REPORT_ROW - 1);
            Cell cell = row == null ? null : row.getCell(ValuesTemplate.NAME);
            if (cell != null && cell.getCellType() == CellType.NUMERIC && (long) cell.getNumericCellValue() != reportId) {
                error(ValuesTemplate.REPORT_ROW, ValuesTemplate.NAME, "xlsx.error.otherReport",
                        (long) cell.getNumericCellValue(), reportId);
            }
        }

        private void readRow(Row row, int excelRow) {
            String code = shown(row.getCell(ValuesTemplate.CODE)).strip();
            if (code.isEmpty()) {
                if (!blank(row.getCell(ValuesTemplate.NUMERATOR)) || !blank(row.getCell(ValuesTemplate.DENOMINATOR))
                        || !blank(row.getCell(ValuesTemplate.CONFIRMED))) {
                    error(excelRow, ValuesTemplate.CODE, "xlsx.error.codeMissing");
                }
                return;
            }
            Optional<Indicator> known = catalogue.apply(code);
            if (known.isEmpty()) {
                error(excelRow, ValuesTemplate.CODE, "xlsx.error.unknownCode", code);
                return;
            }
            Indicator indicator = asked.get(known.get().id());
            if (indicator == null) {
                error(excelRow, ValuesTemplate.CODE, "xlsx.error.notAsked", code);
                return;
            }
            Integer first = rowOf.putIfAbsent(indicator.id(), excelRow);
            if (first != null) {
                error(excelRow, ValuesTemplate.CODE, "xlsx.error.duplicate", code, first);
                return;
            }
            int before = errors.size();
            Measure measure = indicator.measure();
            Optional<String> notApplicable = notApplicable(row.getCell(ValuesTemplate.NUMERATOR));
            if (notApplicable.isPresent()) {
                if (!blank(row.getCell(ValuesTemplate.DENOMINATOR))) {
                    error(excelRow, ValuesTemplate.DENOMINATOR, "xlsx.error.notApplicableWithNumber", code);
                    return;
                }
                add(indicator, Reading.notApplicable(indicator.id(), notApplicable.get()), excelRow);
                return;
            }
            Long numerator = measure == Measure.YES_NO ? yesNo(row, excelRow) : whole(row, ValuesTemplate.NUMERATOR, excelRow);
            Long denominator = null;
            if (measure.isRate()) {
                denominator = whole(row, ValuesTemplate.DENOMINATOR, excelRow);
            } else if (!blank(row.getCell(ValuesTemplate.DENOMINATOR))) {
                error(excelRow, ValuesTemplate.DENOMINATOR, "xlsx.error.noDenominator", code);
            }
            boolean confirmed = confirmed(row, excelRow);
            if (errors.size() > before) {
                return;
            }
            add(indicator, new Reading(indicator.id(), numerator, denominator, confirmed), excelRow);
        }

        /** "Không phát sinh" (also without diacritics), or "Không phát sinh: note": the note, maybe empty. */
        private Optional<String> notApplicable(Cell cell) {
            if (blank(cell) || type(cell) != CellType.STRING) {
                return Optional.empty();
            }
            String text = cell.getStringCellValue().strip();
            String start = NOT_APPLICABLE.length() <= text.length() ? text.substring(0, NOT_APPLICABLE.length()) : "";
            if (!plain(start).equals(plain(NOT_APPLICABLE))) {
                return Optional.empty();
            }
            String rest = text.substring(NOT_APPLICABLE.length()).strip();
            return Optional.of(rest.startsWith(":") || rest.startsWith("-") ? rest.substring(1).strip() : rest);
        }

        private void add(Indicator indicator, Reading reading, int excelRow) {
            Optional<ReadingCheck.Problem> problem = ReadingCheck.check(indicator, reading);
            if (problem.isPresent()) {
                ReadingCheck.Problem p = problem.get();
                int column = switch (p.field()) {
                    case "denominator" -> ValuesTemplate.DENOMINATOR;
                    case "confirmed" -> ValuesTemplate.CONFIRMED;
                    case "note" -> ValuesTemplate.NUMERATOR;
                    default -> ValuesTemplate.NUMERATOR;
                };
                String key = "indicator.error.implausible".equals(p.messageKey()) ? "xlsx.error.implausible"
                        : p.messageKey();
                error(excelRow, column, key, p.args());
                return;
            }
            readings.add(reading);
        }

        /** A whole number, or null for an empty box; text and decimals are errors. */
        private Long whole(Row row, int column, int excelRow) {
            Cell cell = row.getCell(column);
            if (blank(cell)) {
                return null;
            }
            CellType type = type(cell);
            if (type == CellType.NUMERIC) {
                BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue());
                if (value.stripTrailingZeros().scale() > 0) {
                    error(excelRow, column, "xlsx.error.notWhole", shown(cell));
                    return null;
                }
                if (value.abs().compareTo(TOO_LARGE) >= 0) {
                    error(excelRow, column, "xlsx.error.tooLarge", shown(cell));
                    return null;
                }
                return value.longValueExact();
            }
            String text = shown(cell).strip();
            if (type == CellType.STRING && text.matches("-?\\d{1,12}")) {
                // a number typed into a text-formatted cell
                return Long.parseLong(text);
            }
            error(excelRow, column, "xlsx.error.notANumber", text);
            return null;
        }

        /** Có → 1, Không → 0 (also 1 and 0); anything else is an error. */
        private Long yesNo(Row row, int excelRow) {
            Cell cell = row.getCell(ValuesTemplate.NUMERATOR);
            if (blank(cell)) {
                return null;
            }
            if (type(cell) == CellType.BOOLEAN) {
                return cell.getBooleanCellValue() ? 1L : 0L;
            }
            String answer = plain(shown(cell));
            if (List.of("co", "yes", "1", "x").contains(answer)) {
                return 1L;
            }
            if (List.of("khong", "no", "0").contains(answer)) {
                return 0L;
            }
            error(excelRow, ValuesTemplate.NUMERATOR, "xlsx.error.yesNo", shown(cell).strip());
            return null;
        }

        /** Blank, Không: not confirmed; Có (also x, yes, TRUE): confirmed. */
        private boolean confirmed(Row row, int excelRow) {
            Cell cell = row.getCell(ValuesTemplate.CONFIRMED);
            if (blank(cell)) {
                return false;
            }
            if (type(cell) == CellType.BOOLEAN) {
                return cell.getBooleanCellValue();
            }
            String answer = plain(shown(cell));
            if (List.of("co", "yes", "x", "1").contains(answer)) {
                return true;
            }
            if (List.of("khong", "no", "0").contains(answer)) {
                return false;
            }
            error(excelRow, ValuesTemplate.CONFIRMED, "xlsx.error.confirmed", shown(cell).strip());
            return false;
        }

        private void error(int excelRow, int column, String key, Object... args) {
            errors.add(SheetError.at(ValuesTemplate.SHEET, excelRow, ValuesTemplate.letter(column), key, args));
        }
    }
}
