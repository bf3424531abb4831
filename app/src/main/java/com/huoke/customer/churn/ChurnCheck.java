package com.huoke.customer.churn;

import com.huoke.customer.stagerule.StageRules;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The nightly customer check: flag customers gone quiet, clear the flag of those active again, then
 * sweep the stage rules — time alone moves customers past "90 days without activity".
 */
@Service
public class ChurnCheck {

  private static final Logger log = LoggerFactory.getLogger(ChurnCheck.class);

  private final ChurnWarning warning;
  private final StageRules stageRules;
  private final ChurnProperties properties;

  ChurnCheck(ChurnWarning warning, StageRules stageRules, ChurnProperties properties) {
    this.warning = warning;
    this.stageRules = stageRules;
    this.properties = properties;
  }

  /** Runs the check as of {@code now}. */
  public ChurnCheckResult run(Instant now) {
    int flagged = warning.flagInactive(now);
    int cleared = warning.clearActive(now);
    int moved = stageRules.sweep(now);
    ChurnCheckResult result =
        new ChurnCheckResult(now, properties.inactiveDays(), flagged, cleared, moved);
    log.info("Churn check: {}", result);
    return result;
  }
}
