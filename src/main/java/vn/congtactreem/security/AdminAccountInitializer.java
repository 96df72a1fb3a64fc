package vn.congtactreem.security;

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
        if (prod && users.anyActiveDemoAccount()) {
            throw new IllegalStateException("Cơ sở dữ liệu có tài khoản demo đang hoạt động (mật khẩu demo123): "
                    + "hồ sơ prod không khởi động với dữ liệu demo. Khóa các tài khoản demo hoặc dùng cơ sở dữ liệu mới.");
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
}
