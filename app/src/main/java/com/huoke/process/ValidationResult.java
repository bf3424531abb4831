package com.huoke.process;

import com.huoke.engine.DeploymentProblem;
import java.util.List;

/** The dry run's answer: empty {@code problems} means the resources are deployable. */
record ValidationResult(List<DeploymentProblem> problems) {}
