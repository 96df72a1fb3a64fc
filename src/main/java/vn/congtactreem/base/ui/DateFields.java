package vn.congtactreem.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;

/** Date pickers as people here write dates: dd/MM/yyyy, weeks from Monday, names from the bundle of the caller's language. */
public final class DateFields {

    private DateFields() {
    }

    public static DatePicker datePicker(String label, Locale locale) {
        DatePicker picker = new DatePicker(label);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy", "d/M/yy");
        i18n.setFirstDayOfWeek(1);
        i18n.setMonthNames(list(locale, "lanes.date.months"));
        i18n.setWeekdays(list(locale, "lanes.date.weekdays"));
        i18n.setWeekdaysShort(list(locale, "lanes.date.weekdaysShort"));
        i18n.setToday(I18NProvider.translate(locale, "lanes.date.today"));
        i18n.setCancel(I18NProvider.translate(locale, "lanes.date.cancel"));
        picker.setI18n(i18n);
        picker.setLocale(locale);
        return picker;
    }

    /** A comma-separated list of the bundle (month or weekday names). */
    private static List<String> list(Locale locale, String key) {
        return List.of(I18NProvider.translate(locale, key).split(","));
    }
}
