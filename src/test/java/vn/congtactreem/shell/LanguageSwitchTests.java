package vn.congtactreem.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.base.i18n.LanguageSwitch;
import vn.congtactreem.base.i18n.TranslationProvider;
import vn.congtactreem.inbox.ui.HomeView;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserForm;
import vn.congtactreem.org.UserService;
import vn.congtactreem.support.KaribuUiTest;

/**
 * The language switch at the foot of the menu. A real browser reloads the page after a switch; under
 * Karibu the reload does nothing, so the tests check what is remembered and what the next sign-in shows.
 * They use a user of their own, so no demo account's language ever changes.
 */
class LanguageSwitchTests extends KaribuUiTest {

    private static final String USERNAME = "ngonngu.anduong";

    @Autowired
    private UserService users;

    @Autowired
    private OrgService orgs;

    @BeforeEach
    void aUserOfTheirOwn() {
        if (users.findByUsername(USERNAME).isEmpty()) {
            login("admin");
            long anDuong = orgs.all().stream().filter(u -> u.name().equals("Xã An Dương")).findFirst()
                    .orElseThrow().id();
            users.create(new UserForm(USERNAME, "Mạc Thị Ngữ", null, anDuong, Set.of(Role.OFFICER), "Sen-hong-2026"));
        }
    }

    @AfterEach
    void backToVietnamese() {
        users.chooseLocale(USERNAME, TranslationProvider.VIETNAMESE);
    }

    @Test
    void switchingToEnglishIsRememberedAndTheNextSignInIsInEnglish() {
        login(USERNAME);
        UI.getCurrent().navigate(HomeView.class);
        LanguageSwitch language = _get(LanguageSwitch.class);
        assertThat(language.getValue()).isEqualTo(TranslationProvider.VIETNAMESE);
        assertThat(menuLabels()).containsExactly("Việc cần làm", "Kế hoạch", "Theo dõi tiến độ");

        _setValue(language, TranslationProvider.ENGLISH);

        assertThat(users.findByUsername(USERNAME).orElseThrow().locale()).isEqualTo("en");
        assertThat(VaadinSession.getCurrent().getAttribute("app.language")).isEqualTo("en");

        // what the page shows after the reload: a new UI for the same user
        login(USERNAME);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(TranslationProvider.ENGLISH);
        assertThat(menuLabels()).containsExactly("To do", "Plans", "Progress");
        assertThat(_get(LanguageSwitch.class).getValue()).isEqualTo(TranslationProvider.ENGLISH);
    }

    @Test
    void switchingBackToVietnameseIsRememberedToo() {
        users.chooseLocale(USERNAME, TranslationProvider.ENGLISH);
        login(USERNAME);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(menuLabels()).containsExactly("To do", "Plans", "Progress");

        _setValue(_get(LanguageSwitch.class), TranslationProvider.VIETNAMESE);

        assertThat(users.findByUsername(USERNAME).orElseThrow().locale()).isEqualTo("vi");
        login(USERNAME);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(menuLabels()).containsExactly("Việc cần làm", "Kế hoạch", "Theo dõi tiến độ");
    }

    private static List<String> menuLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
