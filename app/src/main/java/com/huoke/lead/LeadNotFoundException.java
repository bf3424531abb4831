package com.huoke.lead;

import com.huoke.web.ResourceNotFoundException;
import java.util.UUID;

/** No lead has the requested id. */
public class LeadNotFoundException extends ResourceNotFoundException {

  public LeadNotFoundException(UUID id) {
    super("lead", id.toString());
  }
}
