package vn.congtactreem.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.document.OfficialStyle;
import vn.congtactreem.indicator.IndicatorCatalog;
import vn.congtactreem.indicator.Target;
import vn.congtactreem.indicator.TargetForm;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.SeedPlans.SeedPlan;
import vn.congtactreem.plan.SeedPlans.SeedTarget;
import vn.congtactreem.security.SystemAuthentication;
import vn.congtactreem.support.CycleCleanUp;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;

/**
 * The three seed plans re-entered through {@link PlanService} on PostgreSQL ({@link SeedPlans}) and printed as
 * their official DOCX: every objective heading and every target's number, wording and value appear in the
 * original's order, the wording word for word as the original (src/test/resources/seeds/) writes it, the value
 * with the digits the original writes. The DOCX files are left in target/seed-plans/ for the side-by-side
 * images of docs/documents/seed-plans.md.
 */
class SeedPlansDocumentIntegrationTests extends PostgresIntegrationTest {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    @Autowired
    PlanService plans;
    @Autowired
    OrgService orgs;
    @Autowired
    UserService users;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    private final List<Long> started = new ArrayList<>();

    @AfterEach
    void endTheCycles() {
        started.forEach(planId -> CycleCleanUp.endProcessesOf(runtime, planId));
        ProcessJobs.resetClock();
    }

    @Test
    void anDuongPrintsItsTwelveSectionsAsObjectivesAndItsTwentyOneTargetsAsWritten() throws IOException {
        String text = check(SeedPlans.AN_DUONG);
        assertThat(text).contains("Mục tiêu 12: Kiểm tra, giám sát", "Chỉ tiêu 21: 95% công chức, viên chức xã");
        assertThat(text).doesNotContain("Chỉ tiêu 22");
    }

    @Test
    void phuLaPrintsItsSixTargetsWithoutObjectivesAndTheBirthRegistrationLedByJustice() throws IOException {
        String text = check(SeedPlans.PHU_LA);
        assertThat(text).doesNotContain("Mục tiêu 1").contains("Chủ trì chỉ tiêu 6.");
        // "Giữ vững": kept as the original says it, not as "= Có"
        assertThat(text).contains("5\tGiữ vững phường đạt tiêu chí phường phù hợp trẻ em (CH-03)\t2025\tgiữ vững Có\t");
        // the original's report dates, not the system's defaults (before 19/5 and 17/11)
        assertThat(text).contains("Ủy ban nhân dân phường Phú La báo cáo UBND quận Hà Đông trước ngày 14/5/2025.",
                "Ủy ban nhân dân phường Phú La báo cáo UBND quận Hà Đông trước ngày 14/11/2025.")
                .doesNotContain("trước ngày 19/5/2025", "trước ngày 17/11/2025");
    }

    @Test
    void nguyenNghiemSetsNoTargetAndItsDocumentHasNone() throws IOException {
        String text = check(SeedPlans.NGUYEN_NGHIEM);
        assertThat(text).doesNotContain("Mục tiêu 1", "Chỉ tiêu 1", "CÁC CHỈ TIÊU");
    }

