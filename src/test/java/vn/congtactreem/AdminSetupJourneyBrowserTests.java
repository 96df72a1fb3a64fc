package vn.congtactreem;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.document.UsersWorkbook;
import vn.congtactreem.org.AdminUnitCatalogue;
import vn.congtactreem.org.AdminUnitCatalogue.Commune;
import vn.congtactreem.org.AdminUnitCatalogue.Province;
import vn.congtactreem.org.AgencyTemplateEntry;
import vn.congtactreem.org.AgencyTemplates;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.support.BrowserTest;
import vn.congtactreem.support.CycleCleanUp;
import vn.congtactreem.support.LoadedOrgUnits;
import vn.congtactreem.support.TestOrgs;

/**
 * Issue 16's "done when", in Chromium: a new administrator loads one province of the official list with the
 * agencies of the template, checks the tree, imports the commune's officer, leader and police reporter from the
 * users template filled in, and the officer signs in with the initial password, is made to choose their own and
 * starts the year's plan. Each step is timed (target/admin-journey/timings.md) and photographed
 * (target/admin-journey/NN-*.png); the test asserts what was made, not how long it took.
 *
 * <p>Everything loaded and imported is taken away afterwards ({@link LoadedOrgUnits}): the tests loading the whole
 * country expect to create this province themselves.
 */
class AdminSetupJourneyBrowserTests extends BrowserTest {

    /** Lai Châu: one of the smallest provinces of the list (38 communes). */
    private static final String PROVINCE_CODE = "12";
    private static final Path OUT = Paths.get("target", "admin-journey");
    private static final String NEW_PASSWORD = "LaiChau-kehoach-2026";

    @Autowired
    OrgService orgs;

    @Autowired
    UserService users;

    @Autowired
    PlanService plans;

    @Autowired
    AdminUnitCatalogue catalogue;

    @Autowired
    AgencyTemplates templates;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    private LoadedOrgUnits loaded;
    private final List<String> imported = new ArrayList<>();
    private Long planId;
    private final Map<String, Double> timings = new LinkedHashMap<>();
    private long stepStarted;
    private int screen;

    @AfterEach
    void takeAwayWhatTheJourneyMade() {
        if (planId != null) {
            CycleCleanUp.endProcessesOf(runtime, planId);
            jdbc.update("delete from plan where id = ?", planId);
        }
        for (String username : imported) {
            jdbc.update("delete from notification where recipient_id in (select id from app_user where username = ?)",
                    username);
            jdbc.update("delete from notification_preference where user_id in (select id from app_user where username = ?)",
                    username);
            jdbc.update("delete from app_user where username = ?", username);
        }
        if (loaded != null) {
            loaded.removeWhatWasLoaded();
        }
    }

