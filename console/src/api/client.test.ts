import { describe, expect, it } from 'vitest';
import { ApiClient, ApiError, queryString } from './client';

const user = { id: 'u1', username: 'wang', displayName: '王芳', roles: ['AGENT'], groups: ['sales'] };

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });
}

/** A fake server: answers by path, counts refreshes, and accepts only the latest access token. */
function fakeServer(options: { refreshOk?: boolean; refreshDelayMs?: number } = {}) {
  const calls: { path: string; authorization: string | null }[] = [];
  let token = 0;
  let refreshes = 0;
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const headers = new Headers(init?.headers);
    calls.push({ path: url.pathname + url.search, authorization: headers.get('Authorization') });
    if (url.pathname === '/api/v1/auth/login') {
      const body = JSON.parse(String(init?.body)) as { password: string };
      if (body.password !== 'secret') return json(401, { title: 'Unauthorized', detail: 'Bad credentials' });
      token += 1;
      return json(200, { accessToken: `t${token}`, tokenType: 'Bearer', expiresIn: 900, user });
    }
    if (url.pathname === '/api/v1/auth/refresh') {
      refreshes += 1;
      if (options.refreshDelayMs) await new Promise((resolve) => setTimeout(resolve, options.refreshDelayMs));
      if (options.refreshOk === false) return json(401, { title: 'Unauthorized' });
      token += 1;
      return json(200, { accessToken: `t${token}`, tokenType: 'Bearer', expiresIn: 900, user });
    }
    if (url.pathname === '/api/v1/auth/logout') return new Response(null, { status: 204 });
    if (headers.get('Authorization') !== `Bearer t${token}`) return json(401, { title: 'Unauthorized' });
    return json(200, { ok: true, path: url.pathname });
  }) as typeof fetch;
  return { fetchImpl, calls, refreshes: () => refreshes, expireToken: () => (token += 100) };
}

describe('ApiClient', () => {
  it('sends the access token from sign-in on later requests', async () => {
    const server = fakeServer();
    const client = new ApiClient({ fetch: server.fetchImpl });
    await client.login('wang', 'secret');
    await client.get('/api/v1/leads');
    expect(server.calls.at(-1)).toEqual({ path: '/api/v1/leads', authorization: 'Bearer t1' });
  });

  it('refreshes once on 401 and retries the request with the new token', async () => {
    const server = fakeServer();
    const client = new ApiClient({ fetch: server.fetchImpl });
    await client.login('wang', 'secret');
    server.expireToken();
    const result = await client.get<{ ok: boolean }>('/api/v1/leads');
    expect(result.ok).toBe(true);
    expect(server.refreshes()).toBe(1);
    expect(server.calls.map((call) => call.path)).toEqual(['/api/v1/auth/login', '/api/v1/leads', '/api/v1/auth/refresh', '/api/v1/leads']);
  });

  it('shares one refresh among requests that fail together, so a rotated refresh token is never reused', async () => {
    const server = fakeServer({ refreshDelayMs: 20 });
    const client = new ApiClient({ fetch: server.fetchImpl });
    await client.login('wang', 'secret');
    server.expireToken();
    const results = await Promise.all([client.get('/api/v1/leads'), client.get('/api/v1/customers'), client.get('/api/v1/user-tasks')]);
    expect(results).toHaveLength(3);
    expect(server.refreshes()).toBe(1);
  });

  it('signs out and rethrows the 401 when the refresh is refused', async () => {
    const server = fakeServer();
    const client = new ApiClient({ fetch: server.fetchImpl });
    await client.login('wang', 'secret');
    const sessions: unknown[] = [];
    client.onSessionChange((next) => sessions.push(next));
    server.expireToken();
    const failing = fakeServer({ refreshOk: false });
    // same client, a server that now refuses the cookie
    Object.assign(client, { fetchImpl: failing.fetchImpl });
    await expect(client.get('/api/v1/leads')).rejects.toMatchObject({ status: 401 });
    expect(client.signedIn).toBe(false);
    expect(sessions).toEqual([null]);
  });

  it('restores a session from the refresh cookie on load', async () => {
    const server = fakeServer();
    const client = new ApiClient({ fetch: server.fetchImpl });
    expect(await client.refresh()).toBe(true);
    expect(client.currentUser?.username).toBe('wang');
    expect(await new ApiClient({ fetch: fakeServer({ refreshOk: false }).fetchImpl }).refresh()).toBe(false);
  });

  it('does not refresh when sign-in itself is refused', async () => {
    const server = fakeServer();
    const client = new ApiClient({ fetch: server.fetchImpl });
    await expect(client.login('wang', 'wrong')).rejects.toBeInstanceOf(ApiError);
    expect(server.refreshes()).toBe(0);
  });

  it('reads Retry-After of a 429 into the error', async () => {
    const client = new ApiClient({
      fetch: (async () => json(429, { title: 'Too Many Requests', detail: 'Try later' }, { 'Retry-After': '600' })) as typeof fetch,
    });
    const error = await client.login('wang', 'secret').catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(429);
    expect((error as ApiError).retryAfterSeconds).toBe(600);
  });

  it('forgets the token on logout', async () => {
    const server = fakeServer();
    const client = new ApiClient({ fetch: server.fetchImpl });
    await client.login('wang', 'secret');
    await client.logout();
    expect(client.signedIn).toBe(false);
    expect(server.calls.at(-1)?.path).toBe('/api/v1/auth/logout');
  });
});

describe('queryString', () => {
  it('leaves out empty values and repeats arrays', () => {
    expect(queryString({ status: ['NEW', 'SCORED'], q: '', minScore: 0, page: undefined, hot: false })).toBe(
      '?status=NEW&status=SCORED&minScore=0&hot=false',
    );
    expect(queryString({})).toBe('');
  });
});
