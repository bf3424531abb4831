package com.huoke.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * One row of {@code lead_escalations}: groups are stored comma-separated, as the BPMN names them.
 */
@Embeddable
record EscalationEntry(
    @Column(name = "user_task_key") String userTaskKey,
    @Column(name = "from_groups") String fromGroups,
    @Column(name = "to_groups") String toGroups,
    @Column(name = "escalated_at") Instant escalatedAt) {}
