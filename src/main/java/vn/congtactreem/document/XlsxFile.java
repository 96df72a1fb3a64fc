package vn.congtactreem.document;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A generated workbook and the name it is downloaded under: "Chỉ tiêu - Kế hoạch 12.xlsx" for
 * browsers that read RFC 5987, {@link #asciiName()} ("chi-tieu-ke-hoach-12.xlsx") for the others.
 */
public record XlsxFile(String fileName, byte[] content) {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A file named after {@code title} (characters a file system refuses are dropped) with ".xlsx". */
    public static XlsxFile named(String title, byte[] content) {
        String name = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        if (name.length() > 120) {
            name = name.substring(0, 120).strip();
        }
        return new XlsxFile((name.isEmpty() ? "bang-so-lieu" : name) + ".xlsx", content);
    }

    /** The name without diacritics, lower case, words joined by "-": safe in any header. */
    public String asciiName() {
        String base = fileName.endsWith(".xlsx") ? fileName.substring(0, fileName.length() - 5) : fileName;
        String plain = Normalizer.normalize(base.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return (plain.isEmpty() ? "bang-so-lieu" : plain) + ".xlsx";
    }

    /** {@code attachment; filename="chi-tieu.xlsx"; filename*=UTF-8''Ch%E1%BB%89%20ti%C3%AAu.xlsx}. */
    public String contentDisposition() {
        return "attachment; filename=\"" + asciiName() + "\"; filename*=UTF-8''" + percentEncode(fileName);
    }

    private static String percentEncode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean attrChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0;
            if (attrChar) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
