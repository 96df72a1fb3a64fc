package vn.congtactreem.orgchange;

import java.util.List;

/**
 * What taking a unit out of use touches, shown to the administrator before confirming.
 *
 * @param activeChildren units still active under it (names): while there are any, the deactivation is refused
 * @param runningCycles  plans not closed that the unit or a unit below it issued or takes part in (titles)
 * @param ownCycles      how many of them the unit itself issued: they end with the deactivation
 * @param openTasks      open tasks offered to the unit and the units below it
 * @param periodsToCome  reporting periods still to open in those plans
 */
public record DeactivationImpact(List<String> activeChildren, List<String> runningCycles, int ownCycles,
                                 long openTasks, int periodsToCome) {

    public boolean refused() {
        return !activeChildren.isEmpty();
    }
}
