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
