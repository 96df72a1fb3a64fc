package vn.congtactreem.document;

import java.util.List;

/**
 * A plan or report laid out as the document the leader signs (Nghị định 30/2020/NĐ-CP): the issuing body and
 * the national motto in two columns, number, place and date, the title, the numbered body, "Nơi
 * nhận" and the signature block. The review page and the DOCX render this same content.
 *
 * @param issuingBody  lines of the issuing body, top left ("ỦY BAN NHÂN DÂN", "XÃ AN DƯƠNG")
 * @param number       "Số: 12/KH-UBND", or "Số:      /KH-UBND" before it is issued
 * @param placeAndDate "An Dương, ngày 15 tháng 03 năm 2024", blanks before it is issued
 * @param signature    the capacity lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
 */
public record OfficialDocument(List<String> issuingBody, String number, String placeAndDate, String kind, String title,
                           List<String> preamble, List<Section> sections, String closing, List<String> recipients,
                           List<String> signature, String signerName, boolean issued, List<Section> appendices) {

    public OfficialDocument {
        appendices = appendices == null ? List.of() : List.copyOf(appendices);
    }

    /** A document without appendices. */
    public OfficialDocument(List<String> issuingBody, String number, String placeAndDate, String kind, String title,
                            List<String> preamble, List<Section> sections, String closing, List<String> recipients,
                            List<String> signature, String signerName, boolean issued) {
        this(issuingBody, number, placeAndDate, kind, title, preamble, sections, closing, recipients, signature,
                signerName, issued, List.of());
    }

    /** The same document with its appendices ("Phụ lục 1: …", each a table), printed after the signature. */
    public OfficialDocument withAppendices(List<Section> added) {
        return new OfficialDocument(issuingBody, number, placeAndDate, kind, title, preamble, sections, closing,
                recipients, signature, signerName, issued, added);
    }

    public static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO_LINE = "Độc lập - Tự do - Hạnh phúc";

    /** The same document signed by another (a substitute): its signature block and signer's name replaced. */
    public OfficialDocument signedBy(List<String> otherSignature, String otherSignerName) {
        return new OfficialDocument(issuingBody, number, placeAndDate, kind, title, preamble, sections, closing,
                recipients, List.copyOf(otherSignature), otherSignerName, issued, appendices);
    }

    /**
     * "I. MỤC ĐÍCH, YÊU CẦU" with its paragraphs, an optional table (e.g. the targets of "CHỈ TIÊU")
     * and numbered items, in that order.
     *
     * @param table null when the section has none
     */
    public record Section(String heading, List<String> paragraphs, List<Item> items, Table table) {

        public Section(String heading, List<String> paragraphs, List<Item> items) {
            this(heading, paragraphs, items, null);
        }

        public boolean hasTable() {
            return table != null && !table.rows().isEmpty();
        }
    }

    /**
     * A table of the document: a header row ("TT", "Chỉ tiêu", "Đơn vị tính", …) and rows of cells,
     * each row as long as the header (shorter rows are padded when rendered).
     */
    public record Table(List<String> headers, List<List<String>> rows) {

        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(row -> row.stream().map(cell -> cell == null ? "" : cell).toList()).toList();
        }

        /** The cell in row {@code row}, column {@code column}; empty beyond a short row. */
        public String cell(int row, int column) {
            List<String> cells = rows.get(row);
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    /** "1. Mục đích" / "2. Công an xã An Dương" with its paragraphs. */
    public record Item(String heading, List<String> paragraphs) {
    }
}
