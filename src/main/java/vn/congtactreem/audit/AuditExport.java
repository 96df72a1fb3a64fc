package vn.congtactreem.audit;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.audit.AuditRecord;
import vn.congtactreem.document.SheetTable;
import vn.congtactreem.document.Texts;
import vn.congtactreem.document.XlsxFile;
import vn.congtactreem.document.XlsxWriter;

/** The rows of an audit search as CSV (UTF-8 with a byte order mark, for Excel) and as XLSX. */
final class AuditExport {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(CycleClock.VIETNAM);
    static final String FILE_NAME = "nhat-ky-he-thong";
    private static final List<String> COLUMNS = List.of("time", "actor", "action", "outcome", "target", "address",
            "detail");

    private AuditExport() {
    }

    static String target(AuditRecord row) {
        if (row.targetType() == null) {
            return row.targetId() == null ? "" : row.targetId();
        }
        return row.targetType() + (row.targetId() == null ? "" : " " + row.targetId());
    }

    static byte[] csv(List<AuditRecord> rows, Texts texts) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(",", COLUMNS.stream().map(c -> quote(texts.get("audit.column." + c))).toList()))
                .append("\r\n");
        for (AuditRecord row : rows) {
            csv.append(String.join(",", cells(row, texts).stream().map(AuditExport::quote).toList())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static XlsxFile xlsx(List<AuditRecord> rows, Texts texts) {
        List<List<Object>> table = new ArrayList<>();
        rows.forEach(row -> table.add(new ArrayList<>(cells(row, texts))));
        SheetTable sheet = new SheetTable(texts.get("menu.audit"), texts.get("menu.audit"),
                texts.get("audit.count", rows.size(), AuditView.LIMIT),
                COLUMNS.stream().map(c -> texts.get("audit.column." + c)).toList(), List.of(20, 20, 26, 12, 34, 16, 60),
                table);
        return new XlsxFile(FILE_NAME + ".xlsx", XlsxWriter.write(List.of(sheet)));
    }

    private static List<String> cells(AuditRecord row, Texts texts) {
        return List.of(TIME.format(row.happenedAt()), row.actor(), row.action(),
                texts.get("audit.outcome." + row.outcome().name()), target(row),
                row.address() == null ? "" : row.address(), row.detail() == null ? "" : row.detail());
    }

    /** A CSV field; a text a spreadsheet would run as a formula is kept as text. */
    private static String quote(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
