package vn.congtactreem.inbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import vn.congtactreem.inbox.BulkWork;
import vn.congtactreem.inbox.WorkItem;

class BulkSummaryTests {

    private static final Map<String, String> TEXTS = Map.of(
            "report.bulk.accepted", "Đã chấp nhận {0} báo cáo",
            "inbox.bulk.failedCount", "{0} không thực hiện được",
            "inbox.bulk.skipped", "{0} việc đã chọn không thuộc loại này nên được bỏ qua.",
            "task.error.heldBy", "Việc này đang do {0} nhận; chỉ người đó xử lý được, hoặc trả lại nhóm.",
            "report.error.notSubmitted", "Báo cáo chưa được gửi nên chưa thể xem xét.");
    private static final BiFunction<String, Object[], String> TRANSLATE =
            (key, args) -> new MessageFormat(TEXTS.get(key)).format(args);

    @Test
    void everythingDoneIsOneShortSentence() {
        BulkWork.Result result = new BulkWork.Result(List.of(item("1"), item("2"), item("3")), List.of(), List.of());
        assertThat(BulkSummary.text(result, "report.bulk.accepted", TRANSLATE, item -> "")).isEqualTo(
                "Đã chấp nhận 3 báo cáo.");
    }

    @Test
    void eachFailureIsNamedWithItsReason() {
        BulkWork.Result result = new BulkWork.Result(List.of(item("1"), item("2"), item("3")),
                List.of(new BulkWork.Failure(item("4"), "task.error.heldBy", "Đỗ Văn Ba")), List.of(item("5")));

        String text = BulkSummary.text(result, "report.bulk.accepted", TRANSLATE,
                item -> item.id().equals("4") ? "Công an xã An Dương" : "");

        assertThat(text).isEqualTo("Đã chấp nhận 3 báo cáo; 1 không thực hiện được: Xem xét báo cáo của đơn vị – "
                + "Công an xã An Dương: Việc này đang do Đỗ Văn Ba nhận; chỉ người đó xử lý được, hoặc trả lại nhóm. "
                + "1 việc đã chọn không thuộc loại này nên được bỏ qua.");
        assertThat(BulkSummary.headline(result, "report.bulk.accepted", TRANSLATE)).isEqualTo(
                "Đã chấp nhận 3 báo cáo; 1 không thực hiện được: 1 việc đã chọn không thuộc loại này nên được bỏ qua.");
    }

    @Test
    void aTaskWithoutAPlaceIsNamedByItsName() {
        BulkWork.Result result = new BulkWork.Result(List.of(),
                List.of(new BulkWork.Failure(item("7"), "report.error.notSubmitted")), List.of());
        assertThat(BulkSummary.failures(result, TRANSLATE, item -> null)).containsExactly(
                "Xem xét báo cáo của đơn vị: Báo cáo chưa được gửi nên chưa thể xem xét");
    }

    private static WorkItem item(String id) {
        return new WorkItem(id, "Xem xét báo cáo của đơn vị", "unit-report", "ReviewReport", id, null,
                Instant.parse("2024-05-15T03:00:00Z"), null, Map.of("reportId", Long.valueOf(id)));
    }
}
