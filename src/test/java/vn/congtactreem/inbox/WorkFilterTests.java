package vn.congtactreem.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.congtactreem.inbox.WorkCriteria.Holder;

class WorkFilterTests {

    @Test
    void aFilterGoesIntoTheAddressAndComesBackTheSame() {
        WorkFilter filter = new WorkFilter(12L, 34L, Set.of("SubmitReport", "ReviewReport"), true, Holder.ME,
                "  công an ");
        Map<String, List<String>> parameters = filter.toParameters();

        assertThat(parameters).containsExactly(Map.entry("q", List.of("công an")), Map.entry("plan", List.of("12")),
                Map.entry("period", List.of("34")), Map.entry("task", List.of("ReviewReport", "SubmitReport")),
                Map.entry("overdue", List.of("1")), Map.entry("holder", List.of("me")));
        assertThat(WorkFilter.fromParameters(parameters)).isEqualTo(filter);
    }

    @Test
    void noFilterIsAnEmptyAddress() {
        assertThat(WorkFilter.NONE.toParameters()).isEmpty();
        assertThat(WorkFilter.fromParameters(Map.of())).isEqualTo(WorkFilter.NONE);
        assertThat(WorkFilter.fromParameters(Map.of())).matches(WorkFilter::isEmpty);
        assertThat(WorkFilter.NONE.withText("x").isEmpty()).isFalse();
    }

    @Test
    void whatMakesNoSenseInAnAddressIsIgnored() {
        WorkFilter filter = WorkFilter.fromParameters(Map.of("plan", List.of("abc"), "period", List.of("-5"),
                "task", List.of("Review Report", "<script>", "SubmitReport"), "overdue", List.of("yes"),
                "holder", List.of("someone")));

        assertThat(filter.planId()).isNull();
        assertThat(filter.periodId()).isNull();
        assertThat(filter.taskKeys()).containsExactly("SubmitReport");
        assertThat(filter.overdueOnly()).isFalse();
        assertThat(filter.holder()).isEqualTo(Holder.ANYONE);
    }

    @Test
    void nobodyHoldingAndTheTrueSpellingAreUnderstood() {
        WorkFilter filter = WorkFilter.fromParameters(Map.of("holder", List.of("none"), "overdue", List.of("true")));
        assertThat(filter.holder()).isEqualTo(Holder.NOBODY);
        assertThat(filter.overdueOnly()).isTrue();
        assertThat(filter.toParameters()).containsEntry("holder", List.of("none")).containsEntry("overdue", List.of("1"));
    }

    @Test
    void aVeryLongSearchIsCut() {
        assertThat(WorkFilter.NONE.withText("a".repeat(500)).text()).hasSize(100);
    }
}
