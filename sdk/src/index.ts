/**
 * @daakey/sdk: a typed client for the Daakey Client API.
 *
 * The types come from the API's OpenAPI document (src/schema.ts, generated); the requests go through
 * openapi-fetch. A middleware signs every request (X-Agency-Signature, fresh each time), asks for JSON,
 * and carries the client's bearer token, which it keeps by itself: stored from the login and register
 * responses, dropped on logout.
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './schema.js';
import { hmacKey, signAgencyRequest } from './signature.js';

export { signAgencyRequest } from './signature.js';
export type { components, paths } from './schema.js';

/** Where the Client API lives on a Daakey server; the SDK's paths are relative to it. */
export const CLIENT_API_PREFIX = '/api/v1/client';

/** The Client API's operations by path relative to /api/v1/client: '/auth/login', '/bookings/{id}' ... */
export type ClientPaths = {
  [P in keyof paths as P extends `${typeof CLIENT_API_PREFIX}${infer Rest}` ? Rest : never]: paths[P];
};

/**
 * The error envelope every Client API error status answers with (`error` of a call): `message` says what
 * went wrong, `errors` lists the invalid fields of a 422, `data` carries details (e.g. `missing` on a 403
 * of POST /bookings, `retry_after` on a 503).
 */
export type ApiError = ClientPaths['/auth/me']['get']['responses'][401]['content']['application/json'];

export interface DaakeyClientOptions {
  /** The server's address, e.g. "https://api.daakey.com" (a trailing /api/v1/client is accepted too). */
  baseUrl: string;
  /** The agency's code, e.g. "DAAKEY01". */
  agencyCode: string;
  /** The agency's secret key (from `daakey agency:create`): it signs every request. */
  secretKey: string;
  /** A bearer token kept from an earlier session (e.g. read from secure storage at start). */
  token?: string | null;
  /** Replaces globalThis.fetch (tests, proxies, instrumentation). */
  fetch?: (request: Request) => Promise<Response>;
  /**
   * The time a signature is made at (default: this device's clock). The server accepts a signature for
   * 5 minutes around its own clock: an app on devices with a wrong clock can pass a corrected one.
   */
  now?: () => Date;
  /** Called whenever the token changes (login, register, setToken, logout, clearToken): persist it here. */
  onTokenChange?: (token: string | null) => void;
}

export interface DaakeyClient extends Client<ClientPaths> {
  /** The bearer token sent with every request, or null. */
  getToken(): string | null;
  /** Use this token from now on (null: send none). */
  setToken(token: string | null): void;
  /** Send no token from now on (the server-side token stays valid: use POST /auth/logout to revoke it). */
  clearToken(): void;
}

/** Routes whose successful response carries a new token in data.token. */
const TOKEN_ISSUERS = new Set(['/auth/login', '/auth/register']);
const LOGOUT = '/auth/logout';
/** A successful password reset ends every session of the account, this one's token included. */
const RESET = '/auth/reset-password';

function hasBlob(value: unknown): boolean {
  if (typeof Blob === 'undefined') return false;
  return value instanceof Blob || (Array.isArray(value) && value.some((v) => v instanceof Blob));
}

/**
 * Request bodies: JSON, except a body with a file in it (a Blob or File, e.g. POST /documents), which is
 * sent as multipart/form-data (openapi-fetch then leaves the Content-Type with its boundary to fetch).
 * A FormData body is sent as it is.
 */
export function serializeBody(body: unknown): string | FormData {
  if (typeof FormData !== 'undefined' && body instanceof FormData) return body;
  if (body === null || typeof body !== 'object' || !Object.values(body).some(hasBlob)) return JSON.stringify(body);
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v === undefined || v === null) continue;
      if (v instanceof Blob) form.append(name, v, typeof File !== 'undefined' && v instanceof File ? v.name : name);
      else form.append(name, typeof v === 'object' ? JSON.stringify(v) : String(v));
    }
  }
  return form;
}

function clientApiUrl(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  return trimmed.endsWith(CLIENT_API_PREFIX) ? trimmed : `${trimmed}${CLIENT_API_PREFIX}`;
}

/**
 * A client for one agency: `client.GET('/stations', { params: { query: { latitude, longitude } } })`
 * resolves to `{ data, error, response }`: `data` is the success envelope (typed per route), `error` the
 * error envelope (ApiError) for a 4xx/5xx. Network failures reject.
 */
export function createDaakeyClient(options: DaakeyClientOptions): DaakeyClient {
  let token = options.token ?? null;
  const key = hmacKey(options.secretKey);
  // An unhandled rejection until the first request would crash Node; the request reports the error instead.
  key.catch(() => {});
  const now = options.now ?? (() => new Date());

  // Agency codes are upper case on the server; a code typed in lower case would only ever get 401s.
  const agencyCode = options.agencyCode.toUpperCase();
  const setToken = (next: string | null) => {
    if (next === token) return;
    token = next;
    options.onTokenChange?.(next);
  };

  const auth: Middleware = {
    async onRequest({ request }) {
      request.headers.set('X-Agency-Signature', await signAgencyRequest(agencyCode, await key, now()));
      if (!request.headers.has('Accept')) request.headers.set('Accept', 'application/json');
      if (token !== null && !request.headers.has('Authorization'))
        request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
    async onResponse({ schemaPath, response }) {
      if (TOKEN_ISSUERS.has(schemaPath) && response.ok) {
        const body: unknown = await response
          .clone()
          .json()
          .catch(() => null);
        const data = (body as { data?: { token?: unknown } } | null)?.data;
        if (typeof data?.token === 'string') setToken(data.token);
      } else if (
        (schemaPath === LOGOUT && (response.ok || response.status === 401)) ||
        (schemaPath === RESET && response.ok)
      ) {
        // Revoked now, or no longer valid anyway: either way it is of no further use.
        setToken(null);
      }
      return undefined;
    },
  };

  const client = createClient<ClientPaths>({
    baseUrl: clientApiUrl(options.baseUrl),
    bodySerializer: serializeBody,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  client.use(auth);

  return Object.assign(client, {
    getToken: () => token,
    setToken,
    clearToken: () => setToken(null),
  });
}
