import { describe, expect, it } from 'vitest';
import type { ElementInstance, Incident } from '../../api/types';
import { computeMarking, type FlowRef } from './marking';

let next = 0;
function element(elementId: string, state: ElementInstance['state'], elementType = 'SERVICE_TASK'): ElementInstance {
  next += 1;
  return { elementInstanceKey: String(next), elementId, elementName: null, elementType, state, startDate: null, endDate: null };
}

function incident(elementId: string, errorMessage: string): Incident {
  return { incidentKey: `i-${elementId}`, processInstanceKey: 'p', processDefinitionId: 'lead-intake', elementId, jobKey: null, errorType: 'JOB_NO_RETRIES', errorMessage, creationTime: '2026-11-25T09:00:00Z' };
}

const flows: FlowRef[] = [
  { id: 'Flow_1', sourceId: 'StartEvent_1', targetId: 'ServiceTask_Score' },
  { id: 'Flow_2', sourceId: 'ServiceTask_Score', targetId: 'Gateway_IsHot' },
  { id: 'Flow_Hot', sourceId: 'Gateway_IsHot', targetId: 'UserTask_Qualify' },
  { id: 'Flow_Cold', sourceId: 'Gateway_IsHot', targetId: 'ServiceTask_Nurture' },
];

describe('diagram marking', () => {
  it('marks the path taken up to the waiting task, not the branch not taken', () => {
    const marking = computeMarking(
      [
        element('lead-intake', 'ACTIVE', 'PROCESS'),
        element('StartEvent_1', 'COMPLETED', 'START_EVENT'),
        element('ServiceTask_Score', 'COMPLETED'),
        element('Gateway_IsHot', 'COMPLETED', 'EXCLUSIVE_GATEWAY'),
        element('UserTask_Qualify', 'ACTIVE', 'USER_TASK'),
      ],
      [],
      flows,
    );
    expect(marking.active).toEqual(['UserTask_Qualify']);
    expect(marking.completed).toEqual(['StartEvent_1', 'ServiceTask_Score', 'Gateway_IsHot']);
    expect(marking.takenFlows.sort()).toEqual(['Flow_1', 'Flow_2', 'Flow_Hot']);
    expect(marking.active).not.toContain('lead-intake');
  });

  it('shows an element active again in a loop as active, with a count for parallel tokens', () => {
    const marking = computeMarking(
      [element('Task_Remind', 'COMPLETED'), element('Task_Remind', 'ACTIVE'), element('Task_Remind', 'ACTIVE')],
      [],
      [],
    );
    expect(marking.active).toEqual(['Task_Remind']);
    expect(marking.completed).toEqual([]);
    expect(marking.activeCounts).toEqual({ Task_Remind: 2 });
  });

  it('collects incident messages per element', () => {
    const marking = computeMarking(
      [element('ServiceTask_Score', 'ACTIVE')],
      [incident('ServiceTask_Score', 'scoring service down'), incident('ServiceTask_Score', 'timeout')],
      flows,
    );
    expect(marking.incidents).toEqual({ ServiceTask_Score: ['scoring service down', 'timeout'] });
  });

  it('takes flows the history lists itself and keeps terminated elements apart', () => {
    const marking = computeMarking(
      [element('Flow_X', 'COMPLETED', 'SEQUENCE_FLOW'), element('Timer_Wait', 'TERMINATED', 'BOUNDARY_EVENT')],
      [],
      [],
    );
    expect(marking.takenFlows).toEqual(['Flow_X']);
    expect(marking.terminated).toEqual(['Timer_Wait']);
  });

  it('reads Camunda 8 element types (process, sequenceFlow) like the embedded engine ones', () => {
    const marking = computeMarking(
      [
        element('lead-intake', 'ACTIVE', 'process'),
        element('StartEvent_1', 'COMPLETED', 'startEvent'),
        element('Flow_1', 'COMPLETED', 'sequenceFlow'),
        element('ServiceTask_Score', 'ACTIVE', 'serviceTask'),
      ],
      [],
      flows,
    );
    expect(marking.active).toEqual(['ServiceTask_Score']);
    expect(marking.completed).toEqual(['StartEvent_1']);
    expect(marking.takenFlows).toEqual(['Flow_1']);
  });
});
