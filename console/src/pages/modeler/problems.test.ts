import { describe, expect, it } from 'vitest';
import { blocksDeploy, countBySeverity, fromLintIssues, fromServerProblems, mergeProblems } from './problems';

describe('lint problem merging', () => {
  const lint = fromLintIssues({
    ServiceTask_Score: [
      { id: 'ServiceTask_Score', message: 'Element is missing required property <zeebe:TaskDefinition>', category: 'error', rule: 'camunda-compat/called-element' },
      { id: 'ServiceTask_Score', message: 'Element is missing label/name', category: 'warn', rule: 'label-required' },
    ],
    Process_1: [{ id: 'Process_1', message: 'Process has no end event', category: 'error', rule: 'end-event-required', isChildIssue: true, actualElementId: 'SubProcess_1' }],
  });

  it('names the element a rule meant, not the one the overlay sits on', () => {
    expect(lint.find((problem) => problem.rule === 'end-event-required')?.elementId).toBe('SubProcess_1');
  });

  it('maps bpmnlint categories to severities', () => {
    expect(countBySeverity(lint)).toEqual({ error: 2, warning: 1, info: 0 });
  });

  it('keeps one entry when linter and server report the same thing, errors first', () => {
    const server = fromServerProblems(
      [
        { resource: 'lead-intake.bpmn', elementId: 'ServiceTask_Score', message: 'Element is missing label/name' },
        { resource: 'lead-intake.bpmn', elementId: 'Gateway_Inclusive', message: 'inclusive gateways are not supported' },
        { resource: 'other.bpmn', elementId: 'X', message: 'belongs to another file' },
      ],
      'lead-intake.bpmn',
    );
    const merged = mergeProblems(lint, server);
    expect(merged.map((problem) => [problem.elementId, problem.severity, problem.source])).toEqual([
      ['Gateway_Inclusive', 'error', 'server'],
      // the lint warning "missing label/name" and the server's error of the same text: once, as the error
      ['ServiceTask_Score', 'error', 'server'],
      ['ServiceTask_Score', 'error', 'lint'],
      ['SubProcess_1', 'error', 'lint'],
    ]);
  });

  it('blocks deploying only while an error stands', () => {
    expect(blocksDeploy(lint)).toBe(true);
    expect(blocksDeploy(lint.filter((problem) => problem.severity !== 'error'))).toBe(false);
    expect(blocksDeploy(mergeProblems())).toBe(false);
  });
});
