package vn.congtactreem.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Paths typed in the users template: as written, without diacritics where that is unique, never guessed. */
class OrgPathIndexTests {

    // two communes of Tỉnh Thái Nguyên in the official list whose names differ only by their marks
    private final OrgPathIndex index = new OrgPathIndex(Map.of(
            1L, "Tỉnh Thái Nguyên",
            2L, "Tỉnh Thái Nguyên › Xã Văn Lang",
            3L, "Tỉnh Thái Nguyên › Xã Văn Lăng",
            4L, "Tỉnh Thái Nguyên › Xã Văn Lăng › Công an xã Văn Lăng",
            5L, "Tỉnh Cao Bằng › Phường Thục Phán › Công an phường Thục Phán"));

    @Test
    void thePathAsWrittenWinsWhateverTheSeparatorCaseAndSpaces() {
        assertThat(index.find("Tỉnh Thái Nguyên › Xã Văn Lăng").id()).isEqualTo(3L);
        assertThat(index.find("tỉnh thái nguyên >  xã văn lang").id()).isEqualTo(2L);
        assertThat(index.find("Tỉnh Thái Nguyên/Xã Văn Lăng/Công an xã Văn Lăng").id()).isEqualTo(4L);
    }

    @Test
    void aPathWithoutSomeMarksIsTakenOnlyWhenItFitsOneOrganisation() {
        assertThat(index.find("Tinh Cao Bang › Phuong Thuc Phan › Cong an phuong Thuc Phan").id()).isEqualTo(5L);
        assertThat(index.find("Tinh Thai Nguyen › Xa Van Lang › Cong an xa Van Lang").id()).isEqualTo(4L);

        OrgPathIndex.Found twoOfThem = index.find("Tinh Thai Nguyen › Xa Van Lang");
        assertThat(twoOfThem.id()).isNull();
        assertThat(twoOfThem.candidates())
                .containsExactly("Tỉnh Thái Nguyên › Xã Văn Lang", "Tỉnh Thái Nguyên › Xã Văn Lăng");
    }

    @Test
    void anUnknownPathFindsNothing() {
        assertThat(index.find("Tỉnh Thái Nguyên › Xã Văn Lâm")).isEqualTo(OrgPathIndex.Found.none());
    }
}
