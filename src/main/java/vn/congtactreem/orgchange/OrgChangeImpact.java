package vn.congtactreem.orgchange;

import java.util.List;

/**
 * What a move or a merge touches, shown to the administrator before it is made.
 *
 * @param reportsToMove  open reports of the unit that go to the unit merged into (it has none in that period)
 * @param reportsToClose open reports of the unit whose period the unit merged into already reports in: ended
 * @param plansToClose   the unit's own running plans (titles): their cycles end with the merge
 * @param openTasks      open tasks offered to the unit (its candidate groups)
 * @param users          users of the unit (they move with a merge)
 */
public record OrgChangeImpact(List<Long> reportsToMove, List<Long> reportsToClose, List<String> plansToClose,
                              long openTasks, int users) {
}
