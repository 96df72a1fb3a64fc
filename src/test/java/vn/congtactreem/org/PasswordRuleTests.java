package vn.congtactreem.org;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.congtactreem.base.ValidationException;

class PasswordRuleTests {

    @Test
    void refusesShortCommonRepeatedSequentialAndUsernamePasswords() {
        assertRefused("canbo", "111111", "user.error.passwordTooShort");
        assertRefused("canbo", null, "user.error.passwordTooShort");
        assertRefused("canbo", "1234567", "user.error.passwordTooShort");
        assertRefused("canbo", "11111111", "user.error.passwordCommon");
        assertRefused("canbo", "MatKhau123", "user.error.passwordCommon");
        assertRefused("canbo", "zzzzzzzzzz", "user.error.passwordPattern");
        assertRefused("canbo", "abcabcabcabc", "user.error.passwordPattern");
        assertRefused("canbo", "abcdefghij", "user.error.passwordPattern");
        assertRefused("canbo", "9876543210", "user.error.passwordPattern");
        assertRefused("canbo.anduong", "xCanBo.AnDuong1", "user.error.passwordUsername");
        assertRefused("canbo.anduong", "gnoudna.obnac!", "user.error.passwordUsername");
    }

    @Test
    void countsBytesNotCharactersAgainstTheBcryptLimit() {
        assertRefused("canbo", "a1b2c3d4".repeat(10), "user.error.passwordTooLong");
        // 24 accented letters are 72 bytes in UTF-8: the most that fits
        assertThatCode(() -> PasswordRule.check("canbo", "ữ".repeat(23) + "ạ")).doesNotThrowAnyException();
        assertRefused("canbo", "ữ".repeat(24) + "a", "user.error.passwordTooLong");
        assertThatCode(() -> PasswordRule.check("canbo", "Tre-xanh-".repeat(8))).doesNotThrowAnyException();
    }

    @Test
    void acceptsAnOrdinaryPassphrase() {
        assertThatCode(() -> PasswordRule.check("canbo.anduong", "Cay-tre-xanh-26")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordRule.check(null, "mat-khau-rieng")).doesNotThrowAnyException();
        // the demo data's own password passes through the storable check only, never the form rule
        assertThatCode(() -> PasswordRule.checkStorable("demo123")).doesNotThrowAnyException();
        assertRefused("canbo", "demo123", "user.error.passwordTooShort");
    }

    private static void assertRefused(String username, String password, String key) {
        assertThatThrownBy(() -> PasswordRule.check(username, password))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.messageKey()).isEqualTo(key);
                    org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo(UserService.FIELD_PASSWORD);
                });
    }
}
