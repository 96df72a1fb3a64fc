package vn.congtactreem.org;

import java.util.Locale;

/**
 * One agency the official-list import may add to every commune. In the name, {@code {xa}} stands for
 * the commune as written inside a name ("xã An Dương") and {@code {ten}} for its proper name ("An Dương").
 */
public record AgencyTemplateEntry(String agencyTypeCode, String namePattern) {

    public static final String COMMUNE = "{xa}";
    public static final String PROPER_NAME = "{ten}";
    private static final String[] KIND_WORDS = {"Xã ", "Phường ", "Đặc khu ", "Thị trấn "};

    /** "Công an {xa}" for "Xã An Dương": "Công an xã An Dương". */
    public String nameFor(String communeName) {
        String inner = communeName.isEmpty() ? communeName
                : communeName.substring(0, 1).toLowerCase(new Locale("vi")) + communeName.substring(1);
        String proper = communeName;
        for (String word : KIND_WORDS) {
            if (communeName.startsWith(word)) {
                proper = communeName.substring(word.length());
                break;
            }
        }
        return namePattern.replace(COMMUNE, inner).replace(PROPER_NAME, proper).strip().replaceAll("\\s+", " ");
    }
}
