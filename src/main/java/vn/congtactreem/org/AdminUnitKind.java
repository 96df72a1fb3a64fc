package vn.congtactreem.org;

import java.util.Locale;

/** The administrative kind of an area within its level: tỉnh or thành phố, xã, phường or đặc khu, huyện… */
public record AdminUnitKind(String code, String levelCode, String nameVi, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
