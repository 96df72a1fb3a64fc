package vn.congtactreem.plan;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.plan.internal.DocumentCounter;

/**
 * The next number of an organisation's documents of one kind in a year ("12" of "12/KH-UBND"), for
 * the documents other features issue (e.g. consolidated reports, "BC-UBND"): one counter with the plans.
 */
@Service
public class DocumentNumbers {

    private final DocumentCounter counter;

    public DocumentNumbers(DocumentCounter counter) {
        this.counter = counter;
    }

    /** Runs inside the caller's transaction, so a number is spent only if the document is issued. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(long orgUnitId, int year, String symbol) {
        return counter.next(orgUnitId, year, symbol);
    }
}
