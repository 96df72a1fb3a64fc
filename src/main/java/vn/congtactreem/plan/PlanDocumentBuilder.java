package vn.congtactreem.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.congtactreem.indicator.Target;

/** Lays a plan out as the document to sign; pure, so the page and the DOCX say the same. */
public final class PlanDocumentBuilder {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    private static final List<String> AREA_PREFIXES = List.of("Thành phố ", "Thị trấn ", "Thị xã ", "Tỉnh ", "Huyện ",
            "Quận ", "Phường ", "Xã ", "TP ");
    private static final Locale VI = Locale.forLanguageTag("vi");

    private PlanDocumentBuilder() {
    }

    public static PlanDocument of(Plan plan) {
        String org = plan.orgUnitName();
        String subject = subject(plan.title());
        List<PlanDocument.Section> sections = new ArrayList<>();
        add(sections, "MỤC ĐÍCH, YÊU CẦU", List.of(), items(
                item("Mục đích", plan.purpose()), item("Yêu cầu", plan.requirements())));
        if (!plan.targets().isEmpty()) {
            sections.add(new PlanDocument.Section(sectionHeading(sections.size(), "CÁC CHỈ TIÊU"), List.of(),
                    List.of(), targetsTable(plan.targets(), "UBND " + lowerFirst(org))));
        }
        add(sections, "NỘI DUNG HOẠT ĐỘNG", List.of(), plan.activities().stream()
                .map(a -> activity(a, plan.yearFrom(), plan.yearTo())).toList());
        add(sections, "KINH PHÍ", paragraphs(plan.budget()), List.of());
        add(sections, "TỔ CHỨC THỰC HIỆN", paragraphs(plan.implementation()), plan.assignments().stream()
                .map(a -> new PlanDocument.Item(a.orgUnitName(), paragraphs(a.duties()))).toList());
        List<String> regime = new ArrayList<>(paragraphs(plan.reportingRegime()));
        plan.periods().forEach(p -> regime.add(periodLine(p, org)));
        add(sections, "CHẾ ĐỘ BÁO CÁO", regime, List.of());
        return new PlanDocument(issuingBody(org), number(plan), placeAndDate(org, plan.issuedOn(), plan.yearFrom()),
                "KẾ HOẠCH", upperFirst(subject), preamble(plan, subject),
                sections, "Trên đây là Kế hoạch " + subject + " của Ủy ban nhân dân "
                        + lowerFirst(org) + "; đề nghị các đơn vị được giao nhiệm vụ triển khai thực hiện./.",
                paragraphs(plan.recipients()), signature(plan.signerTitle()), plan.signerName(), plan.docNumber() != null);
    }

