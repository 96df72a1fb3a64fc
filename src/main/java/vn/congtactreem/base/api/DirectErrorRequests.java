package vn.congtactreem.base.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the server forwards a failed request; asked for directly it has no error to
 * show and Spring Boot would answer 500. A direct request there is simply not found.
 */
@Configuration(proxyBeanMethods = false)
class DirectErrorRequests {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> directErrorRequestsNotFound() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                    FilterChain chain) throws ServletException, IOException {
                        response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    }
                });
        registration.addUrlPatterns("/error", "/error/*");
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("directErrorRequestsNotFound");
        return registration;
    }
}
