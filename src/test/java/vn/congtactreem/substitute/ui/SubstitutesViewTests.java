package vn.congtactreem.substitute.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.inbox.ui.HomeView;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.substitute.Substitution;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.TestOrgs;

/**
 * "Ủy quyền khi vắng mặt" on the user's own page (under their name in the menu) and on the administrator's: a
 * refused naming is said next to the field, a named substitute is listed and can be ended early.
 */
class SubstitutesViewTests extends KaribuUiTest {

    @Autowired
    UserService users;
    @Autowired
    CycleClock clock;

    @Test
    void theLeaderNamesAnOfficerTheErrorShownNextToTheFieldThenEndsItEarly() {
        TestOrgs.Area commune = testOrgs().area(null, "Tỉnh Vắng Mặt", "PROVINCE", "vangmat");
        UserAccount officer = users.findByUsername(commune.officer()).orElseThrow();
        login(commune.leader());
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(RouterLink.class)).filteredOn(link -> link.hasClassName("user-link"))
                .extracting(RouterLink::getHref).contains("account/substitutes");

        UI.getCurrent().navigate(OwnSubstitutesView.class);
        SubstitutionsSection section = _get(OwnSubstitutesView.class).section;
        assertThat(section.substitute.getListDataView().getItems()).extracting(UserAccount::username)
                .containsExactly(officer.username());
        assertThat(section.empty.isVisible()).isTrue();
        LocalDate today = clock.today();
        section.substitute.setValue(officer);
        section.from.setValue(today.plusDays(3));
        section.to.setValue(today.plusDays(1));
        _click(section.name);
        assertThat(section.to.isInvalid()).isTrue();
        assertThat(section.to.getErrorMessage()).isEqualTo("Ngày kết thúc phải từ ngày bắt đầu trở đi");
        assertThat(section.substitute.isInvalid()).isFalse();
        assertThat(section.grid.isVisible()).isFalse();

        section.from.setValue(today);
        section.to.setValue(today.plusDays(120));
        _click(section.name);
        assertThat(section.to.getErrorMessage()).isEqualTo("Mỗi lần ủy quyền tối đa 90 ngày");

        section.to.setValue(today.plusDays(4));
        _click(section.name);
        assertThat(section.to.isInvalid()).isFalse();
        List<Substitution> rows = section.grid.getGenericDataView().getItems().toList();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.substituteName()).isEqualTo(officer.fullName());
            assertThat(row.from()).isEqualTo(today);
            assertThat(row.to()).isEqualTo(today.plusDays(4));
            assertThat(section.getTranslation(SubstitutionsSection.stateKey(row, today))).isEqualTo("Đang hiệu lực");
        });

        // the same days again: the overlap is said next to the first day
        section.substitute.setValue(officer);
        section.to.setValue(today.plusDays(2));
        _click(section.name);
        assertThat(section.from.isInvalid()).isTrue();
        assertThat(section.from.getErrorMessage()).startsWith("Trùng thời gian với ủy quyền cho " + officer.fullName());

        Button end = (Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(section.grid, 0,
                SubstitutionsSection.END_COLUMN);
        assertThat(end.getText()).isEqualTo("Kết thúc sớm");
        _click(end);
        Substitution ended = section.grid.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(ended.endedEarlyAt()).isNotNull();
        assertThat(section.getTranslation(SubstitutionsSection.stateKey(ended, today))).isEqualTo("Đã kết thúc sớm");
    }

    @Test
    void theAdministratorOpensAChosenUsersSubstitutesAndAReporterHasNone() {
        TestOrgs.Area commune = testOrgs().area(null, "Tỉnh Quản Trị Vắng", "PROVINCE", "qtvang");
        UserAccount leader = users.findByUsername(commune.leader()).orElseThrow();
        login(testOrgs().admin());
        UI.getCurrent().navigate("admin/substitutes", QueryParameters.of(AdminSubstitutesView.USER_PARAMETER,
                String.valueOf(leader.id())));
        AdminSubstitutesView view = _get(AdminSubstitutesView.class);
        assertThat(view.person.getValue()).isEqualTo(leader);
        assertThat(view.section).isNotNull();
        view.section.to.setValue(clock.today().plusDays(1));
        _click(view.section.name);
        assertThat(view.section.substitute.isInvalid()).isTrue();
        assertThat(view.section.substitute.getErrorMessage()).isEqualTo("Chọn người thay");

        String reporter = testOrgs().user("congan", testOrgs().agency(commune.id(), "Công an Vắng", "POLICE"),
                Role.REPORTER);
        login(reporter);
        UI.getCurrent().navigate(OwnSubstitutesView.class);
        assertThat(_get(OwnSubstitutesView.class).section).isNull();
    }
}
