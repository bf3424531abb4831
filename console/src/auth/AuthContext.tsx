import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, type Role, type User } from '../api/client';

type Status = 'loading' | 'signedIn' | 'signedOut';

interface Auth {
  status: Status;
  user: User | null;
  login: (username: string, password: string) => Promise<User>;
  logout: () => Promise<void>;
  hasRole: (...roles: Role[]) => boolean;
}

const AuthContext = createContext<Auth | null>(null);

let restoring: Promise<boolean> | null = null;

/**
 * Exchanges the refresh cookie for a session once per page load. main.tsx starts it before React
 * renders, so the round trip runs while the bundles are evaluated instead of after the first render.
 */
export function restoreSession(): Promise<boolean> {
  restoring ??= api.signedIn ? Promise.resolve(true) : api.refresh().catch(() => false);
  return restoring;
}

/** Restores the session from the refresh cookie on load and follows sign-in/out from then on. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(api.currentUser);
  const [status, setStatus] = useState<Status>(api.currentUser ? 'signedIn' : 'loading');

  useEffect(() => {
    const unsubscribe = api.onSessionChange((next) => {
      setUser(next);
      setStatus(next ? 'signedIn' : 'signedOut');
    });
    // the session may have been restored before this subscribed: read the outcome, not the event
    void restoreSession().then(() => {
      setUser(api.currentUser);
      setStatus(api.signedIn ? 'signedIn' : 'signedOut');
    });
    return unsubscribe;
  }, []);

  const value = useMemo<Auth>(
    () => ({
      status,
      user,
      login: (username, password) => api.login(username, password),
      logout: () => api.logout(),
      hasRole: (...roles) => !!user && roles.some((role) => user.roles.includes(role)),
    }),
    [status, user],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
