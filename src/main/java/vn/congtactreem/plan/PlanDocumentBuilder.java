package vn.congtactreem.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.congtactreem.document.OfficialDocument;
import vn.congtactreem.document.OfficialStyle;
import vn.congtactreem.indicator.Target;
import vn.congtactreem.indicator.TargetNumbering;

/** Lays a plan out as the document to sign; pure, so the page and the DOCX say the same. */
public final class PlanDocumentBuilder {


    private PlanDocumentBuilder() {
    }

    public static OfficialDocument of(Plan plan) {
        String org = plan.orgUnitName();
        String subject = OfficialStyle.subject(plan.title());
        List<OfficialDocument.Section> sections = new ArrayList<>();
        add(sections, "MỤC ĐÍCH, YÊU CẦU", List.of(), items(
                item("Mục đích", plan.purpose()), item("Yêu cầu", plan.requirements())));
        if (!plan.objectives().isEmpty()) {
            String lead = "UBND " + OfficialStyle.lowerFirst(org);
            sections.add(new OfficialDocument.Section(OfficialStyle.sectionHeading(sections.size(), "MỤC TIÊU, CHỈ TIÊU"),
                    plan.targetsOf(null).stream().map(t -> targetLine(t, lead)).toList(),
                    plan.objectives().stream().map(o -> new OfficialDocument.Item(o.heading(),
                            plan.targetsOf(o.number()).stream().map(t -> targetLine(t, lead)).toList())).toList()));
        } else if (!plan.targets().isEmpty()) {
            sections.add(new OfficialDocument.Section(OfficialStyle.sectionHeading(sections.size(), "CÁC CHỈ TIÊU"), List.of(),
                    List.of(), targetsTable(plan.targets(), "UBND " + OfficialStyle.lowerFirst(org))));
        }
        add(sections, "NỘI DUNG HOẠT ĐỘNG", List.of(), plan.activities().stream()
                .map(a -> activity(a, plan.yearFrom(), plan.yearTo())).toList());
        add(sections, "KINH PHÍ", OfficialStyle.paragraphs(plan.budget()), List.of());
        add(sections, "TỔ CHỨC THỰC HIỆN", OfficialStyle.paragraphs(plan.implementation()), plan.assignments().stream()
                .map(a -> new OfficialDocument.Item(a.orgUnitName(), duties(plan, a))).toList());
        List<String> regime = new ArrayList<>(OfficialStyle.paragraphs(plan.reportingRegime()));
        String upper = plan.upper() == null || plan.upper().issuer() == null || plan.upper().issuer().isBlank()
                ? "cấp trên" : plan.upper().issuer().strip();
        plan.periods().forEach(p -> regime.add(periodLine(p, org, upper)));
        add(sections, "CHẾ ĐỘ BÁO CÁO", regime, List.of());
        return new OfficialDocument(OfficialStyle.issuingBody(org), number(plan), OfficialStyle.placeAndDate(org, plan.issuedOn(), plan.yearFrom()),
                "KẾ HOẠCH", upperFirst(subject), preamble(plan, subject),
                sections, "Trên đây là Kế hoạch " + subject + " của Ủy ban nhân dân "
                        + OfficialStyle.lowerFirst(org) + "; đề nghị các đơn vị được giao nhiệm vụ triển khai thực hiện./.",
                OfficialStyle.paragraphs(plan.recipients()), OfficialStyle.signature(plan.signerTitle(), plan.signedForCommittee()), plan.signerName(), plan.docNumber() != null);
    }

