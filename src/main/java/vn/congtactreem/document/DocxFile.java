package vn.congtactreem.document;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * An official document as a file to download: its Vietnamese name ("KH-12-2024-An-Dương.docx") and
 * its bytes. Browsers get the name twice: plain ASCII for old clients and UTF-8 (RFC 5987/6266).
 *
 * @param fileName the name with diacritics
 */
public record DocxFile(String fileName, byte[] content) {

    public static final String CONTENT_TYPE = OfficialDocumentDocx.CONTENT_TYPE;

    /**
     * The document written as DOCX, named after its kind, number, year and place:
     * "KH-12-2024-An-Dương.docx", or "BC-du-thao-2024-An-Dương.docx" while it has no number.
     *
     * @param symbol  "KH-UBND", "BC-UBND": its first part names the kind
     * @param orgName "Xã An Dương": the place ("An Dương") names it
     */
    public static DocxFile of(OfficialDocument document, String symbol, Integer number, int year, String orgName) {
        return new DocxFile(fileName(symbol, number, year, orgName), OfficialDocumentDocx.write(document));
    }

    static String fileName(String symbol, Integer number, int year, String orgName) {
        String kind = symbol == null || symbol.isBlank() ? "VB" : symbol.split("-")[0];
        String place = OfficialStyle.placeName(orgName).strip().replaceAll("\\s+", "-");
        return kind + "-" + (number == null ? "du-thao" : number) + "-" + year
                + (place.isEmpty() ? "" : "-" + place) + ".docx";
    }

    /** "KH-12-2024-An-Duong.docx": without diacritics ("đ" as "d"), anything else odd as "-". */
    public String asciiFileName() {
        String folded = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return folded.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("-{2,}", "-");
    }

    /** {@code attachment; filename="KH-12-2024-An-Duong.docx"; filename*=UTF-8''KH-12-2024-An-D%C6%B0%C6%A1ng.docx} */
    public String contentDisposition() {
        return "attachment; filename=\"" + asciiFileName() + "\"; filename*=UTF-8''" + rfc5987(fileName);
    }

    private static String rfc5987(String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.write(c);
            } else {
                out.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
