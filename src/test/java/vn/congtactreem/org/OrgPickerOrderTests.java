package vn.congtactreem.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrgPickerOrderTests {

    private final OrgUnit province = area(1, null, "Tỉnh Bắc Giang");
    private final OrgUnit health = agency(2, 1, "Sở Y tế");
    private final OrgUnit caoXa = area(3, 1, "Xã Cao Xá");
    private final OrgUnit anDuong = area(4, 1, "Xã An Dương");
    private final OrgUnit police = agency(5, 4, "Công an xã");
    private final OrgUnit station = agency(6, 4, "Trạm Y tế xã");
    private final OrgUnit caoXaStation = agency(7, 3, "Trạm Y tế xã");
    private final OrgUnit dongSon = area(8, 1, "Xã Đồng Sơn");
    private final OrgUnit dinhXa = area(9, 1, "Xã Dĩnh Xá");
    private final List<OrgUnit> all = List.of(station, caoXaStation, dongSon, police, caoXa, health, anDuong,
            province, dinhXa);

    @Test
    void eachAreaComesFirstThenItsOwnAgenciesThenTheAreasBelowInVietnameseOrder() {
        OrgPickerOrder order = OrgPickerOrder.of(all, all);

        // "Đ" sorts after "D" in Vietnamese (Dĩnh before Đồng), agencies before the communes below
        assertThat(order.units()).containsExactly(province, health, anDuong, police, station, caoXa,
                caoXaStation, dinhXa, dongSon);
    }

    @Test
    void eachUnitIsLabelledWithItsParentSoTwoStationsAreToldApart() {
        OrgPickerOrder order = OrgPickerOrder.of(all, all);

        assertThat(order.label(police)).isEqualTo("Xã An Dương › Công an xã");
        assertThat(order.label(station)).isEqualTo("Xã An Dương › Trạm Y tế xã");
        assertThat(order.label(caoXaStation)).isEqualTo("Xã Cao Xá › Trạm Y tế xã");
        assertThat(order.label(anDuong)).isEqualTo("Tỉnh Bắc Giang › Xã An Dương");
        assertThat(order.label(province)).isEqualTo("Tỉnh Bắc Giang");
    }

    @Test
    void typingFindsTheNameOrAnAncestorsWithoutDiacritics() {
        OrgPickerOrder order = OrgPickerOrder.of(all, all);

        assertThat(order.units().stream().filter(u -> order.matches(u, "an duong")))
                .containsExactly(anDuong, police, station);
        assertThat(order.units().stream().filter(u -> order.matches(u, "TRAM Y TE")))
                .containsExactly(station, caoXaStation);
        assertThat(order.units().stream().filter(u -> order.matches(u, "dong son"))).containsExactly(dongSon);
        assertThat(order.units().stream().filter(u -> order.matches(u, ""))).hasSize(all.size());
    }

    @Test
    void aCommunesPickerStartsWithTheCommuneLabelledWithItsKnownParent() {
        OrgPickerOrder order = OrgPickerOrder.of(List.of(station, police, anDuong),
                Map.of(province.id(), province));

        assertThat(order.units()).containsExactly(anDuong, police, station);
        assertThat(order.label(anDuong)).isEqualTo("Tỉnh Bắc Giang › Xã An Dương");
        assertThat(order.matches(police, "bac giang")).isTrue();
    }

    @Test
    void narrowingKeepsTheOrderAndTheLabels() {
        OrgPickerOrder order = OrgPickerOrder.of(all, all).only(u -> u.id() != province.id() && !u.isArea());

        assertThat(order.units()).containsExactly(health, police, station, caoXaStation);
        assertThat(order.label(caoXaStation)).isEqualTo("Xã Cao Xá › Trạm Y tế xã");
    }

    private static OrgUnit area(long id, Integer parentId, String name) {
        return new OrgUnit(id, parentId == null ? null : parentId.longValue(), OrgUnitKind.AREA, "COMMUNE", null,
                name, true, null, null);
    }

    private static OrgUnit agency(long id, long parentId, String name) {
        return new OrgUnit(id, parentId, OrgUnitKind.AGENCY, null, "OTHER", name, true, null, null);
    }
}
