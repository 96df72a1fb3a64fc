package vn.congtactreem.org.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.support.KaribuUiTest;

/**
 * "Cơ cấu tổ chức" as the administrator uses it. The database is shared by the whole run: every test
 * signs in as its own administrator and works on two trees of its own (names end with the test's suffix).
 */
class OrganisationsViewTests extends KaribuUiTest {

    private static final java.util.concurrent.atomic.AtomicInteger NEXT_CODE =
            new java.util.concurrent.atomic.AtomicInteger(100);

    @Autowired
    private OrgService orgs;

    @Autowired
    private vn.congtactreem.org.OfficialCodes codes;

    private OrganisationsView view;
    private String suffix;
    /** This test's tree: a province, its district, a commune with a village "Thôn 1" and its police. */
    private OrgUnit province;
    private OrgUnit district;
    private OrgUnit commune;
    private String communePath;
    /** A second tree the tests move units into. */
    private OrgUnit otherProvince;
    private OrgUnit otherWard;

    @BeforeEach
    void signInAsAdmin() {
        login(testOrgs().admin());
        suffix = testOrgs().suffix();
        province = orgs.createArea(null, "Tỉnh Cơ Cấu " + suffix, "PROVINCE");
        district = orgs.createArea(province.id(), "Huyện Cơ Cấu " + suffix, "DISTRICT");
        commune = orgs.createArea(district.id(), "Xã Cơ Cấu " + suffix, "COMMUNE");
        orgs.createArea(commune.id(), "Thôn 1", "VILLAGE");
        orgs.createAgency(commune.id(), "Công an xã Cơ Cấu " + suffix, "POLICE");
        communePath = orgs.path(commune.id());
        otherProvince = orgs.createArea(null, "Tỉnh Nơi Đến " + suffix, "PROVINCE");
        OrgUnit otherCity = orgs.createArea(otherProvince.id(), "Thành phố Nơi Đến " + suffix, "DISTRICT");
        otherWard = orgs.createArea(otherCity.id(), "Phường Nơi Đến " + suffix, "COMMUNE");
    }

    @Test
    void adminSeesTheProvincesWithTheirDistrictsAndCommunesOpen() {
        openView();
        List<String> roots = GridKt._getRootItems(view.tree()).stream().map(OrgUnit::name).toList();
        assertThat(roots).contains(province.name(), otherProvince.name());
        assertThat(visibleRows()).extracting(OrgUnit::name)
                .contains(district.name(), commune.name(), "Thành phố Nơi Đến " + suffix, otherWard.name())
                .as("villages stay folded").doesNotContain("Thôn 1");
        assertThat(button("Thêm đơn vị cấp cao nhất").isEnabled()).isTrue();
        assertThat(button("Đổi tên").isEnabled()).isFalse();
        assertThat(button("Chuyển sang đơn vị cấp trên khác").isEnabled()).isFalse();
    }

    @Test
    void adminCreatesAVillageUnderACommune() {
        OrgUnit anDuong = commune;
        openView();
        select(anDuong);
        _click(button("Thêm đơn vị trực thuộc"));

        OrgUnitDialog dialog = _get(OrgUnitDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Thêm đơn vị trực thuộc " + communePath);
        _setValue(dialog.name, "Thôn 7");
        ComboBoxKt.selectByLabel(dialog.level, "Thôn/Tổ dân phố");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        OrgUnit village = orgs.children(anDuong.id()).stream().filter(u -> u.name().equals("Thôn 7"))
                .findFirst().orElseThrow();
        assertThat(village.levelCode()).isEqualTo("VILLAGE");
        assertThat(village.active()).isTrue();
        assertThat(orgs.path(village.id())).isEqualTo(communePath + " › Thôn 7");
        // the tree shows the new village, opened down to it and selected
        assertThat(view.selected()).contains(village);
        assertThat(visibleRows()).contains(village);
    }

    @Test
    void savingWithoutANameKeepsTheDialogOpenAndShowsTheErrorOnTheNameField() {
        OrgUnit anDuong = commune;
        int childrenBefore = orgs.children(anDuong.id()).size();
        openView();
        select(anDuong);
        _click(button("Thêm đơn vị trực thuộc"));
        OrgUnitDialog dialog = _get(OrgUnitDialog.class);
        _setValue(dialog.name, "   ");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Nhập tên đơn vị.");
        assertThat(dialog.level.isInvalid()).isFalse();
        assertThat(formError(dialog).isVisible()).isFalse();
        assertThat(orgs.children(anDuong.id())).hasSize(childrenBefore);

        // once a name is typed the same dialog saves and the error goes away
        _setValue(dialog.name, "Thôn Mới Có Tên");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(dialog.name.isInvalid()).isFalse();
        assertThat(orgs.children(anDuong.id())).extracting(OrgUnit::name).contains("Thôn Mới Có Tên");
    }

    @Test
    void aProvinceCannotBeAddedUnderACommuneAndTheLevelFieldSaysWhy() {
        OrgUnit anDuong = commune;
        openView();
        select(anDuong);
        _click(button("Thêm đơn vị trực thuộc"));
        OrgUnitDialog dialog = _get(OrgUnitDialog.class);
        _setValue(dialog.name, "Tỉnh Sai Cấp");
        ComboBoxKt.selectByLabel(dialog.level, "Tỉnh/Thành phố");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.level.isInvalid()).isTrue();
        assertThat(dialog.level.getErrorMessage())
                .isEqualTo("Cấp Tỉnh/Thành phố không thể trực thuộc cấp Xã/Phường/Thị trấn: chọn cấp thấp hơn.");
        assertThat(dialog.name.isInvalid()).isFalse();
        assertThat(dialog.name.getValue()).isEqualTo("Tỉnh Sai Cấp");
        assertThat(orgs.all()).extracting(OrgUnit::name).doesNotContain("Tỉnh Sai Cấp");
    }