    /**
     * The targets as the plan states them: the plan's own wording, the requirement, who leads (the
     * organisation itself for a target no unit answers for).
     */
    static PlanDocument.Table targetsTable(List<Target> targets, String organisation) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            String what = t.wording() == null ? t.indicator().name() : t.wording();
            rows.add(List.of(String.valueOf(i + 1), what + " (" + t.indicator().code() + ")",
                    String.valueOf(t.milestoneYear()), t.requirement(),
                    t.responsibleUnitNames().isEmpty() ? organisation : String.join(", ", t.responsibleUnitNames())));
        }
        return new PlanDocument.Table(List.of("TT", "Chỉ tiêu", "Năm", "Yêu cầu", "Đơn vị chủ trì"), rows);
    }

    /** "ỦY BAN NHÂN DÂN" over "XÃ AN DƯƠNG". */
    public static List<String> issuingBody(String orgName) {
        return List.of("ỦY BAN NHÂN DÂN", orgName == null ? "" : orgName.toUpperCase(VI));
    }

    /** "An Dương" from "Xã An Dương". */
    public static String placeName(String orgName) {
        if (orgName == null) {
            return "";
        }
        return AREA_PREFIXES.stream().filter(orgName::startsWith).findFirst()
                .map(prefix -> orgName.substring(prefix.length())).orElse(orgName);
    }

    /** NĐ 30: days below 10 and months 1 and 2 are written with a leading zero. */
    public static String placeAndDate(String orgName, LocalDate on, int year) {
        String place = placeName(orgName);
        if (on == null) {
            return place + ", ngày      tháng      năm " + year;
        }
        String month = on.getMonthValue() <= 2 ? String.format("%02d", on.getMonthValue())
                : String.valueOf(on.getMonthValue());
        return place + ", ngày " + String.format("%02d", on.getDayOfMonth()) + " tháng " + month + " năm "
                + on.getYear();
    }

    public static List<String> signature(String signerTitle) {
        String title = signerTitle == null ? "" : signerTitle.strip().toUpperCase(VI);
        if (title.startsWith("PHÓ CHỦ TỊCH")) {
            return List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", title);
        }
        if (title.equals("CHỦ TỊCH")) {
            return List.of("TM. ỦY BAN NHÂN DÂN", title);
        }
        return title.isEmpty() ? List.of("TM. ỦY BAN NHÂN DÂN") : List.of("TM. ỦY BAN NHÂN DÂN", title);
    }

    private static String number(Plan plan) {
        String symbol = plan.docSymbol() == null ? PlanService.PLAN_SYMBOL : plan.docSymbol();
        return plan.docNumber() == null ? "Số:        /" + symbol : "Số: " + plan.docNumber() + "/" + symbol;
    }

    /** "Kế hoạch triển khai công tác trẻ em" and "Triển khai công tác trẻ em" are the same subject. */
    public static String subject(String title) {
        String text = title == null ? "" : title.strip();
        if (text.regionMatches(true, 0, "Kế hoạch ", 0, "Kế hoạch ".length())) {
            text = text.substring("Kế hoạch ".length()).strip();
        }
        return lowerFirst(text);
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static List<String> preamble(Plan plan, String subject) {
        List<String> lines = new ArrayList<>();
        Plan.UpperPlanReference upper = plan.upper();
        if (upper != null && upper.number() != null) {
            lines.add("Căn cứ Kế hoạch số " + upper.number()
                    + (upper.issuedOn() == null ? "" : " ngày " + Deadlines.format(upper.issuedOn()))
                    + (upper.issuer() == null ? "" : " của " + upper.issuer())
                    + (upper.title() == null || upper.title().isBlank() ? "" : " về " + lowerFirst(upper.title()))
                    + ";");
        }
        lines.add("Ủy ban nhân dân " + lowerFirst(plan.orgUnitName()) + " xây dựng Kế hoạch " + subject
                + " như sau:");
        return lines;
    }

    private static PlanDocument.Item activity(PlanActivity activity, int yearFrom, int yearTo) {
        List<String> paragraphs = new ArrayList<>(paragraphs(activity.content()));
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
        return new PlanDocument.Item(activity.title(), paragraphs);
    }

    private static String periodLine(ReportingPeriod period, String org) {
        String kind = switch (period.kind()) {
            case SIX_MONTHS -> "Báo cáo 6 tháng";
            case NINE_MONTHS -> "Báo cáo 9 tháng";
            case ANNUAL -> "Báo cáo năm";
            case AD_HOC -> "Báo cáo đột xuất";
            case MID_TERM_REVIEW -> "Báo cáo sơ kết";
            case FINAL_REVIEW -> "Báo cáo tổng kết";
        };
        return "- " + kind + " " + period.year() + " (số liệu từ " + Deadlines.format(period.dataFrom()) + " đến "
                + Deadlines.format(period.dataTo()) + "): các đơn vị gửi Ủy ban nhân dân " + lowerFirst(org)
                + " trước ngày " + Deadlines.format(period.unitDue().plusDays(1)) + ".";
    }

    private static void add(List<PlanDocument.Section> sections, String heading, List<String> paragraphs,
                            List<PlanDocument.Item> items) {
        if (paragraphs.isEmpty() && items.isEmpty()) {
            return;
        }
        sections.add(new PlanDocument.Section(sectionHeading(sections.size(), heading), paragraphs,
                numbered(items)));
    }

    /** "II. NỘI DUNG HOẠT ĐỘNG" for the section at {@code index} (0-based). */
    public static String sectionHeading(int index, String heading) {
        return ROMAN[index] + ". " + heading;
    }

    private static List<PlanDocument.Item> numbered(List<PlanDocument.Item> items) {
        List<PlanDocument.Item> numbered = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            numbered.add(new PlanDocument.Item((i + 1) + ". " + items.get(i).heading(), items.get(i).paragraphs()));
        }
        return numbered;
    }

    private static List<PlanDocument.Item> items(PlanDocument.Item... items) {
        return Arrays.stream(items).filter(i -> !i.paragraphs().isEmpty()).toList();
    }

    private static PlanDocument.Item item(String heading, String text) {
        return new PlanDocument.Item(heading, paragraphs(text));
    }

    /** Paragraphs of a typed text: one per non-empty line. */
    public static List<String> paragraphs(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String lowerFirst(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // keep proper names: only lower a leading common word ("Xã An Dương" -> "xã An Dương")
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
