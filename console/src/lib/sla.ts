/** How close a user task is to its due date (the SLA the process set). */
export type DueState = 'none' | 'overdue' | 'soon' | 'ok';

/** "soon" = due within this many milliseconds. */
export const DUE_SOON_MS = 4 * 60 * 60 * 1000;

export function dueState(dueDate: string | null | undefined, now: number = Date.now()): DueState {
  if (!dueDate) return 'none';
  const due = Date.parse(dueDate);
  if (Number.isNaN(due)) return 'none';
  if (due <= now) return 'overdue';
  return due - now <= DUE_SOON_MS ? 'soon' : 'ok';
}
