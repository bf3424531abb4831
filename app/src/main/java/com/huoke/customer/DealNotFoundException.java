package com.huoke.customer;

import com.huoke.web.ResourceNotFoundException;
import java.util.UUID;

/** The customer has no deal with the requested id. */
public class DealNotFoundException extends ResourceNotFoundException {

  public DealNotFoundException(UUID id) {
    super("deal", String.valueOf(id));
  }
}
