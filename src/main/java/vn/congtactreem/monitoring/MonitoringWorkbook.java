package vn.congtactreem.monitoring;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.document.SheetTable;
import vn.congtactreem.document.Texts;
import vn.congtactreem.document.XlsxFile;
import vn.congtactreem.document.XlsxWriter;
import vn.congtactreem.org.UserAccount;

/** The dashboard as a workbook: the matrix, the sub-areas and the targets, one sheet each. */
@Service
@Transactional(readOnly = true)
public class MonitoringWorkbook {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MonitoringService monitoring;

    public MonitoringWorkbook(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    public XlsxFile of(UserAccount user, long periodId, Texts texts) {
        PeriodOverview overview = monitoring.overview(user, periodId);
        String subtitle = overview.orgName() + " — " + overview.planTitle() + " — "
                + texts.get("period.kind." + overview.period().kind().name(), overview.period().year());
        byte[] content = XlsxWriter.write(List.of(matrix(user, overview, subtitle, texts),
                subAreas(user, periodId, subtitle, texts), targets(user, periodId, subtitle, texts)));
        return XlsxFile.named(texts.get("monitoring.xlsx.file", overview.orgName(),
                texts.get("period.kind." + overview.period().kind().name(), overview.period().year())), content);
    }

    private SheetTable matrix(UserAccount user, PeriodOverview overview, String subtitle, Texts texts) {
        Matrix matrix = monitoring.matrix(user, overview.period().planId());
        List<String> headers = new ArrayList<>(List.of(texts.get("monitoring.matrix.unit")));
        List<Integer> widths = new ArrayList<>(List.of(40));
        matrix.periods().forEach(p -> {
            headers.add(texts.get("period.kind." + p.kind().name(), p.year()));
            widths.add(28);
        });
        List<List<Object>> rows = new ArrayList<>();
        for (MatrixRow row : matrix.rows()) {
            List<Object> cells = new ArrayList<>(List.of(row.unitName()));
            row.cells().forEach(c -> cells.add(c == null ? "—"
                    : texts.get("monitoring.cell." + c.status().name()) + " · " + DATE.format(c.date())));
            rows.add(cells);
        }
        return new SheetTable(texts.get("monitoring.xlsx.sheet.matrix"), texts.get("monitoring.section.matrix"),
                subtitle, headers, widths, rows);
    }

    private SheetTable subAreas(UserAccount user, long periodId, String subtitle, Texts texts) {
        List<List<Object>> rows = new ArrayList<>();
        for (SubAreaRow row : monitoring.subAreas(user, periodId)) {
            Tally own = row.own();
            rows.add(java.util.Arrays.asList(row.name(), texts.get("monitoring.cell." + row.upstairs().name()),
                    own == null ? null : (long) own.expected(), own == null ? null : (long) own.submitted(),
                    own == null ? null : (long) own.onTime(), own == null ? "—" : own.reportingRateText(),
                    own == null ? "—" : own.onTimeRateText(), row.consolidation() == null
                            ? texts.get("monitoring.subAreas.noConsolidation")
                            : texts.get("consolidated.status." + row.consolidation().name())));
        }
        return new SheetTable(texts.get("monitoring.xlsx.sheet.subAreas"), texts.get("monitoring.section.subAreas"),
                subtitle, List.of(texts.get("monitoring.subAreas.name"), texts.get("monitoring.subAreas.upstairs"),
                texts.get("monitoring.tile.expected"), texts.get("monitoring.tile.submitted"),
                texts.get("monitoring.tile.onTime"), texts.get("monitoring.subAreas.rate"),
                texts.get("monitoring.subAreas.onTime"), texts.get("monitoring.subAreas.consolidation")),
                List.of(34, 22, 12, 12, 12, 18, 18, 26), rows);
    }

    private SheetTable targets(UserAccount user, long periodId, String subtitle, Texts texts) {
        List<List<Object>> rows = new ArrayList<>();
        for (TargetRow row : monitoring.targets(user, periodId)) {
            rows.add(List.of(row.position() + ". " + row.code(), row.name(), (long) row.milestoneYear(),
                    row.requirement(), row.figure(), row.lastYear(), texts.get("target.status." + row.status().name())));
        }
        return new SheetTable(texts.get("monitoring.xlsx.sheet.targets"), texts.get("monitoring.section.targets"),
                subtitle, List.of(texts.get("monitoring.targets.code"), texts.get("monitoring.targets.name"),
                texts.get("monitoring.targets.year"), texts.get("monitoring.targets.requirement"),
                texts.get("monitoring.targets.figure"), texts.get("monitoring.targets.lastYear"),
                texts.get("monitoring.targets.status")), List.of(14, 50, 10, 22, 26, 26, 18), rows);
    }
}
