package vn.congtactreem.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTests {

    @Test
    void vietnameseIsFoundWithOrWithoutDiacriticsAndCapitals() {
        assertThat(SearchText.contains("Công an xã An Dương", "cong an")).isTrue();
        assertThat(SearchText.contains("Công an xã An Dương", "DƯƠNG")).isTrue();
        assertThat(SearchText.contains("Kế hoạch phòng, chống đuối nước", "duoi nuoc")).isTrue();
        assertThat(SearchText.contains("Đăng ký kế hoạch cấp trên", "đăng ký")).isTrue();
        assertThat(SearchText.contains("Trạm Y tế xã An Dương", "cong an")).isFalse();
    }

    @Test
    void spacesDoNotMatter() {
        assertThat(SearchText.normalize("  Báo   cáo  ")).isEqualTo("bao cao");
        assertThat(SearchText.contains("Báo cáo 6 tháng", "")).isTrue();
        assertThat(SearchText.normalize(null)).isEmpty();
    }
}
