package vn.congtactreem.security;

import java.util.Arrays;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.UserService;

/**
 * An administrator always exists: on the first start one is created with the configured password
 * (APP_ADMIN_PASSWORD). In the prod profile the application refuses to start with a demo password
 * or while a demo account is active.
 */
@Component
/** Runs after the demo data (dev), which brings its own administrator. */
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AdminAccountInitializer implements ApplicationRunner {

    static final int MIN_PROD_PASSWORD_LENGTH = 12;
    private static final Set<String> DEMO_PASSWORDS = Set.of("demo123", "admin", "password", "123456", "changeme");
    private static final Logger LOG = LoggerFactory.getLogger(AdminAccountInitializer.class);

    private final UserService users;
    private final OrgService orgs;
    private final Environment environment;
    private final String adminUsername;
    private final String adminPassword;

    AdminAccountInitializer(UserService users, OrgService orgs, Environment environment,
                            @Value("${app.admin.username:admin}") String adminUsername,
                            @Value("${app.admin.password:}") String adminPassword) {
        this.users = users;
        this.orgs = orgs;
        this.environment = environment;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean prod = environment.acceptsProfiles(Profiles.of("prod"));
        if (prod) {
            refuseDemoSecrets();
        }
        if (users.anyActiveAdmin()) {
            return;
        }
        if (adminPassword.isBlank()) {
            throw new IllegalStateException("Chưa có tài khoản quản trị: đặt biến môi trường APP_ADMIN_PASSWORD "
                    + "(mật khẩu quản trị đầu tiên) rồi khởi động lại.");
        }
        SystemAuthentication.runAsSystem(() -> {
            OrgUnit home = orgs.children(null).stream().findFirst()
                    .orElseGet(() -> orgs.createArea(null, "Cơ quan quản trị hệ thống", firstLevelCode()));
            users.createFirstAdmin(adminUsername, adminPassword, home.id());
            return null;
        });
        LOG.info("Created the first administrator '{}'", adminUsername);
    }

    private String firstLevelCode() {
        return orgs.levels().get(0).code();
    }

    private void refuseDemoSecrets() {
        if (!adminPassword.isBlank() && (DEMO_PASSWORDS.contains(adminPassword.toLowerCase())
                || adminPassword.length() < MIN_PROD_PASSWORD_LENGTH)) {
            throw new IllegalStateException("APP_ADMIN_PASSWORD là mật khẩu mẫu hoặc quá ngắn: cần ít nhất "
                    + MIN_PROD_PASSWORD_LENGTH + " ký tự và không phải " + Arrays.toString(DEMO_PASSWORDS.toArray()));
        }
        if (users.anyActiveDemoAccount()) {
            throw new IllegalStateException("Cơ sở dữ liệu có tài khoản demo đang hoạt động (mật khẩu demo123): "
                    + "hồ sơ prod không khởi động với dữ liệu demo.");
        }
    }
}
