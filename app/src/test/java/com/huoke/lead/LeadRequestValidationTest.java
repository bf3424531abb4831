package com.huoke.lead;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.huoke.testsupport.SecuredSlice;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The lead API reads its parameters and bodies before any service sees them: invalid ones are
 * answered with 400 (or 428) naming the parameter, and nothing is searched or changed.
 */
@SecuredSlice
@WebMvcTest({LeadController.class, LeadStatsController.class})
class LeadRequestValidationTest {

  static final UUID ID = UUID.fromString("6f1c2a44-8d0e-4b7e-9a51-3f0b8c2d1e77");

  @Autowired MockMvc mvc;
  @MockitoBean LeadManagement leads;
  @MockitoBean LeadSearch search;
  @MockitoBean LeadUpdates updates;
  @MockitoBean LeadStatistics statistics;

  /** The controllers read the business time zone from the real properties, defaults applied. */
  @TestConfiguration
  @EnableConfigurationProperties(LeadReportingProperties.class)
  static class ReportingProperties {}

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "status=FOO                          | status         | must be one of [NEW, SCORED",
        "status=NEW,NOPE                     | status         | but got 'NOPE'",
        "sourcePlatform=MYSPACE              | sourcePlatform | must be one of [WECHAT",
        "minScore=-1                         | minScore       | greater than or equal to 0",
        "maxScore=101                        | maxScore       | less than or equal to 100",
        "minScore=80&maxScore=20             | minScore       | must not be greater than maxScore",
        "hot=maybe                           | hot            | must be a Boolean",
        "createdFrom=yesterday               | createdFrom    | such as 2026-11-01",
        "createdTo=2026-13-01                | createdTo      | but got '2026-13-01'",
        "createdFrom=2026-11-02&createdTo=2026-11-01 | createdFrom | must be before createdTo",
        "sort=name,desc                      | sort           | must be one of [createdAt, updatedAt, score, contactName]",
        "sort=score,sideways                 | sort           | but got 'score,sideways'",
        "page=-1                             | page           | greater than or equal to 0",
        "size=101                            | size           | less than or equal to 100",
        "size=0                              | size           | greater than or equal to 1"
      })
  void rejectsAnInvalidListParameterNamingIt(String query, String field, String message)
      throws Exception {
    mvc.perform(get("/api/v1/leads?" + query))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors", hasSize(1)))
        .andExpect(jsonPath("$.errors[0].field").value(field))
        .andExpect(jsonPath("$.errors[0].message").value(containsString(message)));
    verifyNoInteractions(search);
  }

  @Test
  void rejectsSearchTextOver100Characters() throws Exception {
    mvc.perform(get("/api/v1/leads").param("q", "x".repeat(101)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("q"));
  }

  @Test
  void readsRepeatedAndCommaSeparatedFiltersDatesInTheBusinessTimeZoneAndSortKeys()
      throws Exception {
    when(search.search(any(), anyInt(), anyInt())).thenReturn(new LeadPage(List.of(), 2, 50, 0, 0));

    mvc.perform(
            get("/api/v1/leads")
                .param("status", "new,QUALIFYING", "NURTURING")
                .param("sourcePlatform", "DOUYIN")
                .param("sourceCampaign", " spring ")
                .param("hot", "true")
                .param("minScore", "60")
                .param("createdFrom", "2026-11-01")
                .param("createdTo", "2026-11-01")
                .param("q", "云启")
                .param("sort", "score,desc", "contactName")
                .param("page", "2")
                .param("size", "50"))
        .andExpect(status().isOk());

    verify(search)
        .search(
            eq(
                new LeadQuery(
                    Set.of(LeadStatus.NEW, LeadStatus.QUALIFYING, LeadStatus.NURTURING),
                    Set.of(SourcePlatform.DOUYIN),
                    null,
                    "spring",
                    null,
                    true,
                    60,
                    null,
                    // Asia/Shanghai (UTC+8): the whole of 1 November
                    Instant.parse("2026-10-31T16:00:00Z"),
                    Instant.parse("2026-11-01T16:00:00Z"),
                    "云启",
                    List.of(
                        new LeadQuery.Order(LeadQuery.Field.SCORE, true),
                        new LeadQuery.Order(LeadQuery.Field.CONTACT_NAME, false)))),
            eq(2),
            eq(50));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "from=last-week                   | from | such as 2026-11-01",
        "from=2026-11-02&to=2026-11-01    | from | must be before to",
        "from=2024-01-01&to=2026-01-01    | to   | at most 366 days after from",
        "top=0                            | top  | greater than or equal to 1"
      })
  void rejectsAnInvalidStatsParameterNamingIt(String query, String field, String message)
      throws Exception {
    mvc.perform(get("/api/v1/leads/stats?" + query))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value(field))
        .andExpect(jsonPath("$.errors[0].message").value(containsString(message)));
    verifyNoInteractions(statistics);
  }

  @Test
  void asksForAVersionWhenAnEditNamesNone() throws Exception {
    mvc.perform(putLead(null, "{\"contactName\": \"王芳\"}"))
        .andExpect(status().isPreconditionRequired())
        .andExpect(jsonPath("$.code").value("lead_version_required"));
    verifyNoInteractions(updates);
  }

  @Test
  void rejectsAnIfMatchThatIsNoETag() throws Exception {
    mvc.perform(putLead("*", "{\"contactName\": \"王芳\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
    verifyNoInteractions(updates);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"version\": 1, \"companySize\": \"HUGE\"}  | companySize | must be one of [MICRO",
        "{\"version\": 1, \"notes\": \"@@2001\"}       | notes       | size must be between 0 and 2000",
        "{\"version\": -1}                            | version     | greater than or equal to 0"
      })
  void rejectsAnInvalidEditNamingTheField(String body, String field, String message)
      throws Exception {
    mvc.perform(putLead(null, body.replace("@@2001", "x".repeat(2001))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value(field))
        .andExpect(jsonPath("$.errors[0].message").value(containsString(message)));
    verifyNoInteractions(updates);
  }

  @Test
  void rejectsAnAssignmentWithoutAssignee() throws Exception {
    mvc.perform(
            post("/api/v1/leads/{id}/assign", ID)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"assignee\": \" \"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("assignee"));
    verifyNoInteractions(updates);
  }

  @Test
  @WithAnonymousUser
  void refusesAConversionByNobodyWith401() throws Exception {
    mvc.perform(post("/api/v1/leads/{id}/convert", ID))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.code").value("unauthenticated"));
    verifyNoInteractions(updates);
  }

  private static org.springframework.test.web.servlet.RequestBuilder putLead(
      String ifMatch, String body) {
    var request =
        put("/api/v1/leads/{id}", ID).contentType(MediaType.APPLICATION_JSON).content(body);
    return ifMatch == null ? request : request.header("If-Match", ifMatch);
  }
}
