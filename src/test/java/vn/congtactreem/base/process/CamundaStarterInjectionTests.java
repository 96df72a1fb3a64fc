package vn.congtactreem.base.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultMetricsConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.SpringProperties;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The Camunda starter's metrics configuration, a bean its auto-configuration declares by interface: under AOT its
 * {@code @Autowired} field and its {@code @PostConstruct} method are applied here, without AOT left alone (Spring's
 * own post-processors do it then, and doing it twice would call the init method twice).
 */
class CamundaStarterInjectionTests {

    private final CamundaBpmProperties properties = new CamundaBpmProperties();

    @AfterEach
    void aotOff() {
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
    }

    @Test
    void underAotTheStartersFieldsAreInjectedAndItsInitMethodCalled() {
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, "true");
        DefaultMetricsConfiguration metrics = prepared();

        assertThat(ReflectionTestUtils.getField(metrics, "camundaBpmProperties")).isSameAs(properties);
        assertThat(ReflectionTestUtils.getField(metrics, "metrics")).isSameAs(properties.getMetrics());
    }

    @Test
    void withoutAotNothingIsDoneHere() {
        DefaultMetricsConfiguration metrics = prepared();

        assertThat(ReflectionTestUtils.getField(metrics, "camundaBpmProperties")).isNull();
        assertThat(ReflectionTestUtils.getField(metrics, "metrics")).isNull();
    }

    @Test
    void anInitMethodTheBuildRecordedIsLeftToTheBeanFactory() {
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, "true");
        DefaultListableBeanFactory factory = factory();
        RootBeanDefinition definition = new RootBeanDefinition(DefaultMetricsConfiguration.class);
        definition.setInitMethodName("init");
        factory.registerBeanDefinition("metrics", definition);

        DefaultMetricsConfiguration metrics = prepare(factory, new DefaultMetricsConfiguration());

        assertThat(ReflectionTestUtils.getField(metrics, "camundaBpmProperties")).isSameAs(properties);
        assertThat(ReflectionTestUtils.getField(metrics, "metrics")).as("init not called here").isNull();
    }

    private DefaultMetricsConfiguration prepared() {
        DefaultListableBeanFactory factory = factory();
        factory.registerBeanDefinition("metrics", new RootBeanDefinition(DefaultMetricsConfiguration.class));
        return prepare(factory, new DefaultMetricsConfiguration());
    }

    private DefaultListableBeanFactory factory() {
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
        factory.registerSingleton("camundaBpmProperties", properties);
        return factory;
    }

    private static DefaultMetricsConfiguration prepare(DefaultListableBeanFactory factory,
            DefaultMetricsConfiguration bean) {
        CamundaStarterInjection injection = new CamundaStarterInjection();
        injection.setBeanFactory(factory);
        injection.postProcessProperties(new MutablePropertyValues(), bean, "metrics");
        return (DefaultMetricsConfiguration) injection.postProcessBeforeInitialization(bean, "metrics");
    }
}
