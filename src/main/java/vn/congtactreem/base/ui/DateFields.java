package vn.congtactreem.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;
import java.util.Locale;

/** Date pickers as people here write dates: dd/MM/yyyy, weeks from Monday, Vietnamese names. */
public final class DateFields {

    private DateFields() {
    }

    public static DatePicker datePicker(String label, Locale locale) {
        DatePicker picker = new DatePicker(label);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy", "d/M/yy");
        i18n.setFirstDayOfWeek(1);
        if ("vi".equals(locale.getLanguage())) {
            i18n.setMonthNames(List.of("Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7",
                    "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"));
            i18n.setWeekdays(List.of("Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"));
            i18n.setWeekdaysShort(List.of("CN", "T2", "T3", "T4", "T5", "T6", "T7"));
            i18n.setToday("Hôm nay");
            i18n.setCancel("Hủy");
        } else {
            i18n.setMonthNames(List.of("January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December"));
            i18n.setWeekdays(List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"));
            i18n.setWeekdaysShort(List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"));
            i18n.setToday("Today");
            i18n.setCancel("Cancel");
        }
        picker.setI18n(i18n);
        picker.setLocale(locale);
        return picker;
    }
}
