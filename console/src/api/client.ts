/**
 * The console's HTTP client. The access token lives in memory only (never in storage); the refresh
 * token is an HttpOnly cookie the browser sends to /api/v1/auth. A request answered 401 triggers
 * one refresh and is retried once. Refreshes are single-flight: the server rotates refresh tokens
 * and treats a second use of a rotated one as theft (revoking the whole family), so two tabs'
 * worth of parallel 401s must never send the old cookie twice from this page.
 */

export type Role = 'ADMIN' | 'MARKETER' | 'AGENT' | 'OPS' | 'DEVELOPER';

export interface User {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  groups: string[];
}

export interface SignIn {
  accessToken: string;
  tokenType: string;
  expiresIn: number;
  refreshToken?: string;
  user: User;
}

export interface FieldError {
  field: string;
  message: string;
}

/** RFC 7807 problem details as the API sends them, with HuoKe's extensions. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: FieldError[];
  problems?: { resource?: string; elementId?: string; message: string }[];
  [extension: string]: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;
  /** From Retry-After on 429/503, in seconds. */
  readonly retryAfterSeconds: number | null;

  constructor(status: number, problem: Problem | null, retryAfterSeconds: number | null = null) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export type QueryValue = string | number | boolean | null | undefined | (string | number)[];

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ApiClientOptions {
  fetch?: typeof fetch;
  baseUrl?: string;
}

type SessionListener = (user: User | null) => void;

const AUTH_PATH = '/api/v1/auth/';

export class ApiClient {
  private readonly fetchImpl: typeof fetch;
  private readonly baseUrl: string;
  private accessToken: string | null = null;
  private user: User | null = null;
  private refreshing: Promise<boolean> | null = null;
  private readonly listeners = new Set<SessionListener>();

  constructor(options: ApiClientOptions = {}) {
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.baseUrl = options.baseUrl ?? '';
  }

  get currentUser(): User | null {
    return this.user;
  }

  get signedIn(): boolean {
    return this.accessToken !== null;
  }

  /** Called with the user after sign-in/refresh and with null after sign-out or a failed refresh. */
  onSessionChange(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async login(username: string, password: string): Promise<User> {
    const response = await this.send('POST', '/api/v1/auth/login', { body: { username, password } }, false);
    const signIn = (await response.json()) as SignIn;
    this.accept(signIn);
    return signIn.user;
  }

  /**
   * Exchanges the refresh cookie for a new access token; true when signed in afterwards. Calls made
   * while one refresh is running share it.
   */
  refresh(): Promise<boolean> {
    if (!this.refreshing) {
      this.refreshing = this.doRefresh().finally(() => {
        this.refreshing = null;
      });
    }
    return this.refreshing;
  }

  async logout(): Promise<void> {
    try {
      await this.send('POST', '/api/v1/auth/logout', {}, false);
    } catch {
      // signing out locally matters more than telling the server
    } finally {
      this.clear();
    }
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const response = await this.fetchWithRefresh(method, path, options);
    return (await readBody(response)) as T;
  }

  get<T>(path: string, query?: Record<string, QueryValue>): Promise<T> {
    return this.request<T>('GET', path, { query });
  }

  post<T>(path: string, body?: unknown, query?: Record<string, QueryValue>): Promise<T> {
    return this.request<T>('POST', path, { body, query });
  }

  put<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('PUT', path, { body });
  }

  /** A text resource such as BPMN XML. */
  async getText(path: string): Promise<string> {
    const response = await this.fetchWithRefresh('GET', path, {});
    return response.text();
  }

  private async fetchWithRefresh(method: string, path: string, options: RequestOptions): Promise<Response> {
    const isAuthCall = path.startsWith(AUTH_PATH) && !path.endsWith('/me');
    try {
      return await this.send(method, path, options, !isAuthCall);
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401 || isAuthCall) {
        throw error;
      }
      if (!(await this.refresh())) {
        throw error;
      }
      return this.send(method, path, options, true);
    }
  }

  private async doRefresh(): Promise<boolean> {
    try {
      const response = await this.send('POST', '/api/v1/auth/refresh', {}, false);
      this.accept((await response.json()) as SignIn);
      return true;
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 400 || error.status === 403 || error.status === 404)) {
        this.clear();
        return false;
      }
      throw error;
    }
  }

  private accept(signIn: SignIn): void {
    this.accessToken = signIn.accessToken;
    this.user = signIn.user;
    this.listeners.forEach((listener) => listener(signIn.user));
  }

  private clear(): void {
    const wasSignedIn = this.accessToken !== null || this.user !== null;
    this.accessToken = null;
    this.user = null;
    if (wasSignedIn) {
      this.listeners.forEach((listener) => listener(null));
    }
  }

  private async send(method: string, path: string, options: RequestOptions, authorize: boolean): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json, */*', ...options.headers };
    let body: BodyInit | undefined;
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    if (authorize && this.accessToken) {
      headers.Authorization = `Bearer ${this.accessToken}`;
    }
    const response = await this.fetchImpl(this.baseUrl + path + queryString(options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
    });
    if (!response.ok) {
      throw await toError(response);
    }
    return response;
  }
}

export function queryString(query?: Record<string, QueryValue>): string {
  if (!query) {
    return '';
  }
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') {
      continue;
    }
    if (Array.isArray(value)) {
      value.forEach((item) => params.append(name, String(item)));
    } else {
      params.append(name, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) {
    return undefined;
  }
  const text = await response.text();
  if (!text) {
    return undefined;
  }
  const type = response.headers.get('Content-Type') ?? '';
  return type.includes('json') ? JSON.parse(text) : text;
}

async function toError(response: Response): Promise<ApiError> {
  let problem: Problem | null = null;
  try {
    const text = await response.text();
    problem = text ? (JSON.parse(text) as Problem) : null;
  } catch {
    problem = null;
  }
  const retryAfter = response.headers.get('Retry-After');
  const seconds = retryAfter !== null && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : null;
  return new ApiError(response.status, problem, seconds);
}

/** The one client the console uses. */
export const api = new ApiClient();
