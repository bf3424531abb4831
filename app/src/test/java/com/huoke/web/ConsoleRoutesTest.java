package com.huoke.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.huoke.testsupport.SecuredSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's routes reload into the SPA; files, assets and the API keep their own answers. The
 * test points the console at a stand-in ({@code console-test/}: index.html and one hashed asset).
 */
@WebMvcTest(
    controllers = ConsoleRoutesTest.Api.class,
    properties = {
      "huoke.console.location=classpath:/console-test/",
      "spring.web.resources.static-locations=classpath:/console-test/"
    })
@Import({ConsoleRoutes.class, ConsoleRoutesTest.Api.class})
@SecuredSlice
class ConsoleRoutesTest {

  @Autowired MockMvc mvc;

  @Test
  void answersAConsoleRouteWithTheConsolePage() throws Exception {
    mvc.perform(get("/tasks/123"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<div id=\"root\">")))
        .andExpect(header().string("Cache-Control", "no-cache"));
    mvc.perform(get("/monitor/instances/2251799813685249"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<div id=\"root\">")));
  }

  @Test
  void answersTheRootWithTheConsolePage() throws Exception {
    // Spring Boot's welcome page forwards / to index.html, which the console handler serves
    mvc.perform(get("/")).andExpect(status().isOk()).andExpect(forwardedUrl("index.html"));
    mvc.perform(get("/index.html"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<div id=\"root\">")));
  }

  @Test
  void cachesHashedAssetsForAYear() throws Exception {
    mvc.perform(get("/assets/index-Ab12Cd34.js"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("console")))
        .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
  }

  @Test
  void leavesTheApiToItsControllers() throws Exception {
    mvc.perform(get("/api/v1/ping")).andExpect(status().isOk()).andExpect(content().string("pong"));
    mvc.perform(get("/api/v1/no-such-thing")).andExpect(status().isNotFound());
  }

  @Test
  void answersAMissingFileWith404() throws Exception {
    mvc.perform(get("/assets/gone-123.js")).andExpect(status().isNotFound());
    mvc.perform(get("/favicon-missing.png")).andExpect(status().isNotFound());
  }

  @RestController
  static class Api {
    @GetMapping("/api/v1/ping")
    String ping() {
      return "pong";
    }
  }
}
