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

/** Restores the session from the refresh cookie on load and follows sign-in/out from then on. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(api.currentUser);
  const [status, setStatus] = useState<Status>(api.currentUser ? 'signedIn' : 'loading');

  useEffect(() => {
    const unsubscribe = api.onSessionChange((next) => {
      setUser(next);
      setStatus(next ? 'signedIn' : 'signedOut');
    });
    if (!api.signedIn) {
      api
        .refresh()
        .then((ok) => {
          if (!ok) setStatus('signedOut');
        })
        .catch(() => setStatus('signedOut'));
    }
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
