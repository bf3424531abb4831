package com.huoke.security;

import static com.huoke.security.Role.ADMIN;
import static com.huoke.security.Role.AGENT;
import static com.huoke.security.Role.DEVELOPER;
import static com.huoke.security.Role.MARKETER;
import static com.huoke.security.Role.OPS;

import jakarta.servlet.DispatcherType;
import java.util.Arrays;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call what (CONSOLE-API.md, role matrix). First match wins, so specific rules come before
 * general ones. An API path the matrix does not name yet is for admins only: a new endpoint is
 * closed until someone decides who may use it.
 */
final class ApiAccessRules {

  private static final String[] CRM = {
    "/api/v1/leads/**",
    "/api/v1/customers/**",
    "/api/v1/tags/**",
    "/api/v1/segments/**",
    "/api/v1/inbox/**"
  };
  private static final String[] MODELLING = {
    "/api/v1/process-definitions/**",
    "/api/v1/deployments/**",
    "/api/v1/element-templates/**",
    "/api/v1/form-definitions/**"
  };
  private static final String[] OPERATIONS = {
    "/api/v1/process-instances/**", "/api/v1/incidents/**"
  };

  private ApiAccessRules() {}

  static void apply(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    rules
        // error pages and the console's forwards to index.html render what was already allowed
        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
        .permitAll()
        .requestMatchers(PublicEndpoints.API)
        .permitAll()
        // what a load balancer and a metrics scraper need, without a user: no personal data
        .requestMatchers(
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
        .permitAll()
        .requestMatchers("/api/v1/auth/**", "/api/v1/user-tasks/**")
        .authenticated()
        .requestMatchers("/api/v1/users/**")
        .hasRole(ADMIN.name())
        .requestMatchers(CRM)
        .hasAnyRole(roles(ADMIN, MARKETER, AGENT))
        .requestMatchers("/api/v1/channels/**")
        .hasAnyRole(roles(ADMIN, MARKETER, DEVELOPER, OPS))
        .requestMatchers(HttpMethod.GET, MODELLING)
        .authenticated()
        .requestMatchers(MODELLING)
        .hasAnyRole(roles(ADMIN, MARKETER, DEVELOPER))
        // starting an instance is modelling work (a test run), not operations
        .requestMatchers(HttpMethod.POST, "/api/v1/process-instances")
        .hasAnyRole(roles(ADMIN, MARKETER, DEVELOPER))
        .requestMatchers(HttpMethod.GET, OPERATIONS)
        .hasAnyRole(roles(ADMIN, OPS, DEVELOPER, MARKETER))
        .requestMatchers(OPERATIONS)
        .hasAnyRole(roles(ADMIN, OPS, DEVELOPER))
        .requestMatchers("/api/**")
        .hasRole(ADMIN.name())
        .requestMatchers("/actuator/**")
        .hasAnyRole(roles(ADMIN, OPS))
        // the console (/, /index.html, /assets/**, its routes), hosted form pages, redirects
        .requestMatchers(HttpMethod.GET, "/**")
        .permitAll()
        .requestMatchers(HttpMethod.HEAD, "/**")
        .permitAll()
        .anyRequest()
        .denyAll();
  }

  private static String[] roles(Role... roles) {
    return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
  }
}
