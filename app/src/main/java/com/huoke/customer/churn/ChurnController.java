package com.huoke.customer.churn;

import java.time.Instant;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/customers/churn-check}: runs the nightly churn check now, for operators. */
@RestController
class ChurnController {

  private final ChurnCheck check;

  ChurnController(ChurnCheck check) {
    this.check = check;
  }

  /** Answers how many customers were flagged and cleared, and the stage moves made. */
  @PostMapping("/api/v1/customers/churn-check")
  ChurnCheckResult run() {
    return check.run(Instant.now());
  }
}
