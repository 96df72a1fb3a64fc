package vn.congtactreem.org;

import java.util.Locale;

/** A kind of agency that receives its part of a plan: police, health station, school, union… */
public record AgencyType(String code, String nameVi, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
