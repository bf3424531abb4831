package com.huoke.testsupport;

import com.huoke.security.SecurityConfiguration;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * For {@code @WebMvcTest} slices: requests go through the app's real security filter chain (not
 * Spring Boot's default one, which would ask for a password and a CSRF token), as a signed-in admin
 * unless a test says otherwise with {@code @WithMockUser}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(SecurityConfiguration.class)
@WithMockUser(username = "admin", roles = "ADMIN")
public @interface SecuredSlice {}
