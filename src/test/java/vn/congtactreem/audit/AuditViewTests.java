package vn.congtactreem.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.base.audit.AuditTrail;
import vn.congtactreem.document.ui.XlsxDownloadLink;
import vn.congtactreem.support.KaribuUiTest;

/** "Nhật ký hệ thống": the administrator searches the trail and downloads what was found; no one else opens it. */
class AuditViewTests extends KaribuUiTest {

    @Autowired
    AuditTrail audit;

    @Test
    void theAdministratorFindsAUsersRowsAndDownloadsThemAsCsvAndXlsx() throws Exception {
        audit.record("nguoi.kiem.tra", "REPORT_ACCEPTED", AuditTrail.Outcome.OK, "UNIT_REPORT", "77", "plan 5");
        audit.record("nguoi.khac", "REPORT_RETURNED", AuditTrail.Outcome.OK, "UNIT_REPORT", "78", "plan 5");

        login(testOrgs().admin());
        UI.getCurrent().navigate(AuditView.class);
        AuditView view = _get(AuditView.class);
        _setValue(view.actor, "nguoi.kiem");
        _click(view.search);

        assertThat(view.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.actor()).isEqualTo("nguoi.kiem.tra"));
        String csv = new String(AuditExport.csv(view.rows(), view::getTranslation), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"Thời điểm\",\"Người dùng\"").contains("\"nguoi.kiem.tra\",\"REPORT_ACCEPTED\"")
                .contains("\"UNIT_REPORT 77\"").doesNotContain("nguoi.khac");
        byte[] xlsx = _get(XlsxDownloadLink.class).build().content();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            StringBuilder cells = new StringBuilder();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('|')));
            assertThat(cells.toString()).contains("nguoi.kiem.tra|REPORT_ACCEPTED|Thành công|UNIT_REPORT 77");
        }
    }

    @Test
    void aCsvCellThatASpreadsheetWouldRunIsKeptAsText() {
        audit.record("=HYPERLINK(\"http://x\")", "SIGN_IN_FAILED", AuditTrail.Outcome.FAILED, null, null, null);
        login(testOrgs().admin());
        UI.getCurrent().navigate(AuditView.class);
        AuditView view = _get(AuditView.class);
        _setValue(view.actor, "hyperlink");
        _click(view.search);
        assertThat(new String(AuditExport.csv(view.rows(), view::getTranslation), StandardCharsets.UTF_8))
                .contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
    }

    @Test
    void anOfficerCannotOpenIt() {
        login(testOrgs().area(null, "Tỉnh Nhật Ký", "PROVINCE", "nhatky").officer());
        assertThatThrownBy(() -> UI.getCurrent().navigate(AuditView.class)).hasMessageContaining("Access is denied");
        assertThat(_find(AuditView.class)).isEmpty();
    }
}
