package com.huoke;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** HuoKe (火客): the Spring Boot application that hosts every feature and the embedded engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HuoKeApplication {

  public static void main(String[] args) {
    SpringApplication.run(HuoKeApplication.class, args);
  }
}
