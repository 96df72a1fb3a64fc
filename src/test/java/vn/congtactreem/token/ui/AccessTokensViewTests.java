package vn.congtactreem.token.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.inbox.ui.HomeView;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.token.AccessToken;
import vn.congtactreem.token.AccessTokenService;

/**
 * "Mã truy cập API" under the user's name: a token without a name is refused next to the field; a named one is
 * shown once, listed as in force, works as a Bearer token, and once revoked is listed so and refused.
 */
class AccessTokensViewTests extends KaribuUiTest {

    @Autowired
    AccessTokenService tokens;

    @Test
    void theUserMakesATokenSeesItOnceAndRevokesIt() {
        TestOrgs.Area commune = testOrgs().area(null, "Tỉnh Mã Truy Cập", "PROVINCE", "matruycap");
        login(commune.officer());
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(RouterLink.class)).filteredOn(link -> link.hasClassName("user-link"))
                .extracting(RouterLink::getHref).contains("account/tokens");

        UI.getCurrent().navigate(AccessTokensView.class);
        AccessTokensView view = _get(AccessTokensView.class);
        // the last day is written as everywhere else in the application: dd/MM/yyyy, weeks from Monday
        assertThat(view.lastDay.getI18n().getDateFormats()).first().isEqualTo("dd/MM/yyyy");
        assertThat(view.lastDay.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        _click(view.create);
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Hãy đặt tên cho mã (tối đa 100 ký tự).");
        assertThat(view.secret.isVisible()).isFalse();

        view.name.setValue("Đồng bộ với phần mềm của Sở");
        _click(view.create);

        assertThat(view.name.isInvalid()).isFalse();
        assertThat(view.secret.isVisible()).isTrue();
        String secret = view.secret.getValue();
        assertThat(secret).startsWith("ctte_");
        assertThat(tokens.usernameFor(secret, null)).contains(commune.officer());
        List<AccessToken> rows = view.grid.getGenericDataView().getItems().toList();
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.name())
                .isEqualTo("Đồng bộ với phần mềm của Sở"));
        assertThat(view.getTranslation(rows.get(0).usableAt(java.time.Instant.now()) ? "token.status.active"
                : "token.status.expired")).isEqualTo("Đang hiệu lực");

        _click((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(view.grid, 0, "action"));

        assertThat(tokens.usernameFor(secret, null)).isEmpty();
        AccessToken revoked = view.grid.getGenericDataView().getItems().toList().get(0);
        assertThat(revoked.revokedAt()).isNotNull();
    }
}
