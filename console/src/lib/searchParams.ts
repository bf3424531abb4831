import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** List filters live in the URL so a reload or a shared link shows the same list. */
export function useFilters<K extends string>(names: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => {
    const read = {} as Record<K, string | undefined>;
    names.forEach((name) => {
      read[name] = params.get(name) ?? undefined;
    });
    return read;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [params]);

  const setFilters = useCallback(
    (next: Partial<Record<K, string | number | null | undefined>>, resetPage = true) => {
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          Object.entries(next).forEach(([name, value]) => {
            if (value === undefined || value === null || value === '') updated.delete(name);
            else updated.set(name, String(value));
          });
          if (resetPage && !('page' in next)) updated.delete('page');
          return updated;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return [filters, setFilters] as const;
}

type SetFilters = (next: Partial<Record<'page' | 'size' | 'sort', string | number | null | undefined>>, resetPage?: boolean) => void;

/**
 * A paged, sortable antd Table whose page, size and sort (`field,asc|desc`) live in the URL with the
 * other filters: the page shown, each column's sort order, and the Table's pagination and onChange.
 */
export function urlPaging(filters: { page?: string; size?: string; sort?: string }, setFilters: SetFilters) {
  const page = Number(filters.page ?? 0);
  const size = Number(filters.size ?? 20);
  const [sortField, sortDirection] = (filters.sort ?? '').split(',');
  return {
    page,
    size,
    sortOrder: (field: string) => (sortField === field ? (sortDirection === 'asc' ? ('ascend' as const) : ('descend' as const)) : null),
    pagination: (total: number | undefined, showTotal: (total: number) => string) => ({
      current: page + 1,
      pageSize: size,
      total: total ?? 0,
      showSizeChanger: true,
      showTotal,
    }),
    onChange: (pagination: { current?: number; pageSize?: number }, _filters: unknown, sorter: unknown) => {
      const sort = (Array.isArray(sorter) ? sorter[0] : sorter) as { field?: unknown; order?: 'ascend' | 'descend' | null } | undefined;
      const field = typeof sort?.field === 'string' ? sort.field : undefined;
      setFilters(
        {
          page: (pagination.current ?? 1) - 1,
          size: pagination.pageSize,
          sort: field && sort?.order ? `${field},${sort.order === 'descend' ? 'desc' : 'asc'}` : null,
        },
        false,
      );
    },
  };
}