    @Test
    void adminRenamesAVillage() {
        OrgUnit village = createVillage(commune, "Thôn Tên Cũ");
        openView();
        select(village);
        _click(button("Đổi tên"));

        RenameOrgDialog dialog = _get(RenameOrgDialog.class);
        assertThat(dialog.name.getValue()).isEqualTo("Thôn Tên Cũ");
        _setValue(dialog.name, "  Thôn   Tên Mới ");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(orgs.get(village.id()).name()).isEqualTo("Thôn Tên Mới");
        assertThat(view.selected()).map(OrgUnit::name).contains("Thôn Tên Mới");
    }

    @Test
    void aRenameFromADialogOpenedBeforeSomeoneElsesRenameIsRefusedAndTheDialogStaysWithWhatWasTyped() {
        OrgUnit village = createVillage(commune, "Thôn Hai Người Sửa");
        openView();
        select(village);
        _click(button("Đổi tên"));
        RenameOrgDialog dialog = _get(RenameOrgDialog.class);
        // another administrator renames it first
        orgs.rename(village.id(), "Thôn Người Khác Đặt");

        _setValue(dialog.name, "Thôn Tôi Đặt");
        _click(dialog.save);

        assertThat(dialog.isOpened()).as("stays open").isTrue();
        assertThat(dialog.name.getValue()).as("what was typed stays").isEqualTo("Thôn Tôi Đặt");
        assertThat(_get(dialog, Span.class, spec -> spec.withClasses("form-error")).getText())
                .contains("vừa lưu thay đổi trước bạn");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(
                com.vaadin.flow.component.notification.Notification.class))
                .filteredOn(n -> n.hasClassName("conflict-notification") && n.isOpened()).isNotEmpty();
        assertThat(orgs.get(village.id()).name()).as("the other rename stays").isEqualTo("Thôn Người Khác Đặt");
    }

    @Test
    void renamingToTheNameOfASiblingIsRefusedNextToTheName() {
        OrgUnit village = createVillage(commune, "Thôn Trùng Tên");
        openView();
        select(village);
        _click(button("Đổi tên"));
        RenameOrgDialog dialog = _get(RenameOrgDialog.class);
        _setValue(dialog.name, "thôn 1");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Đã có đơn vị tên \"thôn 1\" ở cùng cấp trên.");
        assertThat(orgs.get(village.id()).name()).isEqualTo("Thôn Trùng Tên");
    }

    @Test
    void aDeactivatedUnitShowsAsSuchAndCanBeReactivated() {
        OrgUnit village = createVillage(commune, "Thôn Sắp Ngừng");
        // deactivating (impact, confirmation) is the orgchange feature's dialog: OrgChangeDialogsTests
        orgs.deactivate(village.id());
        openView();
        select(orgs.get(village.id()));
        assertThat(button("Ngừng hoạt động").isEnabled()).isFalse();

        OrgUnit shown = view.selected().orElseThrow();
        assertThat(shown.id()).isEqualTo(village.id());
        assertThat(shown.active()).isFalse();
        assertThat(GridKt._getFormattedRow(view.tree(), shown)).contains("Thôn Sắp Ngừng", "Ngừng hoạt động");
        assertThat(button("Thêm đơn vị trực thuộc").isEnabled()).isFalse();

        _click(button("Hoạt động lại"));
        ActivationDialog reactivation = _get(ActivationDialog.class);
        _click(reactivation.confirm);
        assertThat(orgs.get(village.id()).active()).isTrue();
    }

    @Test
    void adminGivesACommuneItsOfficialCodeAndKindAndFindsItByCodeOrWithoutDiacritics() {
        String name = "Phường Đồng Mã Thử " + suffix;
        OrgUnit commune = createCommune(province, name);
        String code = uniqueCommuneCode();
        openView();
        select(commune);
        _click(button("Mã, loại"));

        OfficialCodeDialog dialog = _get(OfficialCodeDialog.class);
        assertThat(dialog.kind.getListDataView().getItems().map(k -> k.nameVi()).toList())
                .containsExactly("Xã", "Phường", "Đặc khu", "Thị trấn");
        _setValue(dialog.code, code);
        dialog.kind.setValue(dialog.kind.getListDataView().getItems()
                .filter(k -> k.code().equals("PHUONG")).findFirst().orElseThrow());
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        OrgUnit saved = orgs.get(commune.id());
        assertThat(saved.officialCode()).isEqualTo(code);
        assertThat(saved.adminKindCode()).isEqualTo("PHUONG");

        _setValue(view.search(), code);
        assertThat(visibleRows()).extracting(OrgUnit::name)
                .containsExactly(province.name(), name);
        assertThat(GridKt._getFormattedRow(view.tree(), 1)).contains(code, "Phường");
        _setValue(view.search(), "dong ma thu " + suffix);
        assertThat(visibleRows()).extracting(OrgUnit::name).containsExactly(province.name(), name);
    }

    @Test
    void aCodeOfTheWrongLengthOrAlreadyTakenIsRefusedNextToTheCodeField() {
        OrgUnit first = createCommune(province, "Xã có mã trước");
        OrgUnit second = createCommune(province, "Xã trùng mã");
        String code = uniqueCommuneCode();
        codes.identify(first.id(), code, "XA");
        openView();
        select(second);
        _click(button("Mã, loại"));
        OfficialCodeDialog dialog = _get(OfficialCodeDialog.class);

        _setValue(dialog.code, "123");
        _click(dialog.save);
        assertThat(dialog.code.isInvalid()).isTrue();
        assertThat(dialog.code.getErrorMessage()).isEqualTo("Mã gồm 5 chữ số.");

        _setValue(dialog.code, code);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.code.getErrorMessage()).isEqualTo("Mã " + code + " đã thuộc về Xã có mã trước.");
        assertThat(orgs.get(second.id()).officialCode()).isNull();
    }

    /** Five digits starting with 99: no commune of the official list has such a code. */
    private static String uniqueCommuneCode() {
        return "99" + NEXT_CODE.getAndIncrement();
    }

    private void openView() {
        UI.getCurrent().navigate(OrganisationsView.class);
        view = _get(OrganisationsView.class);
    }

    /** Units a test works on are made through the service before the screen is opened. */
    private OrgUnit createVillage(OrgUnit parent, String name) {
        return orgs.createArea(parent.id(), name, "VILLAGE");
    }

    private OrgUnit createCommune(OrgUnit parent, String name) {
        return orgs.createArea(parent.id(), name, "COMMUNE");
    }

    /** Opens the branches down to the unit, as a person clicking the toggles would, and selects its row. */
    private void select(OrgUnit unit) {
        TreeGrid<OrgUnit> tree = view.tree();
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
                assertThat(view.selected()).map(OrgUnit::id).contains(unit.id());
                return;
            }
        }
        fail("%s is not in the tree", unit.name());
    }

    private List<OrgUnit> visibleRows() {
        TreeGrid<OrgUnit> tree = view.tree();
        // one walk down the open branches: _get(i) per row walks them again for each row, which takes hours once
        // another test of this context has imported the whole country (AdminUnitImportViewTests)
        return GridKt._fetch(tree, 0, GridKt._size(tree));
    }

    private Button button(String text) {
        return _get(view, Button.class, spec -> spec.withText(text));
    }

    /** The dialog's line for errors of no single field (looked up directly: it is hidden when empty). */
    private static Span formError(Component dialog) {
        return descendants(dialog).filter(c -> c instanceof Span span && span.hasClassName("form-error"))
                .map(Span.class::cast).findFirst().orElseThrow(() -> new AssertionError("no form error line"));
    }

    private static Stream<Component> descendants(Component component) {
        return component.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }
}
