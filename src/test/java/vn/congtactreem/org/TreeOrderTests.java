package vn.congtactreem.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TreeOrderTests {

    @Test
    void aCommuneComesFirstThenWhatBelongsToItThenTheNextCommune() {
        OrgUnit anDuong = area(1, "Xã An Dương");
        OrgUnit police = agency(2, "Công an xã An Dương");
        OrgUnit school = agency(3, "Trường THCS An Dương");
        OrgUnit caoXa = area(4, "Xã Cao Xá");
        OrgUnit district = area(5, "Huyện Tân Yên");
        Map<Long, String> paths = Map.of(1L, "Tỉnh Bắc Giang › Huyện Tân Yên › Xã An Dương",
                2L, "Tỉnh Bắc Giang › Huyện Tân Yên › Xã An Dương › Công an xã An Dương",
                3L, "Tỉnh Bắc Giang › Huyện Tân Yên › Xã An Dương › Trường THCS An Dương",
                4L, "Tỉnh Bắc Giang › Huyện Tân Yên › Xã Cao Xá",
                5L, "Tỉnh Bắc Giang › Huyện Tân Yên");
        List<OrgUnit> sorted = List.of(school, caoXa, police, anDuong, district).stream()
                .sorted(TreeOrder.byPath(paths)).toList();
        assertThat(sorted).containsExactly(district, anDuong, police, school, caoXa);
    }

    private static OrgUnit area(long id, String name) {
        return new OrgUnit(id, null, OrgUnitKind.AREA, "COMMUNE", null, name, true, null, null);
    }

    private static OrgUnit agency(long id, String name) {
        return new OrgUnit(id, null, OrgUnitKind.AGENCY, null, "OTHER", name, true, null, null);
    }
}
