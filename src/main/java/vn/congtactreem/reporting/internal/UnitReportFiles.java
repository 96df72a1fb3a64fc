package vn.congtactreem.reporting.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which uploaded files belong to which unit report. */
@Repository
public class UnitReportFiles {

    private final JdbcClient jdbc;

    public UnitReportFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void link(long reportId, long attachmentId) {
        jdbc.sql("insert into unit_report_file (unit_report_id, attachment_id) values (?, ?)")
                .params(reportId, attachmentId).update();
    }

    public boolean unlink(long reportId, long attachmentId) {
        return jdbc.sql("delete from unit_report_file where unit_report_id = ? and attachment_id = ?")
                .params(reportId, attachmentId).update() > 0;
    }

    public boolean belongs(long reportId, long attachmentId) {
        return jdbc.sql("select count(*) from unit_report_file where unit_report_id = ? and attachment_id = ?")
                .params(reportId, attachmentId).query(Long.class).single() > 0;
    }

    public List<Long> of(long reportId) {
        return jdbc.sql("select attachment_id from unit_report_file where unit_report_id = ? order by attachment_id")
                .param(reportId).query(Long.class).list();
    }

    public List<Long> reportsHolding(long attachmentId) {
        return jdbc.sql("select unit_report_id from unit_report_file where attachment_id = ? order by unit_report_id")
                .param(attachmentId).query(Long.class).list();
    }
}
