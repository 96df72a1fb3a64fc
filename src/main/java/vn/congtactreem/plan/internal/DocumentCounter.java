package vn.congtactreem.plan.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Document numbers ("Số: 12/KH-UBND") from a counter per organisation, year and symbol. The row
 * is locked by the update, so two officers issuing at once never get the same number.
 */
@Component
public class DocumentCounter {

    private final JdbcTemplate jdbc;

    public DocumentCounter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int next(long orgUnitId, int year, String symbol) {
        int updated = jdbc.update("update document_counter set last_number = last_number + 1 "
                + "where org_unit_id = ? and doc_year = ? and doc_symbol = ?", orgUnitId, year, symbol);
        if (updated == 0) {
            jdbc.update("insert into document_counter (org_unit_id, doc_year, doc_symbol, last_number) "
                    + "values (?, ?, ?, 1)", orgUnitId, year, symbol);
            return 1;
        }
        return jdbc.queryForObject("select last_number from document_counter "
                + "where org_unit_id = ? and doc_year = ? and doc_symbol = ?", Integer.class, orgUnitId, year, symbol);
    }

    /**
     * A number given outside the system (a plan issued on paper and registered later): the counter
     * stands at least there, so the next number of that year follows it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void atLeast(long orgUnitId, int year, String symbol, int number) {
        int updated = jdbc.update("update document_counter set last_number = greatest(last_number, ?) "
                + "where org_unit_id = ? and doc_year = ? and doc_symbol = ?", number, orgUnitId, year, symbol);
        if (updated == 0) {
            jdbc.update("insert into document_counter (org_unit_id, doc_year, doc_symbol, last_number) "
                    + "values (?, ?, ?, ?)", orgUnitId, year, symbol, number);
        }
    }
}
