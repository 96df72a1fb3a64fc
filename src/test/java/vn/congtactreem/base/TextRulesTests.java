package vn.congtactreem.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextRulesTests {

    @Test
    void tabsAndLineBreaksAreTextButNulAndOtherControlCharactersAreRefusedOnTheirField() {
        assertThat(TextRules.check("results", "Đã tổ chức 3 buổi\n\t- tại thôn 1\r\n", TextRules.LONG))
                .startsWith("Đã tổ chức");
        for (String bad : new String[] {"a\u0000b", "\u0007", "x\u001Bz", "\u007F", "\u0085"}) {
            assertThatThrownBy(() -> TextRules.check("results", bad, TextRules.LONG))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.field()).isEqualTo("results");
                        assertThat(e.messageKey()).isEqualTo("text.error.control");
                    });
        }
        assertThat(TextRules.check("results", null, TextRules.LONG)).isNull();
    }

    @Test
    void aTextLongerThanItsLimitIsRefusedWithTheLimitAndItsLength() {
        assertThat(TextRules.check("title", "x".repeat(TextRules.SHORT), TextRules.SHORT)).hasSize(500);
        assertThatThrownBy(() -> TextRules.check("title", "x".repeat(501), TextRules.SHORT))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("text.error.tooLong");
                    assertThat(e.args()).containsExactly(500, 501);
                });
    }

    @Test
    void yearsAndDatesStayWithinTheRange() {
        TextRules.checkYear("yearFrom", 2000);
        TextRules.checkYear("yearFrom", 2999);
        TextRules.checkDate("issuedOn", LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> TextRules.checkYear("yearFrom", 99999)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("text.error.year");
        assertThatThrownBy(() -> TextRules.checkDate("issuedOn", LocalDate.of(10000, 1, 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("issuedOn"));
        assertThatThrownBy(() -> TextRules.checkYear("yearFrom", 1999)).isInstanceOf(ValidationException.class);
    }
}
