package vn.congtactreem.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectiveGroupsTests {

    record Row(String name, Integer objective) {
    }

    @Test
    void targetsOutsideAnyObjectiveComeFirstWithoutAHeadingThenEachObjectiveInItsOrder() {
        List<Row> rows = List.of(new Row("a", 2), new Row("b", null), new Row("c", 1), new Row("d", 2),
                new Row("e", null));

        List<ObjectiveGroups.Group<Row>> groups = ObjectiveGroups.of(rows, Row::objective,
                List.of(new Objective(1, "Giảm tai nạn"), new Objective(2, " Bảo vệ trẻ em ")));

        assertThat(groups).extracting(ObjectiveGroups.Group::heading)
                .containsExactly(null, "Mục tiêu 1: Giảm tai nạn", "Mục tiêu 2: Bảo vệ trẻ em");
        assertThat(groups.get(0).items()).extracting(Row::name).containsExactly("b", "e");
        assertThat(groups.get(1).items()).extracting(Row::name).containsExactly("c");
        assertThat(groups.get(2).items()).extracting(Row::name).containsExactly("a", "d");
        assertThat(ObjectiveGroups.grouped(groups)).isTrue();
    }

    @Test
    void aPlanWithoutObjectivesIsOneGroupWithoutHeadingAndAnUnlistedObjectiveIsHeadedByItsNumber() {
        List<ObjectiveGroups.Group<Row>> plain = ObjectiveGroups.of(List.of(new Row("a", null), new Row("b", null)),
                Row::objective, List.of());
        assertThat(plain).singleElement().satisfies(g -> {
            assertThat(g.heading()).isNull();
            assertThat(g.items()).extracting(Row::name).containsExactly("a", "b");
        });
        assertThat(ObjectiveGroups.grouped(plain)).isFalse();

        assertThat(ObjectiveGroups.of(List.of(new Row("a", 3)), Row::objective, List.of()))
                .extracting(ObjectiveGroups.Group::heading).containsExactly("Mục tiêu 3");
        assertThat(ObjectiveGroups.of(List.<Row>of(), Row::objective, List.of())).isEmpty();
    }
}
