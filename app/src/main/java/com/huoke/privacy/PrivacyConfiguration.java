package com.huoke.privacy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
class PrivacyConfiguration {

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
