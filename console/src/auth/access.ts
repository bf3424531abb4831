import type { Role } from '../api/client';

/** Which roles see which part of the console (mirrors the API's role matrix). */
export const ACCESS = {
  dashboard: null,
  leads: ['ADMIN', 'MARKETER', 'AGENT'],
  customers: ['ADMIN', 'MARKETER', 'AGENT'],
  tasks: null,
  modeler: ['ADMIN', 'MARKETER', 'DEVELOPER'],
  forms: ['ADMIN', 'MARKETER', 'DEVELOPER'],
  monitor: ['ADMIN', 'OPS', 'DEVELOPER', 'MARKETER'],
  deploy: ['ADMIN', 'MARKETER', 'DEVELOPER'],
  operate: ['ADMIN', 'OPS', 'DEVELOPER'],
  allTasks: ['ADMIN', 'OPS'],
} as const satisfies Record<string, readonly Role[] | null>;

export type Area = keyof typeof ACCESS;

export function mayAccess(roles: readonly Role[] | undefined, area: Area): boolean {
  const allowed: readonly Role[] | null = ACCESS[area];
  return allowed === null || (!!roles && roles.some((role) => allowed.includes(role)));
}
