package vn.congtactreem.monitoring.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.congtactreem.monitoring.StepCount;
import vn.congtactreem.plan.process.PlanCycleProcess;

/**
 * Counts per activity of the running plan cycles of some organisations, read from Camunda 7's own
 * tables (history level full: {@code ACT_HI_ACTINST} holds an unfinished row for every activity an
 * instance stands in; {@code ACT_RU_INCIDENT} the open incidents) joined to {@code plan} by process
 * instance id. Multi-instance bodies are left out (their inner activity is counted).
 */
@Repository
public class StepQueries {

    /** Enough for PostgreSQL's 32,767 bind parameters with room to spare; larger scopes go in slices. */
    private static final int SLICE = 20_000;

    private final NamedParameterJdbcTemplate jdbc;

    public StepQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<StepCount> planCycleSteps(Collection<Long> orgIds) {
        Map<String, long[]> counts = new TreeMap<>();
        List<Long> ids = new ArrayList<>(orgIds);
        for (int from = 0; from < ids.size(); from += SLICE) {
            Map<String, Object> parameters = Map.of("orgs", ids.subList(from, Math.min(ids.size(), from + SLICE)),
                    "key", PlanCycleProcess.KEY);
            jdbc.query("""
                    select a.ACT_ID_, count(*) from ACT_HI_ACTINST a
                    join plan p on p.process_instance_id = a.PROC_INST_ID_
                    where a.PROC_DEF_KEY_ = :key and a.END_TIME_ is null and a.ACT_TYPE_ <> 'multiInstanceBody'
                      and p.org_unit_id in (:orgs)
                    group by a.ACT_ID_
                    """, parameters, rs -> {
                counts.computeIfAbsent(rs.getString(1), id -> new long[2])[0] += rs.getLong(2);
            });
            jdbc.query("""
                    select i.ACTIVITY_ID_, count(*) from ACT_RU_INCIDENT i
                    join plan p on p.process_instance_id = i.PROC_INST_ID_
                    where p.org_unit_id in (:orgs) and i.ACTIVITY_ID_ is not null
                    group by i.ACTIVITY_ID_
                    """, parameters, rs -> {
                counts.computeIfAbsent(rs.getString(1), id -> new long[2])[1] += rs.getLong(2);
            });
        }
        List<StepCount> steps = new ArrayList<>();
        counts.forEach((activity, c) -> steps.add(new StepCount(activity, activity, c[0], c[1])));
        return steps;
    }
}
