package vn.congtactreem.inbox.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.inbox.WorkItem;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.TestOrgs;

class HomeViewTests extends KaribuUiTest {

    @Autowired
    PlanService plans;
    @Autowired
    UserService users;

    @Test
    void aReporterWithNothingDueIsToldSo() {
        TestOrgs.Area province = testOrgs().area(null, "Tỉnh Không Việc", "PROVINCE", "khongviec");
        login(testOrgs().user("thcs", testOrgs().agency(province.id(), "Trường THCS Không Việc", "SCHOOL"),
                Role.REPORTER));
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(Span.class, spec -> spec.withClasses("inbox-empty")).getText())
                .isEqualTo("Hiện chưa có việc nào cần làm.");
        assertThat(_find(InboxGrid.class)).isEmpty();
    }

    @Test
    void theOfficerFindsTheNewPlanCyclesFirstTaskInTheInbox() {
        TestOrgs.Area province = testOrgs().area(null, "Tỉnh Việc Đầu", "PROVINCE", "tinhviecdau");
        TestOrgs.Area district = testOrgs().area(province.id(), "Huyện Việc Đầu", "DISTRICT", "viecdau");
        UserAccount officer = users.findByUsername(district.officer()).orElseThrow();
        long planId = plans.startCycle(officer, district.id(), "Kế hoạch công tác trẻ em năm 2031", 2031, 2031).id();

        login(district.officer());
        UI.getCurrent().navigate(HomeView.class);
        InboxGrid grid = _get(InboxGrid.class);
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(1);
        WorkItem first = GridKt._findAll(grid).stream()
                .filter(item -> item.taskKey().equals("RegisterUpperPlan"))
                .filter(item -> Long.valueOf(planId).equals(item.ids().get("planId"))).findFirst().orElseThrow();
        assertThat(first.name()).isEqualTo("Đăng ký kế hoạch cấp trên");
        int row = GridKt._findAll(grid).indexOf(first);
        assertThat(GridKt._getFormattedRow(grid, row)).contains("Đăng ký kế hoạch cấp trên",
                "Kế hoạch công tác trẻ em năm 2031", district.name());
        assertThat(_get(Span.class, spec -> spec.withClasses("inbox-count")).getText()).endsWith("việc đang chờ");
        // long plan titles wrap rather than end in "…"; the note says what a row does
        assertThat(grid.getThemeNames()).contains("wrap-cell-content");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("hint")).getText())
                .isEqualTo("Bấm vào một việc để mở biểu mẫu xử lý việc đó.");
    }
}
