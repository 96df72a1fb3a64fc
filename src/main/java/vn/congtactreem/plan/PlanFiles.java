package vn.congtactreem.plan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.document.AttachmentOwner;
import vn.congtactreem.org.UserAccount;

/** The upper level's plan as a file: read by whoever may read a plan that registered it. */
@Component
class PlanFiles implements AttachmentOwner {

    private final JdbcClient jdbc;
    private final PlanService plans;

    PlanFiles(JdbcClient jdbc, PlanService plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayRead(UserAccount user, long attachmentId) {
        return jdbc.sql("select id from plan where upper_ref_file_id = ? order by id").param(attachmentId)
                .query(Long.class).list().stream().anyMatch(planId -> plans.mayRead(user, planId));
    }
}
