package com.huoke.customer.segment;

import com.huoke.web.ResourceNotFoundException;
import java.util.UUID;

/** No saved segment has the requested id. */
public class SegmentNotFoundException extends ResourceNotFoundException {

  public SegmentNotFoundException(UUID id) {
    super("segment", String.valueOf(id));
  }
}
