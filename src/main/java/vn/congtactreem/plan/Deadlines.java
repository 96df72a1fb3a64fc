package vn.congtactreem.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.ValidationException;

/**
 * The deadline rules of the cycle, in one place. Plans say "trước ngày 19/5": the last day to
 * submit is 18/5 and a report arriving from 19/5 00:00 (Vietnam time) is late. Reminders go out at
 * 08:00 a number of days before the last day; an officer needs at least one day between the units'
 * last day and the organisation's own last day to the upper level.
 */
public final class Deadlines {

    public static final ZoneId VIETNAM = CycleClock.VIETNAM;
    public static final LocalTime REMINDER_TIME = LocalTime.of(8, 0);
    public static final int MIN_DAYS_TO_CONSOLIDATE = 1;
    public static final String DEFAULT_REMINDER_DAYS = "7,1";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Compiled once: every period read parses its reminder days ({@code String.split} compiled it per call). */
    private static final Pattern REMINDER_DAY_SEPARATORS = Pattern.compile("[,;\\s]+");

    private Deadlines() {
    }

    /** "trước ngày 19/5" → 18/5. */
    public static LocalDate lastDayBefore(LocalDate before) {
        return before.minusDays(1);
    }

    /** The moment a report becomes late: the start of the day after the last day, in Vietnam. */
    public static Instant dueInstant(LocalDate lastDay) {
        return lastDay.plusDays(1).atStartOfDay(VIETNAM).toInstant();
    }

    /**
     * When work that arrived at {@code arrived} (a report to review, a draft to approve) must be done:
     * the end of the {@code days}-th day after it arrived, but never after the end of {@code latestDay}
     * (e.g. the organisation's own last day upward) when there is one.
     */
    public static Instant reviewDue(Instant arrived, int days, LocalDate latestDay) {
        Instant due = dueInstant(arrived.atZone(VIETNAM).toLocalDate().plusDays(days));
        if (latestDay == null) {
            return due;
        }
        Instant latest = dueInstant(latestDay);
        return latest.isBefore(due) ? latest : due;
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(VIETNAM).toInstant();
    }

    public static boolean isLate(Instant submittedAt, LocalDate lastDay) {
        return !submittedAt.isBefore(dueInstant(lastDay));
    }

    /** "7,1" → [7, 1]; blanks and duplicates ignored; rejects anything but whole days 0-60. */
    public static List<Integer> parseReminderDays(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Integer> days = new ArrayList<>();
        for (String part : REMINDER_DAY_SEPARATORS.split(text)) {
            if (part.isBlank()) {
                continue;
            }
            int value;
            try {
                value = Integer.parseInt(part.strip());
            } catch (NumberFormatException e) {
                throw new ValidationException("reminderDays", "period.error.reminderDays", text);
            }
            if (value < 0 || value > 60) {
                throw new ValidationException("reminderDays", "period.error.reminderDays", text);
            }
            if (!days.contains(value)) {
                days.add(value);
            }
        }
        return days;
    }

    /** Reminder moments (08:00, N days before the last day), earliest first. */
    public static List<Instant> reminders(LocalDate lastDay, List<Integer> daysBefore) {
        return daysBefore.stream().map(n -> lastDay.minusDays(n).atTime(REMINDER_TIME).atZone(VIETNAM).toInstant())
                .sorted(Comparator.naturalOrder()).toList();
    }

    /** The first reminder after {@code now} and before the deadline, if any is left. */
    public static Optional<Instant> nextReminder(LocalDate lastDay, List<Integer> daysBefore, Instant now) {
        Instant due = dueInstant(lastDay);
        return reminders(lastDay, daysBefore).stream().filter(at -> at.isAfter(now) && at.isBefore(due)).findFirst();
    }

    /**
     * The units' last day must leave the organisation time to consolidate before its own last day
     * to the upper level. The message names both dates and the latest acceptable one.
     */
    public static void requireTimeToConsolidate(String field, LocalDate unitLastDay, LocalDate upperLastDay) {
        if (upperLastDay == null || unitLastDay == null) {
            return;
        }
        LocalDate latest = upperLastDay.minusDays(MIN_DAYS_TO_CONSOLIDATE);
        if (unitLastDay.isAfter(latest)) {
            throw new ValidationException(field, "period.error.unitDueTooLate", format(unitLastDay),
                    format(upperLastDay), format(latest));
        }
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String joinReminderDays(List<Integer> days) {
        return String.join(",", days.stream().map(String::valueOf).toList());
    }
}
