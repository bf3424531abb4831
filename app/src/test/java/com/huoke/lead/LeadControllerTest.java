package com.huoke.lead;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.testsupport.SecuredSlice;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@SecuredSlice
@WebMvcTest(LeadController.class)
class LeadControllerTest {

  static final UUID ID = UUID.fromString("6f1c2a44-8d0e-4b7e-9a51-3f0b8c2d1e77");

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @MockitoBean LeadManagement leads;
  @MockitoBean LeadSearch search;
  @MockitoBean LeadUpdates updates;

  /** The controllers read the business time zone from the real properties, defaults applied. */
  @TestConfiguration
  @EnableConfigurationProperties(LeadReportingProperties.class)
  static class ReportingProperties {}

  @Test
  void acceptsALeadWith201AndItsLocation() throws Exception {
    when(leads.capture(any())).thenReturn(new LeadAccepted(ID, LeadStatus.NEW, "pi-1"));

    mvc.perform(postLead(json.writeValueAsString(LeadFixtures.hotLead())))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "http://localhost/api/v1/leads/" + ID))
        .andExpect(jsonPath("$.id").value(ID.toString()))
        .andExpect(jsonPath("$.status").value("NEW"))
        .andExpect(jsonPath("$.processInstanceKey").value("pi-1"));
  }

  @Test
  void acceptsALeadWithOnlyAPlatformAndAWeChatId() throws Exception {
    when(leads.capture(any())).thenReturn(new LeadAccepted(ID, LeadStatus.NEW, "pi-1"));

    mvc.perform(postLead("{\"sourcePlatform\": \"WECOM\", \"contactWechat\": \"wx_1\"}"))
        .andExpect(status().isCreated());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidLeads")
  void rejectsAnInvalidLeadNamingTheField(
      String name, Map<String, Object> patch, String field, String message) throws Exception {
    String body = json.writeValueAsString(LeadFixtures.patched(LeadFixtures.hotLead(), patch));

    mvc.perform(postLead(body))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(jsonPath("$.errors", hasSize(1)))
        .andExpect(jsonPath("$.errors[0].field").value(field))
        .andExpect(jsonPath("$.errors[0].message").value(containsString(message)))
        .andExpect(jsonPath("$.detail").value(containsString(field)));
    verify(leads, never()).capture(any());
  }

  @Test
  void rejectsMalformedJsonNamingThePosition() throws Exception {
    mvc.perform(postLead("{\"sourcePlatform\": \"DOUYIN\",\n \"contactPhone\": }"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("malformed_json"))
        .andExpect(jsonPath("$.errors[0].field").value("contactPhone"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("line 2, column 18")))
        .andExpect(jsonPath("$.detail").value(containsString("contactPhone")));
    verify(leads, never()).capture(any());
  }

  @Test
  void rejectsTruncatedJson() throws Exception {
    mvc.perform(postLead("{\"sourcePlatform\": \"DOUYIN\""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("malformed_json"))
        .andExpect(jsonPath("$.detail").value(containsString("malformed JSON at line 1")));
  }

  @Test
  void rejectsAMissingBody() throws Exception {
    mvc.perform(postLead(""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("missing_body"));
  }

  @Test
  void answersAnUnknownLeadWith404() throws Exception {
    when(updates.details(ID)).thenThrow(new LeadNotFoundException(ID));

    mvc.perform(get("/api/v1/leads/{id}", ID))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("lead_not_found"))
        .andExpect(jsonPath("$.detail").value(containsString(ID.toString())));
  }

  @Test
  void rejectsAnIdThatIsNoUuid() throws Exception {
    mvc.perform(get("/api/v1/leads/{id}", "lead-42"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("id"))
        .andExpect(jsonPath("$.errors[0].message").value("must be a UUID, but got 'lead-42'"));
  }

  @Test
  void rejectsAPageSizeOver100() throws Exception {
    mvc.perform(get("/api/v1/leads").param("size", "1000"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("size"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("100")));
  }

  @Test
  void pagesLeadsWithDefaults() throws Exception {
    when(search.search(LeadQuery.all(), 0, 20)).thenReturn(new LeadPage(List.of(), 0, 20, 0, 0));

    mvc.perform(get("/api/v1/leads"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.size").value(20));
  }

  private static org.springframework.test.web.servlet.RequestBuilder postLead(String body) {
    return post("/api/v1/leads").contentType(MediaType.APPLICATION_JSON).content(body);
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> invalidLeads() throws IOException {
    try (InputStream in =
        LeadControllerTest.class.getResourceAsStream("/lead/invalid-leads.json")) {
      List<Map<String, Object>> cases = new ObjectMapper().readValue(in, new TypeReference<>() {});
      return cases.stream()
          .map(
              c ->
                  org.junit.jupiter.params.provider.Arguments.of(
                      c.get("case"), expandHuge(c.get("patch")), c.get("field"), c.get("message")));
    }
  }

  /** {@code "@@HUGE:n@@"} in a case stands for a string of n characters. */
  @SuppressWarnings("unchecked")
  private static <T> T expandHuge(T value) {
    if (value instanceof String s && s.startsWith("@@HUGE:")) {
      return (T) "x".repeat(Integer.parseInt(s.substring(7, s.length() - 2)));
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new java.util.LinkedHashMap<>();
      map.forEach((k, v) -> copy.put((String) k, expandHuge(v)));
      return (T) copy;
    }
    return value;
  }
}
