package vn.congtactreem.monitoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congtactreem.document.Texts;
import vn.congtactreem.document.api.XlsxResponses;
import vn.congtactreem.monitoring.Matrix;
import vn.congtactreem.monitoring.MonitoringReminders;
import vn.congtactreem.monitoring.MonitoringService;
import vn.congtactreem.monitoring.MonitoringWorkbook;
import vn.congtactreem.monitoring.PeriodChoice;
import vn.congtactreem.monitoring.PeriodOverview;
import vn.congtactreem.monitoring.PlanChoice;
import vn.congtactreem.monitoring.SubAreaRow;
import vn.congtactreem.monitoring.TargetRow;
import vn.congtactreem.monitoring.UnitStanding;
import vn.congtactreem.security.CurrentUser;

/**
 * The dashboard's figures for other software: the same definitions and the same scope as the page
 * (a manager their organisation and below, an officer or a leader their organisation's plans; anyone
 * else 403).
 */
@RestController
@RequestMapping("/api/v1/monitoring")
@Tag(name = "Theo dõi tiến độ", description = "Monitoring: reporting rate, timeliness, sub-areas, targets")
class MonitoringController {

    private final MonitoringService monitoring;
    private final MonitoringReminders reminders;
    private final MonitoringWorkbook workbook;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    MonitoringController(MonitoringService monitoring, MonitoringReminders reminders, MonitoringWorkbook workbook,
                         CurrentUser currentUser, MessageSource messages) {
        this.monitoring = monitoring;
        this.reminders = reminders;
        this.workbook = workbook;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/plans")
    @Operation(summary = "Plans running in a year the caller may monitor (default: the cycle clock's year)")
    List<PlanChoice> plans(@RequestParam(required = false) Integer year) {
        return monitoring.plans(currentUser.require(), year == null ? monitoring.currentYear() : year);
    }

    @GetMapping("/plans/{planId}/periods")
    @Operation(summary = "A plan's reporting periods")
    List<PeriodChoice> periods(@PathVariable long planId) {
        return monitoring.periods(currentUser.require(), planId);
    }

    @GetMapping("/plans/{planId}/matrix")
    @Operation(summary = "Units × periods, each cell with its status and date")
    Matrix matrix(@PathVariable long planId) {
        return monitoring.matrix(currentUser.require(), planId);
    }

    @GetMapping("/periods/{periodId}/tiles")
    @Operation(summary = "Expected, submitted, on time, late, missing, not yet due, accepted, returned; rates; "
            + "days to the organisation's own deadline upward")
    PeriodOverview tiles(@PathVariable long periodId) {
        return monitoring.overview(currentUser.require(), periodId);
    }

    @GetMapping("/periods/{periodId}/units")
    @Operation(summary = "Each unit's report in the period with its standing")
    List<UnitStanding> units(@PathVariable long periodId) {
        return monitoring.units(currentUser.require(), periodId);
    }

    @GetMapping("/periods/{periodId}/sub-areas")
    @Operation(summary = "Sub-areas: their report upward, their own rates and consolidation, the period one level "
            + "down (ownPeriodId)")
    List<SubAreaRow> subAreas(@PathVariable long periodId) {
        return monitoring.subAreas(currentUser.require(), periodId);
    }

    @GetMapping("/periods/{periodId}/targets")
    @Operation(summary = "The plan's targets: requirement, rolled-up figure, last year's, status")
    List<TargetRow> targets(@PathVariable long periodId) {
        return monitoring.targets(currentUser.require(), periodId);
    }

    @PostMapping("/periods/{periodId}/reminders")
    @Operation(summary = "Remind now the units whose report is missing or not yet due (at most once per unit and day)")
    MonitoringReminders.Sent remind(@PathVariable long periodId) {
        return reminders.remindAwaited(currentUser.require(), periodId);
    }

    @GetMapping("/periods/{periodId}/monitoring.xlsx")
    @Operation(summary = "The matrix, the sub-areas and the targets as a workbook")
    ResponseEntity<byte[]> workbook(@PathVariable long periodId,
                                    @RequestParam(required = false, defaultValue = "vi") String lang) {
        return XlsxResponses.of(workbook.of(currentUser.require(), periodId,
                Texts.of(messages, Locale.forLanguageTag(lang))));
    }
}
