package com.huoke.process;

/** A request that needs to know who calls came without a signed-in caller: answered 401. */
class NotSignedInException extends RuntimeException {

  NotSignedInException() {
    super("Expected a signed-in caller, but the request carries none");
  }
}
