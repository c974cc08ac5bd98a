import assert from 'node:assert/strict';
import { it } from 'node:test';
import { signAgencyRequest } from '../../src/lib/agency-signature.js';
import { CLIENT, call, createAgency, registerClient, type TestAgency, type TestApp } from './app.js';

export interface ProtectedRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path under /api/v1/client */
  path: string;
  auth: 'agency' | 'client';
  /** A body that passes validation, so only the credentials decide the outcome. */
  body?: unknown;
  /** The OpenAPI path when `path` fills in parameters (e.g. /documents/{type}). */
  template?: string;
  /** Statuses the owner's own valid call may get (default: success, 400 or 422); e.g. 404 for a resource it lacks. */
  ownStatuses?: number[];
}

/** The agency part of meta (some routes add more, e.g. document requirements). */
function agencyMeta(res: Res): unknown {
  const meta = res.json().meta as Record<string, unknown> | null;
  return meta ? { agency_id: meta.agency_id, agency_code: meta.agency_code } : meta;
}

type Res = Awaited<ReturnType<typeof call>>;

function assertError(res: Res, status: number, message: string, label: string) {
  assert.equal(res.statusCode, status, `${label}: status (${res.body})`);
  const body = res.json();
  assert.equal(body.success, false, label);
  assert.equal(body.message, message, label);
  assert.ok('data' in body && 'meta' in body && 'request_id' in body && 'timestamp' in body, `${label}: envelope`);
}

/**
 * The one access matrix every protected client route goes through: no signature, malformed,
 * unknown agency, bad MAC, expired, inactive agency; and for token routes: no token, malformed,
 * revoked, another agency's token, a right id with a wrong secret.
 */
export function accessMatrix(getApp: () => TestApp, routes: ProtectedRoute[]): void {
  for (const route of routes) {
    const label = `${route.method} ${route.path}`;
    it(`${label}: signature and token checks`, async () => {
      const t = getApp();
      const a = await createAgency(t);
      const other = await createAgency(t);
      const inactive = await createAgency(t, { status: 'inactive' });
      const own = await registerClient(t, a);
      const foreign = await registerClient(t, other);
      const send = (headers: Record<string, string>, agency?: TestAgency, token?: string) =>
        call(t, { method: route.method, url: `${CLIENT}${route.path}`, headers, agency, token, body: route.body });
      const now = Math.floor(t.clock.now().getTime() / 1000);

      assertError(await send({}), 401, 'Agency signature required', `${label} no signature`);
      const cases: Array<[string, string]> = [
        ['malformed', 'not-a-signature'],
        ['unknown_agency', signAgencyRequest('NO-SUCH-AGENCY', a.secret, now)],
        ['mismatch', signAgencyRequest(a.agency.code, other.secret, now)],
        ['expired', signAgencyRequest(a.agency.code, a.secret, now - 301)],
        ['expired', signAgencyRequest(a.agency.code, a.secret, now + 301)],
      ];
      for (const [reason, header] of cases) {
        const res = await send({ 'x-agency-signature': header }, undefined, own.token);
        assertError(res, 401, 'Invalid agency signature', `${label} ${reason}`);
        assert.deepEqual(res.json().data, { reason }, `${label} ${reason}`);
        assert.equal(res.json().meta, null);
      }
      assertError(await send({}, inactive), 403, 'Agency is not active', `${label} inactive agency`);

      // At the edge of the window the signature still counts.
      const edge = await send({ 'x-agency-signature': signAgencyRequest(a.agency.code, a.secret, now - 299) });
      assert.ok(
        !['Agency signature required', 'Invalid agency signature'].includes(edge.json().message),
        `${label} inside the window`,
      );
      assert.deepEqual(agencyMeta(edge), { agency_id: a.agency.id, agency_code: a.agency.code });

      if (route.auth === 'client') {
        assertError(await send({}, a), 401, 'Unauthenticated', `${label} no token`);
        for (const bad of [
          'Basic abc',
          'Bearer ',
          'Bearer nope',
          `Bearer ${own.token.split('|')[0]}|${'x'.repeat(40)}`,
        ]) {
          assertError(await send({ authorization: bad }, a), 401, 'Unauthenticated', `${label} token ${bad}`);
        }
        assertError(await send({}, a, foreign.token), 401, 'Unauthenticated', `${label} another agency's token`);
        const res = await send({}, a, own.token);
        assert.ok(
          route.ownStatuses
            ? route.ownStatuses.includes(res.statusCode)
            : res.statusCode < 400 || res.statusCode === 422 || res.statusCode === 400,
          `${label} own token: ${res.statusCode} ${res.body}`,
        );
        assert.deepEqual(agencyMeta(res), { agency_id: a.agency.id, agency_code: a.agency.code });
        // Revoked: log out, then the same token is refused.
        const fresh = await registerClient(t, a);
        await call(t, { method: 'POST', url: `${CLIENT}/auth/logout`, agency: a, token: fresh.token });
        assertError(await send({}, a, fresh.token), 401, 'Unauthenticated', `${label} revoked token`);
      } else {
        const res = await send({}, a);
        assert.ok(
          !['Agency signature required', 'Invalid agency signature', 'Agency is not active'].includes(
            res.json().message,
          ),
          `${label} signed: ${res.statusCode} ${res.body}`,
        );
        assert.deepEqual(agencyMeta(res), { agency_id: a.agency.id, agency_code: a.agency.code });
      }
    });
  }
}
