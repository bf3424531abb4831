import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** A message for a failed call: the problem's field errors or detail, else a general one. */
export function describeError(error: unknown, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (error instanceof ApiError) {
    if (error.status === 403) return t('errors.forbidden');
    if (error.status === 404) return error.problem?.detail ?? t('errors.notFound');
    if (error.status === 409) return error.problem?.detail ?? t('errors.conflict');
    const fields = error.problem?.errors;
    if (fields && fields.length > 0) {
      return fields.map((field) => `${field.field}: ${field.message}`).join('; ');
    }
    return error.problem?.detail ?? error.problem?.title ?? t('errors.http', { status: error.status });
  }
  return t('errors.network');
}

export function useErrorMessage(): (error: unknown) => void {
  const { message } = App.useApp();
  const { t } = useTranslation();
  return useCallback((error: unknown) => void message.error(describeError(error, t)), [message, t]);
}

interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads data when its dependencies change; with {@code pollMs} it reloads quietly while the page is
 * visible (the monitor "refreshes live").
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[], pollMs?: number): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let current = true;
    setLoading(true);
    loadRef
      .current()
      .then((value) => {
        if (current) {
          setData(value);
          setError(undefined);
        }
      })
      .catch((reason: unknown) => current && setError(reason))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, generation]);

  useEffect(() => {
    if (!pollMs) return undefined;
    const timer = window.setInterval(() => {
      if (document.visibilityState !== 'visible') return;
      loadRef
        .current()
        .then((value) => {
          setData(value);
          setError(undefined);
        })
        .catch((reason: unknown) => setError(reason));
    }, pollMs);
    return () => window.clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pollMs, ...deps]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { data, error, loading, reload };
}
