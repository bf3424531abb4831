import { describe, expect, it } from 'vitest';
import { DUE_SOON_MS, dueState } from './sla';

describe('task SLA', () => {
  const now = Date.parse('2026-11-25T10:00:00Z');
  it('is overdue once the due date has passed', () => {
    expect(dueState('2026-11-25T09:59:00Z', now)).toBe('overdue');
  });
  it('is due soon within the warning window, otherwise fine', () => {
    expect(dueState(new Date(now + DUE_SOON_MS - 1000).toISOString(), now)).toBe('soon');
    expect(dueState('2026-11-27T10:00:00Z', now)).toBe('ok');
  });
  it('has no state without a due date', () => {
    expect(dueState(null, now)).toBe('none');
    expect(dueState('not a date', now)).toBe('none');
  });
});
