package vn.congtactreem.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Points Spring Security's static context holder at the strategy of the application context the test
 * runs in. Vaadin's security configuration sets its own strategy on the holder when a context starts,
 * so a second context in one JVM (a test class with a database of its own) would leave the first
 * context's filters and method security reading one strategy and the code calling
 * {@code SecurityContextHolder} another: signed-in users would seem signed out. Registered for every
 * Spring test in {@code META-INF/spring.factories}.
 */
public class ContextSecurityStrategy extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        SecurityContextHolderStrategy strategy = testContext.getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class).getIfUnique();
        if (strategy != null && SecurityContextHolder.getContextHolderStrategy() != strategy) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }
}
