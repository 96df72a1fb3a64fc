package vn.congtactreem.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * What an uploaded file really is, by its first bytes (its "magic"), whatever its name says; and the
 * name people see, cleaned of folders and control characters. The bytes are stored under the
 * database's own id, never under the name sent.
 */
final class FileContent {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Extension → the bytes a file of that kind starts with (DOCX and XLSX are zip packages, DOC and XLS OLE2). */
    private static final Map<String, byte[]> MAGIC = Map.of("pdf", PDF, "docx", ZIP, "xlsx", ZIP, "doc", OLE2,
            "xls", OLE2, "jpg", JPEG, "jpeg", JPEG, "png", PNG);
    static final int MAX_NAME = 200;

    private FileContent() {
    }

    /** Whether the content starts as a file of that extension must. */
    static boolean matches(String extension, byte[] content) {
        byte[] magic = MAGIC.get(extension.toLowerCase(Locale.ROOT));
        return magic != null && content.length >= magic.length
                && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /**
     * The name as shown and offered on download: the last part of any path ("../../etc/passwd.pdf" →
     * "passwd.pdf"), without control characters, at most {@value #MAX_NAME} characters (keeping the extension).
     */
    static String displayName(String sent) {
        String name = sent == null ? "" : sent;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - extension.length()) + extension;
        }
        return name;
    }
}
