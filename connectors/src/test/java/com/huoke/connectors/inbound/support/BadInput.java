package com.huoke.connectors.inbound.support;

import com.huoke.connectors.inbound.InboundRequest;

/**
 * One row of a receiver's bad-input table: a request and what must become of it.
 *
 * @param name what is wrong with the request, shown as the test name
 */
public record BadInput(String name, InboundRequest request, ExpectedOutcome expected) {

  @Override
  public String toString() {
    return name;
  }
}
