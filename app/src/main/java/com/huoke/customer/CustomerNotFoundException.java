package com.huoke.customer;

import com.huoke.web.ResourceNotFoundException;
import java.util.UUID;

/** No customer has the requested id. */
public class CustomerNotFoundException extends ResourceNotFoundException {

  public CustomerNotFoundException(UUID id) {
    super("customer", String.valueOf(id));
  }
}
