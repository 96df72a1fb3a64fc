package vn.congtactreem.document;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What an uploaded workbook may hold before it is opened as a whole: POI keeps every row and cell of
 * a sheet in memory, so a small file with a million rows would exhaust the heap. The zip is read as a
 * stream first (nothing kept): each part's unpacked size, the whole unpacked size, and the rows and
 * cells of each worksheet, streamed with StAX and stopped at the first limit passed.
 */
public final class WorkbookLimits {

    /** Far more rows than indicators in any catalogue, and a small workbook in memory. */
    static final int MAX_ROWS = 5_000;
    static final int MAX_CELLS = 100_000;
    static final long MAX_PART_BYTES = 8L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 24L * 1024 * 1024;
    private static final int MAX_PARTS = 200;
    private static final long MB = 1024 * 1024;

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private WorkbookLimits() {
    }

    /** The first limit the file passes, as a problem of the whole file; empty if it may be opened. */
    public static Optional<SheetError> check(byte[] content) {
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
            return Optional.of(SheetError.ofFile("", "xlsx.error.unreadable"));
        }
        long total = 0;
        int parts = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++parts > MAX_PARTS) {
                    return Optional.of(SheetError.ofFile("", "xlsx.error.unreadable"));
                }
                Bounded part = new Bounded(zip, Math.min(MAX_PART_BYTES, MAX_TOTAL_BYTES - total));
                Optional<SheetError> problem = entry.getName().matches("xl/worksheets/[^/]+\\.xml")
                        ? rowsAndCells(part) : Optional.empty();
                if (problem.isPresent()) {
                    return problem;
                }
                part.transferTo(OutputStream.nullOutputStream());
                total += part.count;
            }
        } catch (IOException | XMLStreamException | IllegalArgumentException e) {
            return Optional.of(tooBig(e).map(big -> SheetError.ofFile("", "xlsx.error.unpackedTooBig", big.limit / MB))
                    .orElseGet(() -> SheetError.ofFile("", "xlsx.error.unreadable")));
        }
        return parts == 0 ? Optional.of(SheetError.ofFile("", "xlsx.error.unreadable")) : Optional.empty();
    }

    /** The part that unpacked too large, also when the XML parser wrapped it. */
    private static Optional<TooBig> tooBig(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TooBig big) {
                return Optional.of(big);
            }
            if (t instanceof XMLStreamException xml && xml.getNestedException() instanceof TooBig big) {
                return Optional.of(big);
            }
        }
        return Optional.empty();
    }

    /** Counts the rows and cells of one worksheet as it streams by; stops at the first limit passed. */
    private static Optional<SheetError> rowsAndCells(InputStream part) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(part);
        try {
            int rows = 0;
            int cells = 0;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if ("row".equals(name) && ++rows > MAX_ROWS) {
                    return Optional.of(SheetError.ofFile("", "xlsx.error.tooManyRows", MAX_ROWS));
                }
                if ("c".equals(name) && ++cells > MAX_CELLS) {
                    return Optional.of(SheetError.ofFile("", "xlsx.error.tooManyCells", MAX_CELLS));
                }
            }
            return Optional.empty();
        } finally {
            xml.close();
        }
    }

    /** Thrown while streaming a part that unpacks larger than allowed. */
    private static final class TooBig extends IOException {
        private final long limit;

        TooBig(long limit) {
            super("unpacked part larger than " + limit + " bytes");
            this.limit = limit;
        }
    }

    /** One zip part, read at most up to its limit (then {@link TooBig}); never closes the zip. */
    private static final class Bounded extends FilterInputStream {

        private final long limit;
        private long count;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(long n) throws TooBig {
            count += n;
            if (count > limit) {
                throw new TooBig(limit == MAX_PART_BYTES ? MAX_PART_BYTES : MAX_TOTAL_BYTES);
            }
        }

        @Override
        public void close() {
            // the zip stream stays open for the next part
        }
    }
}