    @Test
    void aNewAdministratorLoadsAProvinceImportsItsPeopleAndTheOfficerStartsAPlan() throws IOException {
        TestOrgs testOrgs = new TestOrgs(orgs, users);
        String admin = testOrgs.admin();
        String suffix = testOrgs.suffix();
        Province province = catalogue.provinces().stream().filter(p -> p.code().equals(PROVINCE_CODE)).findFirst()
                .orElseThrow();
        List<AgencyTemplateEntry> template = templates.entries();
        int communes = province.communes().size();
        int agencies = communes * template.size();
        Commune commune = province.communes().stream().filter(c -> c.kindCode().equals("XA")).findFirst()
                .orElseThrow();
        loaded = LoadedOrgUnits.remember(jdbc);
        Files.createDirectories(OUT);

        // 1. the administrator signs in
        start();
        newBrowserContext();
        page.setViewportSize(1280, 800);
        login(admin);
        assertThat(menuItem("menu.adminUnits")).isVisible();
        step("Administrator signs in", "admin-home");

        // 2. the official list: one province, the agency template on, preview
        start();
        menuItem("menu.adminUnits").click();
        assertThat(page.locator("h2")).hasText("Nạp danh mục đơn vị hành chính");
        Locator provinces = page.getByLabel("Tỉnh, thành phố");
        provinces.fill("Lai Châu");
        page.locator("vaadin-multi-select-combo-box-item").filter(hasExactly(PROVINCE_CODE + " – " + province.name()))
                .click();
        provinces.press("Escape");
        assertThat(page.locator("vaadin-multi-select-combo-box-chip").filter(hasExactly(
                PROVINCE_CODE + " – " + province.name()))).hasCount(1);
        // the field takes the width it asks for (40rem): the chosen province is readable, not cut to "12 – Tỉnh…"
        assertThat(page.locator("vaadin-multi-select-combo-box").boundingBox().width).isGreaterThanOrEqualTo(600);
        page.getByLabel("Thêm vào mỗi xã các cơ quan, đơn vị theo mẫu").check();
        button("Xem trước").click();
        String preview = "Sẽ tạo mới 1 tỉnh, thành phố, " + communes + " xã, phường, đặc khu và " + number(agencies)
                + " cơ quan, đơn vị; 0 đơn vị đã có, giữ nguyên; 0 đơn vị khác danh mục, sẽ được cập nhật.";
        assertThat(page.getByText(preview)).isVisible();
        assertThat(page.locator("vaadin-grid").locator("vaadin-grid-cell-content")
                .filter(hasExactly(commune.name())).first()).isAttached();
        assertThat(button("Nạp danh mục")).isEnabled();
        step("Choose the province and preview the load", "admin-units-preview");

        // 3. load it
        start();
        button("Nạp danh mục").click();
        assertThat(page.getByText("Đã nạp xong: tạo mới 1 tỉnh, thành phố, " + communes + " xã, phường, đặc khu, "
                + number(agencies) + " cơ quan, đơn vị; cập nhật 0 đơn vị;")).isVisible();
        step("Load the province with its agencies", "admin-units-loaded");
        OrgUnit loadedProvince = orgs.all().stream().filter(u -> PROVINCE_CODE.equals(u.officialCode())).findFirst()
                .orElseThrow();
        assertThat(loadedProvince.name()).isEqualTo(province.name());
        List<OrgUnit> loadedCommunes = orgs.children(loadedProvince.id());
        assertThat(loadedCommunes).hasSize(communes);
        assertThat(loadedCommunes.stream().mapToInt(c -> orgs.children(c.id()).size()).sum()).isEqualTo(agencies);

        // 4. the tree: the province, the commune and its agencies
        start();
        menuItem("menu.organisations").click();
        assertThat(page.locator(".organisations-view h2")).hasText("Cơ cấu tổ chức");
        String properName = commune.name().replaceFirst("^Xã ", "");
        page.locator(".organisations-view vaadin-text-field input").fill(properName);
        Locator tree = page.locator(".organisations-view vaadin-grid");
        assertThat(cell(tree, province.name())).hasCount(1);
        assertThat(cell(tree, commune.name())).hasCount(1);
        for (AgencyTemplateEntry entry : template) {
            assertThat(cell(tree, entry.nameFor(commune.name()))).hasCount(1);
        }
        assertThat(cell(tree, commune.code())).hasCount(1);
        step("Find the commune and its agencies in the tree", "organisations-tree");

        // 5. the users template, downloaded and filled in: the commune's officer, leader and police reporter
        start();
        menuItem("menu.users").click();
        button("Nhập từ Excel").click();
        assertThat(page).hasURL(Pattern.compile(".*/admin/users/import$"));
        Download download = page.waitForDownload(() -> page.getByText("Tải mẫu nhập người dùng").click());
        String officer = "canbo." + suffix;
        String leader = "lanhdao." + suffix;
        String police = "congan." + suffix;
        String policeName = template.stream().filter(e -> e.agencyTypeCode().equals("POLICE")).findFirst()
                .orElseThrow().nameFor(commune.name());
        byte[] filled = filled(Files.readAllBytes(download.path()), List.of(
                List.of(officer, "Lò Thị Mai", officer + "@laichau.gov.vn", "Cán bộ phụ trách", commune.code(), "vi"),
                List.of(leader, "Giàng A Páo", "", "LEADER", commune.code(), "vi"),
                List.of(police, "Vàng Văn Sình", "", "REPORTER",
                        province.name() + " › " + commune.name() + " › " + policeName, "")));
        imported.addAll(List.of(officer, leader, police));
        step("Download the users template and fill it in", "users-import-page");

        // 6. upload it: three users, each with an initial password shown once
        start();
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("nguoi-dung-" + properName
                .toLowerCase(Locale.ROOT).replace(' ', '-') + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filled));
        assertThat(page.getByText("Đã tạo 3 người dùng. Mật khẩu ban đầu chỉ hiện lần này:")).isVisible();
        Locator cells = page.locator("vaadin-grid vaadin-grid-cell-content");
        assertThat(cells.filter(hasExactly(officer))).hasCount(1);
        List<String> texts = cells.allTextContents().stream().map(String::strip).toList();
        String password = texts.get(texts.indexOf(officer) + 4);
        assertThat(password).hasSize(12);
        Download list = page.waitForDownload(() -> page.getByText("Tải danh sách mật khẩu ban đầu").click());
        assertThat(passwordOf(Files.readAllBytes(list.path()), officer)).isEqualTo(password);
        step("Upload the filled template; initial passwords shown", "users-imported");
        UserAccount officerAccount = users.findByUsername(officer).orElseThrow();
        assertThat(officerAccount.roles()).containsExactly(Role.OFFICER);
        assertThat(orgs.get(officerAccount.orgUnitId()).officialCode()).isEqualTo(commune.code());
        assertThat(users.findByUsername(leader).orElseThrow().roles()).containsExactly(Role.LEADER);
        UserAccount policeAccount = users.findByUsername(police).orElseThrow();
        assertThat(policeAccount.roles()).containsExactly(Role.REPORTER);
        assertThat(orgs.get(policeAccount.orgUnitId()).name()).isEqualTo(policeName);
        assertThat(orgs.get(policeAccount.orgUnitId()).parentId()).isEqualTo(officerAccount.orgUnitId());

