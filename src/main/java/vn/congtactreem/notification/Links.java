package vn.congtactreem.notification;

/** Routes of the pages a notification leads to (the same as the views' {@code @Route}s). */
final class Links {

    private Links() {
    }

    static String report(long reportId) {
        return "reports/" + reportId;
    }

    static String consolidatedReport(long id) {
        return "consolidated-reports/" + id;
    }

    static String plan(long planId) {
        return "plans/" + planId;
    }

    /** The person's own substitutions ("Ủy quyền khi vắng mặt"). */
    static String substitutes() {
        return "account/substitutes";
    }

    static String planDraft(long planId) {
        return "plans/" + planId + "/draft";
    }
}
