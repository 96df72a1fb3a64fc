package vn.congtactreem.orgchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.camunda.bpm.engine.ManagementService;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserForm;
import vn.congtactreem.org.UserService;
import vn.congtactreem.org.ui.OrganisationsView;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.TestOrgs;

/**
 * "Chuyển sang đơn vị cấp trên khác" and "Sáp nhập vào…" on "Cơ cấu tổ chức", signed in as an administrator this
 * test creates: what the change touches is shown first, then confirmed; the tree and the unit's history follow.
 * Each test makes its own units (a commune of {@link TestOrgs} with two teams for the running cycle).
 */
class OrgChangeDialogsTests extends KaribuUiTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2371);

    @Autowired OrgService orgs;
    @Autowired UserService users;
    @Autowired PlanService plans;
    @Autowired ReportingService reporting;
    @Autowired ManagementService management;

    private CycleFixture fixture;
    private TestOrgs.Commune place;
    private String tag;
    private OrgUnit team;
    private OrgUnit joined;
    private OrganisationsView view;

    @BeforeEach
    void ownUnitsAndAdministrator() {
        tag = UUID.randomUUID().toString().substring(0, 6);
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("setup", null, "ROLE_" + Role.ADMIN_NAME));
        fixture = new CycleFixture(plans, reporting, users, orgs, management);
        place = new TestOrgs(orgs, users).commune("sapnhap");
        long commune = place.commune().id();
        team = orgs.createAgency(commune, "Tổ thử sáp nhập " + tag, "OTHER");
        joined = orgs.createAgency(commune, "Tổ thử nhận " + tag, "OTHER");
        users.create(new UserForm("bc.dlg." + tag, "Người Báo Cáo " + tag, null, team.id(), Set.of(Role.REPORTER),
                "mat-khau-rieng-" + tag));
        users.create(new UserForm("qt.dlg." + tag, "Quản trị " + tag, null, commune, Set.of(Role.ADMIN),
                "mat-khau-rieng-" + tag));
        login("qt.dlg." + tag);
    }

    @Test
    void adminSeesWhatAMergeTouchesConfirmsItAndTheTreeAndHistoryFollow() {
        CycleFixture.OpenPeriod cycle = fixture.periodOpenFor(place, YEAR.getAndIncrement(), List.of(),
                team.id());
        long openReport = reporting.reportOf(cycle.periodId(), team.id()).orElseThrow().id();
        String teamPath = orgs.path(team.id());
        openView();
        select(team);
        _click(button("Sáp nhập vào…"));
        MergeUnitDialog dialog = _get(MergeUnitDialog.class);
        assertThat(dialog.confirm.isEnabled()).isFalse();

        ComboBoxKt.selectByLabel(dialog.target, place.commune().name() + " › " + joined.name());

        String impact = text(dialog.impact);
        assertThat(impact).contains("Số báo cáo đang mở sẽ chuyển sang " + joined.name() + ": 1.")
                .contains("Số người dùng sẽ chuyển sang " + joined.name() + ": 1.")
                .contains(team.name() + " không có chu kỳ nào đang chạy.")
                .contains("Sau khi sáp nhập, " + team.name() + " ngừng hoạt động");
        assertThat(impact).contains("Số công việc đang mở sẽ chuyển sang " + joined.name() + ": ")
                .doesNotContain("Số công việc đang mở sẽ chuyển sang " + joined.name() + ": 0.");
        assertThat(orgs.get(team.id()).active()).as("nothing changes before the confirmation").isTrue();

        _click(dialog.confirm);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(orgs.get(team.id()).active()).isFalse();
        assertThat(reporting.load(openReport).orgUnitId()).isEqualTo(joined.id());
        assertThat(users.findByUsername("bc.dlg." + tag).orElseThrow().orgUnitId()).isEqualTo(joined.id());
        assertThat(NotificationsKt.getNotifications()).hasSize(1);
        assertThat(tree().asSingleSelect().getOptionalValue()).map(OrgUnit::id).contains(joined.id());
        assertThat(visibleRows()).filteredOn(u -> u.id() == team.id()).singleElement()
                .satisfies(u -> assertThat(u.active()).isFalse());
        assertThat(history()).contains("Lịch sử chuyển, sáp nhập")
                .contains(team.name() + " (" + teamPath + ")")
                .contains("sáp nhập vào " + orgs.path(joined.id())).contains("qt.dlg." + tag);
    }

    @Test
    void mergingIntoAUnitBelowItIsRefusedNextToTheFieldAndChangesNothing() {
        OrgUnit province = orgs.createArea(null, "Tỉnh thử sáp nhập " + tag, "PROVINCE");
        OrgUnit district = orgs.createArea(province.id(), "Huyện thử " + tag, "DISTRICT");
        OrgUnit below = orgs.createArea(district.id(), "Xã dưới " + tag, "COMMUNE");
        openView();
        select(district);
        _click(button("Sáp nhập vào…"));
        MergeUnitDialog dialog = _get(MergeUnitDialog.class);
        ComboBoxKt.selectByLabel(dialog.target, district.name() + " › " + below.name());

        _click(dialog.confirm);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.target.isInvalid()).isTrue();
        assertThat(dialog.target.getErrorMessage())
                .isEqualTo("Không thể sáp nhập đơn vị vào chính nó hoặc đơn vị trực thuộc nó.");
        assertThat(orgs.get(district.id()).active()).isTrue();
        assertThat(orgs.get(below.id()).parentId()).isEqualTo(district.id());
    }

    @Test
    void adminSeesWhatAMoveTakesAlongMovesTheUnitAndTheTreeShowsItUnderItsNewParent() {
        OrgUnit province = orgs.createArea(null, "Tỉnh thử chuyển " + tag, "PROVINCE");
        OrgUnit from = orgs.createArea(province.id(), "Huyện cũ " + tag, "DISTRICT");
        OrgUnit to = orgs.createArea(province.id(), "Huyện mới " + tag, "DISTRICT");
        OrgUnit commune = orgs.createArea(from.id(), "Xã được chuyển " + tag, "COMMUNE");
        openView();
        select(commune);
        _click(button("Chuyển sang đơn vị cấp trên khác"));
        MoveUnitDialog dialog = _get(MoveUnitDialog.class);
        assertThat(text(dialog.impact)).isEqualTo(commune.name() + " mang theo các đơn vị trực thuộc, 0 báo cáo "
                + "đang mở, 0 công việc đang mở và 0 người dùng sang đơn vị cấp trên mới; chu kỳ đang chạy không bị dừng.");
        assertThat(dialog.parent.getListDataView().getItems().map(OrgUnit::id))
                .as("neither the unit itself nor its current parent").doesNotContain(commune.id(), from.id())
                .contains(to.id());

        ComboBoxKt.selectByLabel(dialog.parent, province.name() + " › " + to.name());
        _click(dialog.confirm);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(orgs.get(commune.id()).parentId()).isEqualTo(to.id());
        NotificationsKt.expectNotifications("Đã chuyển " + commune.name() + "; đường dẫn mới: "
                + orgs.path(commune.id()) + ".");
        assertThat(tree().asSingleSelect().getOptionalValue()).map(OrgUnit::id).contains(commune.id());
        assertThat(visibleRows()).filteredOn(u -> u.id() == commune.id()).singleElement()
                .satisfies(u -> assertThat(u.parentId()).isEqualTo(to.id()));
        assertThat(history()).contains(commune.name() + " chuyển từ Tỉnh thử chuyển " + tag + " › Huyện cũ " + tag)
                .contains("sang " + orgs.path(commune.id()));
    }

    @Test
    void deactivatingADistrictListsWhatItTouchesWantsAConfirmationAndRefusesNextToItWhileCommunesRemain() {
        OrgUnit province = orgs.createArea(null, "Tỉnh thử giải thể " + tag, "PROVINCE");
        OrgUnit district = orgs.createArea(province.id(), "Huyện giải thể " + tag, "DISTRICT");
        OrgUnit commune = orgs.createArea(district.id(), "Xã còn lại " + tag, "COMMUNE");
        openView();
        select(district);
        _click(button("Ngừng hoạt động"));
        DeactivateUnitDialog dialog = _get(DeactivateUnitDialog.class);
        assertThat(text(dialog.impact))
                .contains("Còn 1 đơn vị trực thuộc đang hoạt động (" + commune.name() + ")")
                .contains(district.name() + " và các đơn vị trực thuộc không có chu kỳ nào đang chạy.")
                .contains("Số công việc đang mở của đơn vị và các đơn vị trực thuộc: 0.")
                .contains("Số kỳ báo cáo sắp tới của các chu kỳ đó: 0.");
        assertThat(dialog.confirm.isEnabled()).as("nothing before the confirmation is ticked").isFalse();

        _setValue(dialog.confirmed, true);
        _click(dialog.confirm);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.confirmed.isInvalid()).isTrue();
        assertThat(dialog.confirmed.getErrorMessage()).isEqualTo(district.name() + " còn 1 đơn vị trực thuộc đang "
                + "hoạt động (" + commune.name() + "): hãy chuyển các đơn vị này sang đơn vị cấp trên khác trước khi "
                + "ngừng hoạt động.");
        assertThat(orgs.get(district.id()).active()).isTrue();
    }

    @Test
    void aDistrictWhoseCommunesWereMovedIsDeactivatedAfterConfirmingAndItsHistorySaysSo() {
        OrgUnit province = orgs.createArea(null, "Tỉnh thử sáp xếp " + tag, "PROVINCE");
        OrgUnit district = orgs.createArea(province.id(), "Huyện bỏ cấp " + tag, "DISTRICT");
        openView();
        select(district);
        _click(button("Ngừng hoạt động"));
        DeactivateUnitDialog dialog = _get(DeactivateUnitDialog.class);
        assertThat(text(dialog.impact)).doesNotContain("đơn vị trực thuộc đang hoạt động (");
        _setValue(dialog.confirmed, true);
        _click(dialog.confirm);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(orgs.get(district.id()).active()).isFalse();
        NotificationsKt.expectNotifications("Đã ngừng hoạt động " + district.name()
                + ": 0 chu kỳ và 0 báo cáo đang mở kết thúc.");
        assertThat(history()).contains(district.name() + " (Tỉnh thử sáp xếp " + tag + " › " + district.name()
                + ") ngừng hoạt động");
    }

    @Test
    void theHistoryShowsTheNamesTheUnitHad() {
        OrgUnit province = orgs.createArea(null, "Tỉnh thử đổi tên " + tag, "PROVINCE");
        OrgUnit commune = orgs.createArea(province.id(), "Xã Tên Cũ " + tag, "COMMUNE");
        orgs.rename(commune.id(), "Phường Tên Mới " + tag);
        openView();
        select(orgs.get(commune.id()));
        assertThat(history()).contains("đổi tên \"Xã Tên Cũ " + tag + "\" thành \"Phường Tên Mới " + tag + "\"");
    }

    private void openView() {
        UI.getCurrent().navigate(OrganisationsView.class);
        view = _get(OrganisationsView.class);
    }

    /** Opens the branches down to the unit, as a person clicking the toggles would, and selects its row. */
    private void select(OrgUnit unit) {
        TreeGrid<OrgUnit> tree = tree();
        Long parentId = unit.parentId();
        while (parentId != null) {
            OrgUnit parent = orgs.get(parentId);
            tree.expand(parent);
            parentId = parent.parentId();
        }
        List<OrgUnit> rows = visibleRows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == unit.id()) {
                GridKt._selectRow(tree, i);
                return;
            }
        }
        fail("%s is not in the tree", unit.name());
    }

    @SuppressWarnings("unchecked")
    private TreeGrid<OrgUnit> tree() {
        return _get(view, TreeGrid.class);
    }

    private List<OrgUnit> visibleRows() {
        TreeGrid<OrgUnit> tree = tree();
        return GridKt._fetch(tree, 0, GridKt._size(tree));
    }

    private Button button(String text) {
        return _get(view, Button.class, spec -> spec.withText(text));
    }

    private String history() {
        return descendants(view).filter(c -> c.getElement().getClassList().contains("orgchange-history"))
                .findFirst().map(OrgChangeDialogsTests::text).orElse("");
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private static Stream<Component> descendants(Component component) {
        return component.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }
}
