import { describe, expect, it } from 'vitest';
import { createApiClient } from '../src/index.js';

/** A fetch that records the requests and answers each with the next canned response. */
function recordingFetch(...responses: Response[]) {
  const requests: Request[] = [];
  return {
    requests,
    fetch: async (request: Request) => {
      requests.push(request);
      const next = responses.shift();
      if (!next) throw new Error('no more canned responses');
      return next;
    },
  };
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('createApiClient', () => {
  it('sends an API key as a bearer token to the base URL joined with the path', async () => {
    const recorder = recordingFetch(json(200, { items: [], nextCursor: null, total: 0 }));
    const client = createApiClient({
      baseUrl: 'https://zc.example/',
      apiKey: 'zck_abc',
      fetch: recorder.fetch,
    });
    const { data, error } = await client.GET('/api/v1/applications', {
      params: { query: { limit: 5, status: ['submitted', 'unit_review'] } },
    });
    expect(error).toBeUndefined();
    expect(data).toEqual({ items: [], nextCursor: null, total: 0 });
    const [request] = recorder.requests;
    expect(request?.headers.get('authorization')).toBe('Bearer zck_abc');
    expect(request?.url).toBe(
      'https://zc.example/api/v1/applications?limit=5&status=submitted&status=unit_review',
    );
  });

  it('asks an access-token function for the current token on every request', async () => {
    const recorder = recordingFetch(
      json(200, { byStatus: {}, total: 0 }),
      json(200, { byStatus: {}, total: 0 }),
    );
    let token = 'first';
    const client = createApiClient({
      baseUrl: 'http://localhost:3000',
      accessToken: () => token,
      fetch: recorder.fetch,
    });
    await client.GET('/api/v1/applications/counts');
    token = 'second';
    await client.GET('/api/v1/applications/counts');
    expect(recorder.requests.map((r) => r.headers.get('authorization'))).toEqual([
      'Bearer first',
      'Bearer second',
    ]);
  });

  it('sends no Authorization header without a credential, and returns a problem as `error`', async () => {
    const problem = {
      type: 'about:blank',
      title: '用户名或密码错误',
      status: 401,
      code: 'invalid_credentials',
    };
    const recorder = recordingFetch(json(401, problem, 'application/problem+json'));
    const client = createApiClient({ baseUrl: 'http://localhost:3000', fetch: recorder.fetch });
    const { data, error, response } = await client.POST('/api/v1/auth/login', {
      body: { username: 'someone', password: 'wrong' },
    });
    expect(recorder.requests[0]?.headers.has('authorization')).toBe(false);
    expect(data).toBeUndefined();
    expect(response.status).toBe(401);
    expect(error).toEqual(problem);
  });

  it('refuses both an API key and an access token', () => {
    expect(() => createApiClient({ baseUrl: 'http://x', apiKey: 'zck_a', accessToken: 'b' })).toThrow(
      TypeError,
    );
  });
});
