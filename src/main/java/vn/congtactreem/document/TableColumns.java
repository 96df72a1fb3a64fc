package vn.congtactreem.document;


/** How a document's table shares the width of the text among its columns, and which are centred. */
final class TableColumns {

    private static final int MIN_FIRST_COLUMN = 600; // "TT"
    private static final int MIN_COLUMN = 900;
    private static final int MAX_WEIGHT = 30;
    private static final int SHORT_VALUE = 16;

    private TableColumns() {
    }

    /**
     * Widths (twips, adding up to {@code total}) by how much each column holds: its longest cell, or
     * its header on two lines (headers wrap), at most 30 characters' worth; never narrower than "TT".
     */
    static int[] widths(OfficialDocument.Table data, int total) {
        int columns = data.headers().size();
        double[] weights = new double[columns];
        double sum = 0;
        for (int c = 0; c < columns; c++) {
            String header = data.headers().get(c);
            int longest = (header.length() + 1) / 2;
            for (String word : header.split("\\s+")) {
                longest = Math.max(longest, word.length() + 2);
            }
            for (int r = 0; r < data.rows().size(); r++) {
                longest = Math.max(longest, data.cell(r, c).length());
            }
            weights[c] = Math.max(3, Math.min(longest, MAX_WEIGHT));
            sum += weights[c];
        }
        int[] widths = new int[columns];
        int used = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.max(c == 0 ? MIN_FIRST_COLUMN : MIN_COLUMN, (int) Math.round(total * weights[c] / sum));
            used += widths[c];
        }
        widths[widest(widths)] -= used - total;
        return widths;
    }

    /** Short values (numbers, units, "TT") are centred; text is left-aligned. */
    static boolean[] centred(OfficialDocument.Table data) {
        boolean[] centred = new boolean[data.headers().size()];
        for (int c = 0; c < centred.length; c++) {
            boolean allShort = true;
            for (int r = 0; r < data.rows().size(); r++) {
                allShort &= data.cell(r, c).length() <= SHORT_VALUE;
            }
            centred[c] = allShort;
        }
        return centred;
    }

    private static int widest(int[] widths) {
        int widest = 0;
        for (int c = 1; c < widths.length; c++) {
            if (widths[c] > widths[widest]) {
                widest = c;
            }
        }
        return widest;
    }
}
