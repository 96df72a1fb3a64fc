package vn.congtactreem.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.document.UsersWorkbook;
import vn.congtactreem.document.XlsxFile;
import vn.congtactreem.org.ImportedUser;
import vn.congtactreem.org.OfficialCodes;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.support.KaribuUiTest;

/** "Nhập người dùng từ Excel": users created all together with their initial passwords, or none. */
class UserImportViewTests extends KaribuUiTest {


    @Autowired
    private UserService users;

    @Autowired
    private OrgService orgs;

    @Autowired
    private OfficialCodes codes;

    private UserImportView view;
    private String suffix;
    private String admin;
    private OrgUnit province;
    /** The path of this test's commune, as a file names it ("Tỉnh … › Huyện … › Xã …"). */
    private String communePath;

    @BeforeEach
    void openAsAdmin() {
        suffix = testOrgs().suffix();
        admin = testOrgs().admin();
        login(admin);
        province = orgs.createArea(null, "Tỉnh Nhập Người " + suffix, "PROVINCE");
        OrgUnit district = orgs.createArea(province.id(), "Huyện Nhập Người " + suffix, "DISTRICT");
        communePath = orgs.path(orgs.createArea(district.id(), "Xã Nhập Người " + suffix, "COMMUNE").id());
        UI.getCurrent().navigate(UserImportView.class);
        view = _get(UserImportView.class);
    }

    @Test
    void adminImportsTwoUsersByPathAndByCodeAndSeesTheirInitialPasswordsOnce() throws IOException {
        OrgUnit commune = orgs.createArea(province.id(), "Xã nhập người dùng " + suffix, "COMMUNE");
        String code = "98" + String.format("%03d", System.nanoTime() % 1000);
        codes.identify(commune.id(), code, "XA");

        view.receive("nguoi-dung.xlsx", filled(List.of(
                List.of("canbo." + suffix, "Nguyễn Văn Cán", "canbo@anduong.gov.vn", "OFFICER", communePath, "vi"),
                List.of("ld." + suffix, "Trần Thị Lãnh", "", "Lãnh đạo; Quản lý, theo dõi", code, "en"))));

        assertThat(view.errors.isVisible()).isFalse();
        assertThat(view.created.getText()).isEqualTo("Đã tạo 2 người dùng. Mật khẩu ban đầu chỉ hiện lần này:");
        assertThat(GridKt._size(view.users)).isEqualTo(2);
        ImportedUser first = GridKt._get(view.users, 0);
        assertThat(first.initialPassword()).hasSize(12);
        assertThat(GridKt._getFormattedRow(view.users, 0)).contains("Cán bộ phụ trách");
        assertThat(GridKt._getFormatted(view.users, 1, "roles")).isEqualTo("Lãnh đạo, Quản lý, theo dõi");
        UserAccount officer = users.findByUsername("canbo." + suffix).orElseThrow();
        assertThat(officer.roles()).containsExactly(Role.OFFICER);
        assertThat(orgs.path(officer.orgUnitId())).isEqualTo(communePath);
        UserAccount leader = users.findByUsername("ld." + suffix).orElseThrow();
        assertThat(leader.roles()).containsExactlyInAnyOrder(Role.LEADER, Role.MANAGER);
        assertThat(leader.orgUnitId()).isEqualTo(commune.id());
        assertThat(leader.locale()).isEqualTo("en");
        assertThat(users.mustChangePassword(leader.username())).isTrue();

        XlsxFile passwords = view.passwords.build();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(passwords.content()))) {
            String all = sheetText(workbook.getSheetAt(0));
            assertThat(all).contains("canbo." + suffix, first.initialPassword(), communePath, "Cán bộ phụ trách")
                    .doesNotContain("OFFICER");
        }
    }

    @Test
    void aFileWithMistakesCreatesNoOneAndEveryErrorIsListedByRowAndColumn() throws IOException {
        view.receive("sai.xlsx", filled(List.of(
                List.of("tot." + suffix, "Người Đúng", "", "REPORTER", communePath, ""),
                List.of("Sai Tên", "", "khong-phai-thu", "THU_KY", "Tỉnh Không Có › Xã Ma", "fr"),
                List.of(admin, "Trùng", "", "ADMIN", communePath, "vi"),
                List.of("tot." + suffix, "Lặp lại", "", "REPORTER", communePath, "vi"))));

        assertThat(view.result.isVisible()).isFalse();
        assertThat(view.errorSummary.getText()).startsWith("Tệp sai.xlsx có 8 lỗi, chưa tạo người dùng nào.");
        List<String> errors = view.errors.getChildren().map(c -> ((ListItem) c).getText()).toList();
        assertThat(errors).contains(
                "Trang \"Người dùng\", dòng 3, cột A: " + "Tên đăng nhập gồm 3–60 ký tự: chữ thường không dấu, số,"
                        + " dấu chấm, gạch ngang hoặc gạch dưới.",
                "Trang \"Người dùng\", dòng 3, cột B: Nhập họ và tên.",
                "Trang \"Người dùng\", dòng 3, cột D: Không có vai trò \"THU_KY\": dùng OFFICER, LEADER, REPORTER,"
                        + " MANAGER, ADMIN hoặc tên vai trò (Cán bộ phụ trách, Lãnh đạo…).",
                "Trang \"Người dùng\", dòng 3, cột F: Ngôn ngữ \"fr\" không hợp lệ: ghi vi hoặc en.",
                "Trang \"Người dùng\", dòng 4, cột A: Tên đăng nhập \"" + admin + "\" đã có người dùng.",
                "Trang \"Người dùng\", dòng 5, cột A: Tên đăng nhập \"tot." + suffix + "\" đã có ở dòng 2.");
        assertThat(errors).anyMatch(e -> e.startsWith("Trang \"Người dùng\", dòng 3, cột C:"));
        assertThat(errors).anyMatch(e -> e.startsWith("Trang \"Người dùng\", dòng 3, cột E: Không tìm thấy đơn vị"));
        assertThat(users.findByUsername("tot." + suffix)).isEmpty();
    }

    /** The template as downloaded, with these rows typed in from row 2. */
    private byte[] filled(List<List<String>> rows) throws IOException {
        XlsxFile template = view.template.build();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(template.content()))) {
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

    private static String sheetText(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
        return text.toString();
    }
}