        // 7. the officer signs in with it and must choose their own password
        start();
        newBrowserContext();
        page.setViewportSize(1280, 800);
        submitLogin(officer, password);
        // sent to "Đổi mật khẩu" whatever page was asked for (a reroute: the address stays)
        assertThat(page.locator("h2")).hasText("Đổi mật khẩu");
        assertThat(page.getByText("Mật khẩu của anh/chị do quản trị viên cấp")).isVisible();
        exactField("Mật khẩu hiện tại").fill(password);
        exactField("Mật khẩu mới").fill(NEW_PASSWORD);
        exactField("Nhập lại mật khẩu mới").fill(NEW_PASSWORD);
        shot("officer-change-password");
        button("Đổi mật khẩu").click();
        assertThat(page.locator(".home-view h2")).hasText("Xin chào, Lò Thị Mai");
        assertThat(page.locator(".user-footer .user-org")).hasText(commune.name());
        assertThat(users.mustChangePassword(officer)).isFalse();
        step("Officer signs in and changes the initial password", "officer-home");

        // 8. "Kế hoạch" → "Lập kế hoạch mới" → "Bắt đầu": the plan's next step, the upper level's plan
        start();
        menuItem("menu.plans").click();
        assertThat(page.locator("h2")).hasText("Kế hoạch");
        button("Lập kế hoạch mới").click();
        assertThat(page.getByLabel("Tên kế hoạch")).not().hasValue("");
        shot("officer-start-plan");
        button("Bắt đầu").click();
        assertThat(page).hasURL(Pattern.compile(".*/plans/\\d+/upper-plan$"));
        planId = Long.parseLong(page.url().replaceAll(".*/plans/(\\d+)/upper-plan$", "$1"));
        assertThat(page.getByLabel("Số, ký hiệu")).isEditable();
        step("Officer starts the year's plan", "officer-upper-plan");
        Plan plan = plans.load(planId);
        assertThat(plan.orgUnitId()).isEqualTo(officerAccount.orgUnitId());

        writeTimings();
    }

    // ------------------------------------------------------------------ timing and screenshots

    private void start() {
        stepStarted = System.nanoTime();
    }

    /** Ends the step's clock, then photographs where it ended (the screenshot is not timed). */
    private void step(String name, String screenshot) {
        timings.put(name, (System.nanoTime() - stepStarted) / 1e9);
        shot(screenshot);
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(OUT.resolve(String.format("%02d-%s.png", ++screen, name)))
                .setStyle(".v-loading-indicator { visibility: hidden !important; }"));
    }

    private void writeTimings() throws IOException {
        StringBuilder table = new StringBuilder("| Step | Seconds |\n|---|---:|\n");
        double total = 0;
        for (Map.Entry<String, Double> t : timings.entrySet()) {
            table.append(String.format(Locale.ROOT, "| %s | %.1f |%n", t.getKey(), t.getValue()));
            total += t.getValue();
        }
        table.append(String.format(Locale.ROOT, "| **Total** | **%.1f** |%n", total));
        System.out.println("Administrator set-up journey in Chromium:\n" + table);
        Files.writeString(OUT.resolve("timings.md"), table);
    }

    // ------------------------------------------------------------------ the workbooks

    /** The downloaded template with these rows typed in from row 2, as a person fills it in. */
    private static byte[] filled(byte[] template, List<List<String>> rows) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheet(UsersWorkbook.SHEET);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Đơn vị (mã hoặc đường dẫn)");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The password in the downloaded list on the row of the user: the column headed "Mật khẩu ban đầu". */
    private static String passwordOf(byte[] list, String username) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(list))) {
            Sheet sheet = workbook.getSheetAt(0);
            int column = -1;
            for (Row row : sheet) {
                for (var cell : row) {
                    String text = cell.toString().strip();
                    if (text.equals("Mật khẩu ban đầu") && column < 0 && cell.getColumnIndex() > 0) {
                        column = cell.getColumnIndex();
                    }
                    if (text.equals(username) && column >= 0) {
                        return row.getCell(column).toString().strip();
                    }
                }
            }
            throw new AssertionError("no row of " + username + " in the list of initial passwords");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ locators

    private Locator cell(Locator grid, String text) {
        return grid.locator("vaadin-grid-cell-content").filter(hasExactly(text));
    }

    private Locator exactField(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static String number(int value) {
        return java.text.NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(value);
    }

    /** The whole text, not a part of it (the pattern runs in the browser: JavaScript has no \\Q...\\E quoting). */
    private static Locator.FilterOptions hasExactly(String text) {
        return new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*"
                + text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "\\s*$"));
    }
}
