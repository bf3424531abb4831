package com.huoke.lead;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON columns (raw data, activities, score breakdown) are written with the app's ObjectMapper, so
 * times are stored as ISO-8601 text, readable in SQL, rather than Hibernate's default epoch
 * numbers.
 */
@Configuration(proxyBeanMethods = false)
class LeadJsonColumns {

  @Bean
  HibernatePropertiesCustomizer jsonColumnsWithAppObjectMapper(ObjectMapper objectMapper) {
    return properties ->
        properties.put(
            AvailableSettings.JSON_FORMAT_MAPPER, new JacksonJsonFormatMapper(objectMapper));
  }
}
