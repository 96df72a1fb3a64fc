package vn.congtactreem.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetOutlineTests {

    /** A target named by its wording, under {@code objective} (null: none). */
    private static TargetForm t(String wording, Integer objective) {
        return new TargetForm(1L, 2024, Comparator.AT_LEAST, null, null, null, wording, List.of())
                .placed(objective, null);
    }

    private static List<String> order(TargetOutline outline) {
        return outline.targets().stream().map(f -> f.wording() + "@" + f.objective()).toList();
    }

    @Test
    void targetsStandInPlanOrderTheUngroupedFirstThenObjectiveByObjective() {
        TargetOutline outline = new TargetOutline(List.of("Bảo vệ", "Y tế"),
                List.of(t("a", 2), t("b", 1), t("c", null), t("d", 2), t("e", 1)));
        assertThat(order(outline)).containsExactly("c@null", "b@1", "e@1", "a@2", "d@2");
        assertThat(outline.numbers()).containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void anObjectiveMovedUpTakesItsTargetsWithIt() {
        TargetOutline outline = new TargetOutline(List.of("Bảo vệ", "Y tế"),
                List.of(t("b1", 1), t("b2", 1), t("y1", 2)));

        TargetOutline moved = outline.moveObjective(2, -1);

        assertThat(moved.objectives()).containsExactly("Y tế", "Bảo vệ");
        assertThat(order(moved)).containsExactly("y1@1", "b1@2", "b2@2");
        // the first cannot go up, the last cannot go down
        assertThat(outline.moveObjective(1, -1)).isEqualTo(outline);
        assertThat(outline.moveObjective(2, 1)).isEqualTo(outline);
    }

    @Test
    void aTargetMovesOnlyWithinItsObjective() {
        TargetOutline outline = new TargetOutline(List.of("Bảo vệ", "Y tế"),
                List.of(t("b1", 1), t("b2", 1), t("y1", 2)));

        assertThat(order(outline.moveTarget(1, -1))).containsExactly("b2@1", "b1@1", "y1@2");
        assertThat(order(outline.moveTarget(0, 1))).containsExactly("b2@1", "b1@1", "y1@2");
        // the last of objective 1 does not cross into objective 2, nor the first of 2 into 1
        assertThat(outline.moveTarget(1, 1)).isEqualTo(outline);
        assertThat(outline.moveTarget(2, -1)).isEqualTo(outline);
        assertThat(outline.moveTarget(5, -1)).isEqualTo(outline);
    }

    @Test
    void removingAnObjectiveKeepsItsTargetsWithoutOneAndRenumbersTheLaterObjectives() {
        TargetOutline outline = new TargetOutline(List.of("Bảo vệ", "Y tế", "Tham gia"),
                List.of(t("b1", 1), t("y1", 2), t("t1", 3)));

        TargetOutline removed = outline.removeObjective(2);

        assertThat(removed.objectives()).containsExactly("Bảo vệ", "Tham gia");
        assertThat(order(removed)).containsExactly("y1@null", "b1@1", "t1@2");
        assertThat(removed.withObjective("Mới").objectives()).containsExactly("Bảo vệ", "Tham gia", "Mới");
    }

    @Test
    void typedNumbersTravelWithTheirTargets() {
        TargetOutline outline = new TargetOutline(List.of("Bảo vệ", "Y tế"),
                List.of(t("b1", 1), t("y1", 2).placed(2, "5"), t("y2", 2)));
        assertThat(outline.numbers()).containsExactly("1", "5", "6");

        TargetOutline moved = outline.moveObjective(2, -1);

        assertThat(order(moved)).containsExactly("y1@1", "y2@1", "b1@2");
        assertThat(moved.numbers()).containsExactly("5", "6", "7");
    }
}
