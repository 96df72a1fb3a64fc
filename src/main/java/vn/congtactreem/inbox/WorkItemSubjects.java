package vn.congtactreem.inbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.congtactreem.org.UserAccount;

/**
 * What a feature tells the inbox's filters about the things its tasks concern, without the inbox
 * importing it: the plans (with their periods) a user's tasks can belong to, and which of them, or
 * of the units, a search text names.
 */
public interface WorkItemSubjects {

    /** The plans whose tasks can reach the user, newest first, with their reporting periods. */
    List<PlanChoice> plans(UserAccount user);

    /**
     * Values of process variables whose subject's name contains the text (case and diacritics
     * ignored), e.g. {@code planId} → plans whose title or organisation matches, {@code unitOrgId} →
     * units whose name matches. Only what the user may see.
     */
    Map<String, Set<Long>> matching(UserAccount user, String text);

    record PlanChoice(long id, String title, String organisation, List<PeriodChoice> periods) {
    }

    /** {@code kind}: an enum name the UI translates ("period.kind.SIX_MONTHS"), with its year. */
    record PeriodChoice(long id, long planId, String kind, int year) {
    }
}