    /** Enters the plan, prints it, and checks it against the copied original; answers the DOCX text. */
    private String check(SeedPlan seed) throws IOException {
        String original = normalized(original(seed.file()));
        originalHoldsTheFixture(seed, original);

        Plan plan = enter(seed);
        for (int i = 0; i < seed.targets().size(); i++) {
            Target saved = plan.targets().get(i);
            SeedTarget written = seed.targets().get(i);
            assertThat(saved.wording()).isEqualTo(written.wording());
            assertThat(saved.number()).isEqualTo(String.valueOf(i + 1));
            if (written.value() != null) {
                assertThat(saved.targetValue().toPlainString()).as("kept as typed").isEqualTo(written.value());
            }
        }
        byte[] docx = plans.docx(plan).content();
        Path out = Path.of("target", "seed-plans", seed.file().replace(".txt", ".docx"));
        Files.createDirectories(out.getParent());
        Files.write(out, docx);
        String printed;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            printed = normalizedLines(extractor.getText());
        }
        printedAsTheOriginal(seed, printed);
        return printed;
    }

    /** The fixture is the original: each objective "N. title" and each target's words, in the original's order. */
    private static void originalHoldsTheFixture(SeedPlan seed, String original) {
        int at = 0;
        for (int n = 1; n <= seed.objectives().size(); n++) {
            String heading = n + ". " + seed.objectives().get(n - 1);
            int found = original.indexOf(heading, at);
            assertThat(found).as("objective %s in the original after position %s", heading, at).isGreaterThan(-1);
            at = found + heading.length();
        }
        at = 0;
        for (SeedTarget target : seed.targets()) {
            int found = original.indexOf(target.wording(), at);
            assertThat(found).as("target \"%s\" in the original after position %s", target.wording(), at)
                    .isGreaterThan(-1);
            at = found + target.wording().length();
            if (target.written() != null) {
                assertThat(numbers(target.wording())).contains(target.written());
            }
        }
        assertThat(original).contains(seed.title(), "Kế hoạch số " + seed.upper().number(), seed.upper().issuer(),
                seed.signerName());
        for (SeedPlans.SeedDeadline deadline : seed.deadlines()) {
            for (LocalDate before : java.util.Arrays.asList(deadline.unitsBefore(), deadline.upwardBefore())) {
                if (before != null) {
                    assertThat(original).as("the original's own date").contains("trước ngày "
                            + before.getDayOfMonth() + "/" + before.getMonthValue() + "/" + before.getYear());
                }
            }
        }
    }

    private Plan enter(SeedPlan seed) {
        long orgId = org(seed.orgName());
        UserAccount officer = officerOf(seed, orgId);
        ProcessJobs.setClock(LocalDateTime.of(seed.year(), 3, 1, 9, 0).atZone(Deadlines.VIETNAM).toInstant());
        long planId = plans.startCycle(officer, orgId, seed.title(), seed.year(), seed.year()).id();
        started.add(planId);
        plans.registerUpperPlan(officer, planId, new UpperPlanForm(seed.upper().number(), seed.upper().issuedOn(),
                seed.upper().issuer(), seed.upper().title(), null, List.of()));
        List<AssignmentForm> assignments = seed.duties().stream()
                .map(d -> new AssignmentForm(unit(orgId, d.unit()), d.text())).toList();
        List<TargetForm> targets = seed.targets().stream().map(t -> new TargetForm(
                catalog.byCode(t.code()).orElseThrow().id(), seed.year(), t.comparator(),
                t.value() == null ? null : new BigDecimal(t.value()), t.baselineYear(), null, t.wording(),
                t.unit() == null ? List.of() : List.of(unit(orgId, t.unit())), t.shape(), null, null, null, null,
                t.objective(), null)).toList();
        // the report dates as the officer edits the plan's periods: the original's where it sets them
        List<PeriodForm> periods = plans.load(planId).periods().stream().map(PeriodForm::of)
                .map(form -> withTheOriginalsDates(seed, form)).toList();
        plans.saveDraft(officer, planId, new PlanDraft(seed.title(), null, null, null, null, null, null,
                seed.signerName(), seed.signerTitle(), periods, assignments, null, targets, seed.objectives()));
        return plans.load(planId);
    }

    /**
     * The period with the original's dates ("trước ngày 14/5" is a last day of 13/5). When the original says only
     * when the organisation reports upward, its units report {@value PeriodDefaults#NESTED_LEAD_DAYS} days earlier
     * (the system's rule for a level reporting into another), as a period needs a day for its units.
     */
    private static PeriodForm withTheOriginalsDates(SeedPlan seed, PeriodForm form) {
        return seed.deadlines().stream().filter(d -> d.kind() == form.kind()).findFirst().map(d -> {
            LocalDate upperDue = d.upwardBefore() == null ? form.upperDue() : d.upwardBefore().minusDays(1);
            LocalDate unitDue = d.unitsBefore() != null ? d.unitsBefore().minusDays(1)
                    : upperDue.minusDays(PeriodDefaults.NESTED_LEAD_DAYS);
            return new PeriodForm(form.id(), form.year(), form.kind(), form.dataFrom(), form.dataTo(), form.opensOn(),
                    unitDue, upperDue, form.reminderDays());
        }).orElse(form);
    }

    /**
     * The printed plan says what the original says, in its order: "Mục tiêu N: title" for each objective, each
     * target under its number with the original's words and its value with the original's digits.
     */
    private static void printedAsTheOriginal(SeedPlan seed, String printed) {
        assertThat(printed).contains("KẾ HOẠCH", seed.title(), seed.signerName(), "KT. CHỦ TỊCH",
                "Kế hoạch số " + seed.upper().number(), seed.upper().issuer(), "Số: /KH-UBND");
        // signed as the originals sign: "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH", nothing above
        assertThat(printed).contains("\tKT. CHỦ TỊCH\tPHÓ CHỦ TỊCH\t").doesNotContain("TM. ỦY BAN NHÂN DÂN");
        String organisation = "Ủy ban nhân dân " + OfficialStyle.lowerFirst(seed.orgName());
        for (SeedPlans.SeedDeadline deadline : seed.deadlines()) {
            String kind = deadline.kind() == PeriodKind.SIX_MONTHS ? "Báo cáo 6 tháng " : "Báo cáo năm ";
            String line = printed.lines().filter(l -> l.startsWith("- " + kind + seed.year())).findFirst()
                    .orElseThrow(() -> new AssertionError("no line for " + kind + seed.year() + " in\n" + printed));
            if (deadline.unitsBefore() != null) {
                assertThat(line).as("the units' date the original writes")
                        .contains("các đơn vị gửi " + organisation + " trước ngày "
                                + OfficialStyle.shortDate(deadline.unitsBefore()));
            }
            if (deadline.upwardBefore() != null) {
                assertThat(line).as("the date the original reports upward")
                        .contains(organisation + " báo cáo " + seed.upper().issuer() + " trước ngày "
                                + OfficialStyle.shortDate(deadline.upwardBefore()) + ".");
            }
        }
        int at = 0;
        for (int n = 1; n <= seed.objectives().size(); n++) {
            String heading = "Mục tiêu " + n + ": " + seed.objectives().get(n - 1);
            int found = printed.indexOf(heading + "\n", at);
            assertThat(found).as("printed %s after position %s", heading, at).isGreaterThan(-1);
            int next = n < seed.objectives().size() ? printed.indexOf("Mục tiêu " + (n + 1) + ": ", found) : -1;
            List<Integer> inside = new ArrayList<>();
            for (int i = 0; i < seed.targets().size(); i++) {
                if (Integer.valueOf(n).equals(seed.targets().get(i).objective())) {
                    inside.add(i);
                }
            }
            for (int i : inside) {
                int line = printed.indexOf("Chỉ tiêu " + (i + 1) + ": ", found);
                assertThat(line).as("target %s under objective %s", i + 1, n).isGreaterThan(found);
                if (next > -1) {
                    assertThat(line).as("target %s before objective %s", i + 1, n + 1).isLessThan(next);
                }
            }
            at = found + heading.length();
        }
        at = 0;
        for (int i = 0; i < seed.targets().size(); i++) {
            SeedTarget target = seed.targets().get(i);
            String number = String.valueOf(i + 1);
            Matcher line = Pattern.compile((target.objective() == null
                    ? "(?m)^" + number + "\t" + Pattern.quote(target.wording()) + " \\(" + target.code() + "\\)\t"
                    + "\\d{4}\t([^\t\n]*)\t"
                    : "(?m)^Chỉ tiêu " + number + ": " + Pattern.quote(target.wording()) + " — (.*?), năm \\d{4};"))
                    .matcher(printed);
            assertThat(line.find(at)).as("target %s printed as \"%s\" after position %s", number, target.wording(),
                    at).isTrue();
            at = line.end();
            List<String> printedNumbers = numbers(line.group(1));
            if (target.written() != null) {
                assertThat(printedNumbers).as("the value of target %s as the original writes it", number)
                        .first().isEqualTo(target.written());
                assertThat(numbers(target.wording())).as("every number printed for target %s is the original's",
                        number).containsAll(printedNumbers);
            }
        }
    }

    private UserAccount officerOf(SeedPlan seed, long orgId) {
        if (seed == SeedPlans.AN_DUONG) {
            return users.findByUsername("canbo.anduong").orElseThrow();
        }
        String username = new TestOrgs(orgs, users).user("canbo.seed", orgId, Role.OFFICER);
        return users.findByUsername(username).orElseThrow();
    }

    private long org(String name) {
        return orgs.all().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** The unit of the area named as the plan names it, created as the demo lacks it. */
    private long unit(long areaId, String name) {
        return orgs.children(areaId).stream().filter(o -> o.name().equals(name)).findFirst()
                .map(o -> o.id())
                .orElseGet(() -> SystemAuthentication.runAsSystem(() -> orgs.createAgency(areaId, name, "JUSTICE").id()));
    }

    private static String original(String file) throws IOException {
        try (InputStream in = SeedPlansDocumentIntegrationTests.class.getResourceAsStream("/seeds/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** All runs of white space (line breaks of the PDF-to-text copy included) as one space. */
    static String normalized(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** Spaces within a line collapsed, lines kept, tabs (table cells) kept. */
    private static String normalizedLines(String text) {
        return text.replaceAll("[ \\u00A0]+", " ").replaceAll(" ?\n ?", "\n");
    }

    private static List<String> numbers(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
