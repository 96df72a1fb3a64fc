package vn.congtactreem.security.api;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.CannotCreateTransactionException;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.security.CurrentUser;
import vn.congtactreem.support.ApiSlice;

/**
 * While PostgreSQL is down (restarting, the pool timed out) the API says so: 503 with {@code Retry-After} and
 * "nothing was changed, try again", in the caller's language — not a 401 "wrong password" because the sign-in
 * lookup failed, and not a 500. A failure that is not an outage is still not called one.
 */
@WebMvcTest(CurrentUserController.class)
@Import(ApiSlice.class)
class DatabaseOutageSliceTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CurrentUser currentUser;
    @MockitoBean
    OrgService orgs;
    @MockitoBean
    UserDetailsService users;

    @Test
    void aSignInThatCannotReachTheDatabaseIs503NotAWrongPassword() throws Exception {
        when(users.loadUserByUsername(anyString())).thenThrow(new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection", new SQLException("Connection refused", "08001")));

        mvc.perform(get("/api/v1/me").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "30"))
                .andExpect(header().doesNotExist("WWW-Authenticate"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.title").value("Tạm thời không kết nối được cơ sở dữ liệu"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("chưa kiểm tra được mật khẩu")));
        mvc.perform(get("/api/v1/me").header("Accept-Language", "en")
                        .with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.title").value("The database cannot be reached for the moment"));
    }

    @Test
    void aRequestWhoseTransactionCannotStartIs503AndSaysNothingChanged() throws Exception {
        signedIn();
        when(currentUser.require()).thenThrow(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new JDBCConnectionException("Unable to acquire JDBC Connection", new SQLException("timeout", "08001"))));

        mvc.perform(get("/api/v1/me").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "30"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("reliability.outage"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("không có gì bị thay đổi")));
    }

    @Test
    void aFailureThatIsNotAnOutageIsNotCalledOne() {
        signedIn();
        when(currentUser.require()).thenThrow(new DataIntegrityViolationException("duplicate key"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        mvc.perform(get("/api/v1/me").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD))))
                .hasRootCauseInstanceOf(DataIntegrityViolationException.class);
    }

    private void signedIn() {
        when(users.loadUserByUsername(ApiSlice.USER)).thenReturn(User.withUsername(ApiSlice.USER)
                .password("{noop}" + ApiSlice.PASSWORD).roles(Role.OFFICER.name()).build());
    }
}
