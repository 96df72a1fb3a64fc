package vn.congtactreem.base.process;

import org.springframework.aot.AotDetector;
import org.springframework.beans.BeansException;
import org.springframework.beans.PropertyValues;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.annotation.AutowiredAnnotationBeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.InstantiationAwareBeanPostProcessor;
import org.springframework.context.annotation.CommonAnnotationBeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Spring AOT (the production start with {@code -Dspring.aot.enabled=true}, issue 17) writes the injection of each bean
 * at build time from the type its {@code @Bean} method declares. Camunda's Spring Boot starter declares its engine
 * configurations by interface ({@code CamundaProcessEngineConfiguration camundaProcessEngineConfiguration()} returning
 * a {@code DefaultProcessEngineConfiguration}) and injects them by {@code @Autowired} fields of the class, which the
 * build cannot see, and some of them finish with a {@code @PostConstruct} method the build does not see either: started
 * that way, the fields stay null and the engine fails to build. Here those fields are injected and those methods
 * called as a start without AOT does, from the bean's actual class, for the starter's beans only and only in that
 * mode (without AOT, Spring's own post-processors already do it); a bean whose init methods the build did record
 * (declared by its class) is left to them.
 */
@Component
class CamundaStarterInjection implements InstantiationAwareBeanPostProcessor, BeanFactoryAware {

    static final String STARTER_PACKAGE = "org.camunda.bpm.spring.boot.starter.";

    private final AutowiredAnnotationBeanPostProcessor autowiring = new AutowiredAnnotationBeanPostProcessor();
    private final CommonAnnotationBeanPostProcessor lifecycle = new CommonAnnotationBeanPostProcessor();
    private ConfigurableListableBeanFactory beans;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
        autowiring.setBeanFactory(beanFactory);
        lifecycle.setBeanFactory(beanFactory);
        beans = (ConfigurableListableBeanFactory) beanFactory;
    }

    @Override
    public PropertyValues postProcessProperties(PropertyValues values, Object bean, String beanName) {
        if (appliesTo(bean)) {
            return autowiring.postProcessProperties(values, bean, beanName);
        }
        return values;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (appliesTo(bean) && beans.containsBeanDefinition(beanName)
                && beans.getMergedBeanDefinition(beanName).getInitMethodName() == null) {
            return lifecycle.postProcessBeforeInitialization(bean, beanName);
        }
        return bean;
    }

    private static boolean appliesTo(Object bean) {
        return AotDetector.useGeneratedArtifacts() && bean.getClass().getName().startsWith(STARTER_PACKAGE);
    }
}
