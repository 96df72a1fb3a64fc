package vn.congtactreem.inbox.ui;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import vn.congtactreem.inbox.BulkWork;
import vn.congtactreem.inbox.WorkItem;

/**
 * What a bulk action did, said in one sentence: "Đã chấp nhận 3 báo cáo; 1 không thực hiện được:
 * Xem xét báo cáo của đơn vị – Công an xã An Dương: Việc này đang do … nhận." Pure, so it is tested
 * without a UI; {@code translate} is the bundle's (key, args) → text.
 */
final class BulkSummary {

    private BulkSummary() {
    }

    static String text(BulkWork.Result result, String doneKey, BiFunction<String, Object[], String> translate,
                       Function<WorkItem, String> where) {
        StringBuilder text = new StringBuilder(translate.apply(doneKey, new Object[] {result.done().size()}));
        if (!result.failed().isEmpty()) {
            text.append("; ").append(translate.apply("inbox.bulk.failedCount", new Object[] {result.failed().size()}))
                    .append(": ").append(String.join("; ", failures(result, translate, where)));
        }
        return text.append('.').append(skipped(result, translate)).toString();
    }

    /** The sentence above the list of failures: "Đã chấp nhận 3 báo cáo; 1 không thực hiện được:". */
    static String headline(BulkWork.Result result, String doneKey, BiFunction<String, Object[], String> translate) {
        String done = translate.apply(doneKey, new Object[] {result.done().size()});
        if (result.failed().isEmpty()) {
            return done + "." + skipped(result, translate);
        }
        return done + "; " + translate.apply("inbox.bulk.failedCount", new Object[] {result.failed().size()}) + ":"
                + skipped(result, translate);
    }

    private static String skipped(BulkWork.Result result, BiFunction<String, Object[], String> translate) {
        return result.skipped().isEmpty() ? ""
                : " " + translate.apply("inbox.bulk.skipped", new Object[] {result.skipped().size()});
    }

    /** One line per failure: which task, and why. */
    static List<String> failures(BulkWork.Result result, BiFunction<String, Object[], String> translate,
                                 Function<WorkItem, String> where) {
        return result.failed().stream().map(failure -> {
            String place = where.apply(failure.item());
            String task = place == null || place.isBlank() ? failure.item().name()
                    : failure.item().name() + " – " + place;
            return task + ": " + stripFinalStop(translate.apply(failure.messageKey(), failure.args()));
        }).toList();
    }

    private static String stripFinalStop(String message) {
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }
}
