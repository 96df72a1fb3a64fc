package vn.congtactreem.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * No upload under the size limit can exhaust the memory: a small file holding a million rows, or a
 * part that unpacks to far more than its size, is refused with a clear message before POI builds the
 * workbook, reading the file as a stream.
 */
class WorkbookLimitsTests {

    private static final long REPORT = 1234;

    @Test
    void aMillionOneCellRowsAreRefusedWithAClearMessageUsingLittleMemory() {
        byte[] million = workbook(sheet -> {
            for (int r = 1; r <= 1_000_000; r++) {
                write(sheet, "<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
            }
        });
        assertThat(million.length).as("under the 5 MB upload limit").isLessThan(5 * 1024 * 1024);

        long before = allocatedBytes();
        ValuesImport.Result result = ValuesImport.read(million, REPORT, Sheets.ASKED, Sheets::byCode);
        long allocated = allocatedBytes() - before;

        assertThat(result.readings()).isEmpty();
        assertThat(result.errors()).extracting(SheetError::messageKey, SheetError::cell)
                .containsExactly(tuple("xlsx.error.tooManyRows", ""));
        assertThat(result.errors().get(0).message(Sheets.VIETNAMESE))
                .startsWith("Tệp có quá nhiều dòng (tối đa 5.000 dòng mỗi trang)");
        assertThat(allocated).as("bytes allocated while reading the file").isLessThan(64L * 1024 * 1024);
    }

    @Test
    void aPartThatUnpacksFarLargerThanTheFileIsRefused() {
        byte[] bomb = workbook(sheet -> {
            write(sheet, "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 12; i++) {
                writeBytes(sheet, spaces);
            }
            write(sheet, "</t></is></c></row>");
        });
        assertThat(bomb.length).isLessThan(1024 * 1024);

        ValuesImport.Result result = ValuesImport.read(bomb, REPORT, Sheets.ASKED, Sheets::byCode);

        assertThat(result.errors()).extracting(SheetError::messageKey).containsExactly("xlsx.error.unpackedTooBig");
        assertThat(result.errors().get(0).message(Sheets.VIETNAMESE)).contains("tối đa 8 MB");
    }

    @Test
    void aFileThatIsNoZipIsUnreadableAndTheTemplatePasses() {
        assertThat(WorkbookLimits.check("%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).get()
                .extracting(SheetError::messageKey).isEqualTo("xlsx.error.unreadable");
        byte[] template = ValuesTemplate.write(Sheets.VIETNAMESE, new ValuesTemplate.Heading(REPORT,
                "Công an xã An Dương", "Kế hoạch năm 2024", "6 tháng 2024"), Sheets.ASKED.stream()
                .map(i -> new ValuesTemplate.Line(i, null, null)).toList());
        assertThat(WorkbookLimits.check(template)).isEmpty();
    }

    /** A minimal .xlsx whose sheet "Số liệu" has the rows {@code rows} writes, streamed (never held whole). */
    private static byte[] workbook(Consumer<OutputStream> rows) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(file)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
                    + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                    + "ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/"
                    + "worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml"
                    + ".worksheet+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas"
                    + ".openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas"
                    + ".openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships\"><sheets><sheet name=\"Số liệu\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "</sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns="
                    + "\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type="
                    + "\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target="
                    + "\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            write(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org"
                    + "/spreadsheetml/2006/main\"><sheetData>");
            rows.accept(zip);
            write(zip, "</sheetData></worksheet>");
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        write(zip, xml);
        zip.closeEntry();
    }

    private static void write(OutputStream out, String text) {
        writeBytes(out, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeBytes(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
