package vn.congtactreem.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.base.i18n.LanguageSwitch;
import vn.congtactreem.base.i18n.TranslationProvider;
import vn.congtactreem.inbox.ui.HomeView;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserService;
import vn.congtactreem.support.KaribuUiTest;

/**
 * The language switch at the foot of the menu. A real browser reloads the page after a switch; under
 * Karibu the reload does nothing, so the tests check what is remembered and what the next sign-in shows.
 * Each test uses a user of its own (made by the fixture), so no other user's language ever changes.
 */
class LanguageSwitchTests extends KaribuUiTest {

    private String username;

    @Autowired
    private UserService users;

    @BeforeEach
    void aUserOfTheirOwn() {
        username = testOrgs().user("ngonngu", "Mạc Thị Ngữ",
                testOrgs().area(null, "Tỉnh Ngôn Ngữ", "PROVINCE", "ngonngu").id(), Role.OFFICER);
    }

    @Test
    void switchingToEnglishIsRememberedAndTheNextSignInIsInEnglish() {
        login(username);
        UI.getCurrent().navigate(HomeView.class);
        LanguageSwitch language = _get(LanguageSwitch.class);
        assertThat(language.getValue()).isEqualTo(TranslationProvider.VIETNAMESE);
        assertThat(menuLabels()).containsExactly("Việc cần làm", "Kế hoạch", "Theo dõi tiến độ");

        _setValue(language, TranslationProvider.ENGLISH);

        assertThat(users.findByUsername(username).orElseThrow().locale()).isEqualTo("en");
        assertThat(VaadinSession.getCurrent().getAttribute("app.language")).isEqualTo("en");

        // what the page shows after the reload: a new UI for the same user
        login(username);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(TranslationProvider.ENGLISH);
        assertThat(menuLabels()).containsExactly("To do", "Plans", "Progress");
        assertThat(_get(LanguageSwitch.class).getValue()).isEqualTo(TranslationProvider.ENGLISH);
    }

    @Test
    void switchingBackToVietnameseIsRememberedToo() {
        users.chooseLocale(username, TranslationProvider.ENGLISH);
        login(username);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(menuLabels()).containsExactly("To do", "Plans", "Progress");

        _setValue(_get(LanguageSwitch.class), TranslationProvider.VIETNAMESE);

        assertThat(users.findByUsername(username).orElseThrow().locale()).isEqualTo("vi");
        login(username);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(menuLabels()).containsExactly("Việc cần làm", "Kế hoạch", "Theo dõi tiến độ");
    }

    private static List<String> menuLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