    /**
     * The targets as the plan states them: the plan's own wording, the requirement, who leads (the
     * organisation itself for a target no unit answers for).
     */
    static OfficialDocument.Table targetsTable(List<Target> targets, String organisation) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            String what = t.wording() == null ? t.indicator().name() : t.wording();
            rows.add(List.of(t.number(), what + " (" + t.indicator().code() + ")",
                    String.valueOf(t.milestoneYear()), t.requirement(),
                    t.responsibleUnitNames().isEmpty() ? organisation : String.join(", ", t.responsibleUnitNames())));
        }
        return new OfficialDocument.Table(List.of("TT", "Chỉ tiêu", "Năm", "Yêu cầu", "Đơn vị chủ trì"), rows);
    }

    /**
     * "Chỉ tiêu 3: Tỷ lệ trẻ em … — > 95 %, năm 2024; chủ trì: Trạm Y tế xã.": a target under its objective, in
     * the plan's own number and words.
     */
    static String targetLine(Target t, String organisation) {
        String what = t.wording() == null ? t.indicator().name() : t.wording();
        return t.heading() + ": " + what + " — " + t.requirement() + ", năm " + t.milestoneYear() + "; chủ trì: "
                + (t.responsibleUnitNames().isEmpty() ? organisation : String.join(", ", t.responsibleUnitNames()))
                + ".";
    }

    /** A unit's duties, then the targets it answers for by their numbers: "Chủ trì các chỉ tiêu 3, 4, 5, 6." */
    private static List<String> duties(Plan plan, Assignment assignment) {
        List<String> paragraphs = new ArrayList<>(OfficialStyle.paragraphs(assignment.duties()));
        List<Target> own = plan.targets().stream().filter(t -> t.isResponsible(assignment.orgUnitId())).toList();
        if (!own.isEmpty()) {
            paragraphs.add((own.size() == 1 ? "Chủ trì chỉ tiêu " : "Chủ trì các chỉ tiêu ")
                    + TargetNumbering.list(own) + ".");
        }
        return paragraphs;
    }

    private static String number(Plan plan) {
        String symbol = plan.docSymbol() == null ? PlanService.PLAN_SYMBOL : plan.docSymbol();
        return plan.docNumber() == null ? "Số:        /" + symbol : "Số: " + plan.docNumber() + "/" + symbol;
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * One sentence, as the real plans open: "Thực hiện Kế hoạch số 50/KH-UBND ngày 29/02/2024 của UBND huyện Tân Yên
     * về …, Ủy ban nhân dân xã An Dương xây dựng Kế hoạch … như sau:" (without an upper plan, its second half).
     */
    private static List<String> preamble(Plan plan, String subject) {
        Plan.UpperPlanReference upper = plan.upper();
        String builds = "Ủy ban nhân dân " + OfficialStyle.lowerFirst(plan.orgUnitName()) + " xây dựng Kế hoạch "
                + subject + " như sau:";
        if (upper != null && (upper.number() != null || upper.issuer() != null)) {
            return List.of("Thực hiện Kế hoạch " + upper.citation()
                    + (upper.issuer() == null ? "" : " của " + upper.issuer())
                    + (upper.title() == null || upper.title().isBlank() ? "" : " về " + OfficialStyle.lowerFirst(upper.title()))
                    + ", " + builds);
        }
        return List.of(builds);
    }

    private static OfficialDocument.Item activity(PlanActivity activity, int yearFrom, int yearTo) {
        List<String> paragraphs = new ArrayList<>(OfficialStyle.paragraphs(activity.content()));
        String when = activity.timeframe().label(yearFrom);
        if (!when.isEmpty()) {
            paragraphs.add("Thời gian: " + when + (yearTo > yearFrom ? " (hằng năm đến năm " + yearTo + ")" : "")
                    + ".");
        }
        if (activity.leadUnitName() != null) {
            paragraphs.add("Đơn vị chủ trì: " + activity.leadUnitName() + ".");
        }
        if (!activity.cooperatingUnitNames().isEmpty()) {
            paragraphs.add("Đơn vị phối hợp: " + String.join(", ", activity.cooperatingUnitNames()) + ".");
        }
        return new OfficialDocument.Item(activity.title(), paragraphs);
    }

    /**
     * "- Báo cáo 6 tháng 2025 (số liệu từ … đến …): các đơn vị gửi Ủy ban nhân dân phường Phú La trước ngày
     * 11/5/2025; Ủy ban nhân dân phường Phú La báo cáo UBND quận Hà Đông trước ngày 14/5/2025." The second half
     * only when the period says when the organisation reports upward (Phú La's plan sets its own dates).
     */
    private static String periodLine(ReportingPeriod period, String org, String upper) {
        String kind = switch (period.kind()) {
            case SIX_MONTHS -> "Báo cáo 6 tháng";
            case NINE_MONTHS -> "Báo cáo 9 tháng";
            case ANNUAL -> "Báo cáo năm";
            case AD_HOC -> "Báo cáo đột xuất";
            case MID_TERM_REVIEW -> "Báo cáo sơ kết";
            case FINAL_REVIEW -> "Báo cáo tổng kết";
        };
        return "- " + kind + " " + period.year() + " (số liệu từ " + OfficialStyle.shortDate(period.dataFrom()) + " đến "
                + OfficialStyle.shortDate(period.dataTo()) + "): các đơn vị gửi Ủy ban nhân dân " + OfficialStyle.lowerFirst(org)
                + " trước ngày " + OfficialStyle.shortDate(period.unitDue().plusDays(1))
                + (period.upperDue() == null ? "" : "; Ủy ban nhân dân " + OfficialStyle.lowerFirst(org) + " báo cáo "
                        + upper + " trước ngày " + OfficialStyle.shortDate(period.upperDue().plusDays(1))) + ".";
    }

    private static void add(List<OfficialDocument.Section> sections, String heading, List<String> paragraphs,
                            List<OfficialDocument.Item> items) {
        if (paragraphs.isEmpty() && items.isEmpty()) {
            return;
        }
        sections.add(new OfficialDocument.Section(OfficialStyle.sectionHeading(sections.size(), heading), paragraphs,
                numbered(items)));
    }

    private static List<OfficialDocument.Item> numbered(List<OfficialDocument.Item> items) {
        List<OfficialDocument.Item> numbered = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            numbered.add(new OfficialDocument.Item((i + 1) + ". " + items.get(i).heading(), items.get(i).paragraphs()));
        }
        return numbered;
    }

    private static List<OfficialDocument.Item> items(OfficialDocument.Item... items) {
        return Arrays.stream(items).filter(i -> !i.paragraphs().isEmpty()).toList();
    }

    private static OfficialDocument.Item item(String heading, String text) {
        return new OfficialDocument.Item(heading, OfficialStyle.paragraphs(text));
    }

}
