import { describe, expect, it } from 'vitest';
import { pageChunkFor } from './App';

describe('pageChunkFor', () => {
  it.each([
    ['/', 'dashboard'],
    ['/leads', 'leadList'],
    ['/leads/4f1c', 'leadDetail'],
    ['/customers', 'customerList'],
    ['/customers/9a2b', 'customerDetail'],
    ['/tasks', 'tasks'],
    ['/tasks/123', 'tasks'],
    ['/modeler', 'processList'],
    ['/modeler/new', 'modeler'],
    ['/modeler/lead-intake:1:abc', 'modeler'],
    ['/form-editor', 'formEditor'],
    ['/monitor', 'definitions'],
    ['/monitor/instances', 'instanceList'],
    ['/monitor/instances/42', 'instance'],
  ])('preloads the page %s shows', (path, chunk) => {
    expect(pageChunkFor(path)).toBe(chunk);
  });

  it('preloads nothing for sign-in or an unknown address', () => {
    expect(pageChunkFor('/login')).toBeUndefined();
    expect(pageChunkFor('/nope')).toBeUndefined();
  });
});
