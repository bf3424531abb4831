import type { DeploymentProblem } from '../../api/types';

export type Severity = 'error' | 'warning' | 'info';

/** One problem of the diagram, whoever found it: bpmnlint in the browser or the server's translator. */
export interface DiagramProblem {
  key: string;
  elementId: string | null;
  message: string;
  severity: Severity;
  source: 'lint' | 'server';
  rule?: string;
}

/** An issue as bpmn-js-bpmnlint reports it in `linting.completed`. */
export interface LintIssue {
  id: string;
  message: string;
  category: 'error' | 'warn' | 'info' | 'rule-error' | string;
  rule?: string;
  isChildIssue?: boolean;
  actualElementId?: string;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function severityOf(category: string): Severity {
  if (category === 'warn') return 'warning';
  if (category === 'info') return 'info';
  return 'error';
}

/** Flattens the linter's per-element issues into problems, naming the element the rule meant. */
export function fromLintIssues(issues: Record<string, LintIssue[]>): DiagramProblem[] {
  return Object.values(issues)
    .flat()
    .map((issue) => {
      const elementId = issue.isChildIssue && issue.actualElementId ? issue.actualElementId : issue.id;
      return {
        key: `lint:${issue.rule ?? ''}:${elementId}:${issue.message}`,
        elementId,
        message: issue.message,
        severity: severityOf(issue.category),
        source: 'lint' as const,
        rule: issue.rule,
      };
    });
}

/** The server's findings (validate or a refused deploy) for this resource; all are errors. */
export function fromServerProblems(problems: DeploymentProblem[], resourceName?: string): DiagramProblem[] {
  return problems
    .filter((problem) => !resourceName || !problem.resource || problem.resource.endsWith(resourceName) || resourceName.endsWith(problem.resource))
    .map((problem) => ({
      key: `server:${problem.elementId ?? ''}:${problem.message}`,
      elementId: problem.elementId ?? null,
      message: problem.message,
      severity: 'error' as const,
      source: 'server' as const,
    }));
}

/**
 * One list for the problems panel: duplicates (same element, same message) once, errors first,
 * then by element so one element's problems stand together.
 */
export function mergeProblems(...lists: DiagramProblem[][]): DiagramProblem[] {
  const seen = new Map<string, DiagramProblem>();
  for (const problem of lists.flat()) {
    const identity = `${problem.elementId ?? ''}\u0000${problem.message.trim()}`;
    const existing = seen.get(identity);
    if (!existing || SEVERITY_ORDER[problem.severity] < SEVERITY_ORDER[existing.severity]) {
      seen.set(identity, problem);
    }
  }
  return [...seen.values()].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.elementId ?? '').localeCompare(b.elementId ?? '') ||
      a.message.localeCompare(b.message),
  );
}

export function countBySeverity(problems: DiagramProblem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  problems.forEach((problem) => {
    counts[problem.severity] += 1;
  });
  return counts;
}

/** Deploying is blocked while any error stands. */
export function blocksDeploy(problems: DiagramProblem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
