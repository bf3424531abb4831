import { describe, expect, it } from 'vitest';
import { urlPaging } from './searchParams';

describe('urlPaging', () => {
  it('reads page, size and sort order from the URL filters', () => {
    const paging = urlPaging({ page: '2', size: '50', sort: 'score,asc' }, () => undefined);
    expect([paging.page, paging.size]).toEqual([2, 50]);
    expect(paging.sortOrder('score')).toBe('ascend');
    expect(paging.sortOrder('createdAt')).toBeNull();
    expect(paging.pagination(120, () => '')).toMatchObject({ current: 3, pageSize: 50, total: 120 });
  });

  it('writes the table’s page, size and sort back without resetting the page', () => {
    const written: unknown[] = [];
    const paging = urlPaging({}, (next, resetPage) => written.push([next, resetPage]));
    paging.onChange({ current: 4, pageSize: 20 }, {}, { field: 'createdAt', order: 'descend' });
    paging.onChange({ current: 1, pageSize: 20 }, {}, { field: 'createdAt', order: undefined });
    expect(written).toEqual([
      [{ page: 3, size: 20, sort: 'createdAt,desc' }, false],
      [{ page: 0, size: 20, sort: null }, false],
    ]);
  });
});
