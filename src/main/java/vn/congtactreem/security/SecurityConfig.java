package vn.congtactreem.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import vn.congtactreem.base.audit.ApiCallDetails;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserService;
import vn.congtactreem.security.ui.LoginView;

/**
 * Four chains, most specific first: Camunda's webapps, Camunda's engine REST, the domain API and
 * the actuator; everything else is the Vaadin application with its login view.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityConfig extends VaadinWebSecurity {

    static final String LOGIN_PATH = "/login";

    private final ObjectProvider<UserService> users;

    public SecurityConfig(ObjectProvider<UserService> users) {
        this.users = users;
    }

    /**
     * BCrypt at {@code app.security.bcrypt-strength} (log rounds, 10 by default as Spring's own): the tests lower it
     * (pom.xml), where every test makes its own users and only the rule matters, not the cost.
     */
    @Bean
    public PasswordEncoder passwordEncoder(
            @org.springframework.beans.factory.annotation.Value("${app.security.bcrypt-strength:10}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }

    /** Cockpit, tasklist and admin: ADMIN only, signed in through the application's login page. */
    @Bean
    @Order(1)
    SecurityFilterChain camundaWebappChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.ADMIN_NAME))
                // Camunda's webapps carry their own CSRF protection (CsrfPreventionFilter)
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PATH)))
                .build();
    }

    /**
     * The engine's REST API: ADMIN only, no session; HTTP Basic or an administrator's personal access token
     * (the same as the domain API's), so a script does not pay a BCrypt check on every call.
     */
    @Bean
    @Order(2)
    SecurityFilterChain engineRestChain(HttpSecurity http) throws Exception {
        return stateless(http.securityMatcher(path("/engine-rest/**")))
                .addFilterBefore(new CrossSiteApiCheck(), BasicAuthenticationFilter.class)
                .addFilterBefore(bearerTokens(http), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.ADMIN_NAME))
                .build();
    }

    /** The domain API for scripts and integrations: HTTP Basic for the same users; services scope the data. */
    @Bean
    @Order(3)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        return domainApi(http);
    }

    /** The domain API's chain, also what the controllers' slice tests ({@code @WebMvcTest}) run behind. */
    public static SecurityFilterChain domainApi(HttpSecurity http) throws Exception {
        return stateless(http.securityMatcher(path("/api/**")))
                .addFilterBefore(new CrossSiteApiCheck(), BasicAuthenticationFilter.class)
                .addFilterBefore(bearerTokens(http), BasicAuthenticationFilter.class)
                .headers(SecurityHeaders::apply)
                // the administration API is refused to others before its body is even read (403, not a 400)
                .authorizeHttpRequests(auth -> auth.requestMatchers(path("/api/v1/admin/**"))
                        .hasRole(Role.ADMIN_NAME).anyRequest().authenticated())
                .build();
    }

    /** The OpenAPI document and Swagger UI: any signed-in user (session or HTTP Basic). */
    @Bean
    @Order(4)
    SecurityFilterChain apiDocsChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(path("/v3/api-docs"), path("/v3/api-docs/**"),
                        path("/swagger-ui/**"), path("/swagger-ui.html")))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(SignInRefusals.basic()))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders::apply)
                .build();
    }

    /** Health answers everyone (load balancers, compose); every other actuator endpoint needs ADMIN. */
    @Bean
    @Order(5)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        return stateless(http.securityMatcher(path("/actuator/**")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
                        .anyRequest().hasRole(Role.ADMIN_NAME))
                .build();
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(path("/error"), path("/images/**"), path("/icons/**")).permitAll());
        super.configure(http);
        setLoginView(http, LoginView.class);
        http.formLogin(form -> form.failureHandler(SignInRefusals.loginForm(LOGIN_PATH)));
        http.addFilterBefore(new LoginCsrfCheck(LOGIN_PATH), UsernamePasswordAuthenticationFilter.class);
        http.headers(SecurityHeaders::apply);
        http.addFilterAfter(new DeactivatedSessionCheck(users, LOGIN_PATH), SecurityContextHolderFilter.class);
    }

    /**
     * Refusals by address (the filters' rules above) are published, for the audit trail. Static: method security
     * asks for it while ordering its advisors, before this configuration could be made (its Vaadin base class reads
     * the servlet context, which Spring AOT's build-time processing does not have).
     */
    @Bean
    static AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    /** Hands the signed-in ADMIN to Camunda's webapps, after the Spring Security filter chain ran. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaSingleSignOnFilter() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", CamundaSingleSignOn.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(101);
        return registration;
    }

    /** Personal access tokens (Authorization: Bearer), one indexed look-up instead of a BCrypt check. */
    private static BearerTokenFilter bearerTokens(HttpSecurity http) {
        ApplicationContext context = http.getSharedObject(ApplicationContext.class);
        return new BearerTokenFilter(() -> context.getBeanProvider(BearerTokens.class).getIfAvailable(),
                () -> context.getBean(UserService.class));
    }

    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.httpBasic(basic -> basic.authenticationEntryPoint(SignInRefusals.basic())
                        .authenticationDetailsSource(ApiCallDetails.SOURCE))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    }

    private static PathPatternRequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
