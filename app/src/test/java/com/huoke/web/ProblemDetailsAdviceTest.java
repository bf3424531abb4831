package com.huoke.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.huoke.engine.EngineNotFoundException;
import com.huoke.engine.UnsupportedBpmnException;
import com.huoke.testsupport.SecuredSlice;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Engine failures any feature may raise map to the same problem details. */
@SecuredSlice
@WebMvcTest(ProblemDetailsAdviceTest.Failing.class)
@Import(ProblemDetailsAdviceTest.Failing.class)
class ProblemDetailsAdviceTest {

  @Autowired MockMvc mvc;

  @Test
  void answersAnUnknownTaskWith404() throws Exception {
    mvc.perform(get("/failing/task"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("user_task_not_found"))
        .andExpect(jsonPath("$.detail").value("Expected to find user task '42', but none exists"));
  }

  @Test
  void answersUnsupportedBpmnWith422NamingTheElement() throws Exception {
    mvc.perform(get("/failing/bpmn"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("unsupported_bpmn"))
        .andExpect(jsonPath("$.resource").value("processes/x.bpmn"))
        .andExpect(jsonPath("$.errors[0].elementId").value("Gateway_Inclusive"))
        .andExpect(jsonPath("$.errors[0].reason").value("inclusive gateways are not supported"));
  }

  @Test
  void answersAnUnknownResourceWith404() throws Exception {
    mvc.perform(get("/failing/resource"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("campaign_not_found"));
  }

  @RestController
  static class Failing {
    @GetMapping("/failing/task")
    void task() {
      throw new EngineNotFoundException("user task", "42");
    }

    @GetMapping("/failing/bpmn")
    void bpmn() {
      throw new UnsupportedBpmnException(
          "processes/x.bpmn",
          List.of(
              new UnsupportedBpmnException.Rejection(
                  "Gateway_Inclusive", "inclusive gateways are not supported")));
    }

    @GetMapping("/failing/resource")
    void resource() {
      throw new ResourceNotFoundException("campaign", "c-1");
    }
  }
}
