package com.huoke.process;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** How many retries the failed job gets back; 3 when left out. */
record RetryRequest(@Min(1) @Max(100) Integer retries) {

  static final int DEFAULT_RETRIES = 3;

  int retriesOrDefault() {
    return retries == null ? DEFAULT_RETRIES : retries;
  }
}
