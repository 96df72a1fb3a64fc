package vn.congtactreem.org;

import java.util.Locale;

/** A level of local government; a smaller rank is higher up. Levels are data, never code. */
public record OrgLevel(String code, String nameVi, String nameEn, int rank) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
