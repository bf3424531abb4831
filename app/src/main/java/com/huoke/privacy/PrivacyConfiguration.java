package com.huoke.privacy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The privacy beans; public so that test slices storing personal data ({@code @DataJpaTest} with
 * {@link PersonalDataConverter} columns) can import it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
public class PrivacyConfiguration {

  @Bean
  PrivacyKeys privacyKeys(PrivacyProperties properties) {
    return PrivacyKeys.from(properties);
  }

  @Bean
  PersonalDataCipher personalDataCipher(PrivacyKeys keys) {
    return new PersonalDataCipher(keys.encryptionKey());
  }

  @Bean
  LookupHash lookupHash(PrivacyKeys keys) {
    return new LookupHash(keys.lookupKey());
  }

  @Bean
  PersonalDataAccess personalDataAccess(PrivacyProperties properties) {
    return new PersonalDataAccess(properties.visibleToRoles());
  }
}
