package com.huoke.process;

import com.huoke.web.MaxJsonSize;
import java.util.Map;

/** The variables the form submits with the task; none is fine. */
record CompleteTaskRequest(@MaxJsonSize(bytes = 1_000_000) Map<String, Object> variables) {}
