package vn.congtactreem.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProdSecretsCheckTests {

    @Test
    void demoPasswordsAreRefusedWhateverTheirCase() {
        for (String demo : new String[] {"demo123", "DEMO123", "admin", "changeme"}) {
            assertThatThrownBy(() -> ProdSecretsCheck.requireProductionPassword(demo))
                    .hasMessageContaining("APP_ADMIN_PASSWORD");
        }
    }

    @Test
    void passwordsShorterThanTwelveCharactersAreRefused() {
        assertThatThrownBy(() -> ProdSecretsCheck.requireProductionPassword("Ngan-11-kt!"))
                .hasMessageContaining("12 ký tự");
    }

    @Test
    void aLongNonDemoPasswordPasses() {
        assertThatCode(() -> ProdSecretsCheck.requireProductionPassword("Mat-khau-du-dai-2024")).doesNotThrowAnyException();
    }

    @Test
    void noPasswordPassesHereBecauseItMattersOnlyWhenNoAdminExists() {
        assertThatCode(() -> ProdSecretsCheck.requireProductionPassword("")).doesNotThrowAnyException();
    }
}
