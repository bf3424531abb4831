import type { ElementInstance, Incident } from '../../api/types';

/** A sequence flow of the diagram, by the ids of the elements it joins. */
export interface FlowRef {
  id: string;
  sourceId: string;
  targetId: string;
}

/** What the instance diagram marks: where the token is, where it went, and what failed. */
export interface DiagramMarking {
  active: string[];
  completed: string[];
  terminated: string[];
  /** element id → error messages of its open incidents */
  incidents: Record<string, string[]>;
  takenFlows: string[];
  /** element id → how many instances of it are active (shown as a badge when > 1) */
  activeCounts: Record<string, number>;
}

/**
 * The element type without spelling: the embedded engine says {@code USER_TASK}, Camunda 8 says
 * {@code userTask}, a BPMN type is {@code bpmn:UserTask} — all become {@code USERTASK}.
 */
function typeOf(element: ElementInstance): string {
  return (element.elementType ?? '').replace(/^bpmn:/i, '').replace(/_/g, '').toUpperCase();
}

function isFlow(element: ElementInstance): boolean {
  return typeOf(element) === 'SEQUENCEFLOW';
}

/**
 * Works out the marking from the instance's element history and incidents. An element that is
 * active again (a loop) shows as active, not completed. A flow counts as taken when its source
 * completed and its target was reached; flows the history lists themselves are always taken.
 */
export function computeMarking(elements: ElementInstance[], incidents: Incident[], flows: FlowRef[]): DiagramMarking {
  const activeCounts: Record<string, number> = {};
  const completed = new Set<string>();
  const terminated = new Set<string>();
  const reached = new Set<string>();
  const takenFlows = new Set<string>();

  for (const element of elements) {
    if (typeOf(element) === 'PROCESS') continue;
    if (isFlow(element)) {
      takenFlows.add(element.elementId);
      continue;
    }
    reached.add(element.elementId);
    if (element.state === 'ACTIVE') activeCounts[element.elementId] = (activeCounts[element.elementId] ?? 0) + 1;
    else if (element.state === 'COMPLETED') completed.add(element.elementId);
    else if (element.state === 'TERMINATED') terminated.add(element.elementId);
  }

  for (const flow of flows) {
    if (completed.has(flow.sourceId) && reached.has(flow.targetId)) takenFlows.add(flow.id);
  }

  const incidentMessages: Record<string, string[]> = {};
  for (const incident of incidents) {
    (incidentMessages[incident.elementId] ??= []).push(incident.errorMessage || incident.errorType);
  }

  const active = Object.keys(activeCounts);
  return {
    active,
    completed: [...completed].filter((id) => !(id in activeCounts)),
    terminated: [...terminated].filter((id) => !(id in activeCounts) && !completed.has(id)),
    incidents: incidentMessages,
    takenFlows: [...takenFlows],
    activeCounts,
  };
}
