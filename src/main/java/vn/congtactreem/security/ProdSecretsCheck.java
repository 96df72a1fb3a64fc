package vn.congtactreem.security;

import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In production a demo or short administrator password stops the start at once, before the
 * database, the engine or the web server are touched.
 */
@Component
@Profile("prod")
class ProdSecretsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    static final int MIN_PROD_PASSWORD_LENGTH = 12;
    static final Set<String> DEMO_PASSWORDS = Set.of("demo123", "admin", "password", "123456", "changeme");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        requireProductionPassword(environment.getProperty("app.admin.password", ""));
    }

    /** An empty password is allowed here: it only matters when no administrator exists yet. */
    static void requireProductionPassword(String password) {
        if (!password.isEmpty() && (DEMO_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))
                || password.length() < MIN_PROD_PASSWORD_LENGTH)) {
            throw new IllegalStateException("APP_ADMIN_PASSWORD là mật khẩu mẫu hoặc quá ngắn: cần ít nhất "
                    + MIN_PROD_PASSWORD_LENGTH + " ký tự và không phải mật khẩu demo.");
        }
    }
}
