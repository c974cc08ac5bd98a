/**
 * The OpenAPI document (/openapi.json) and /docs: valid OpenAPI 3.0.3; every endpoint of the seed
 * overview present at its path and method; every operation complete (summary, description, schemas,
 * examples, error responses, security); the security it declares is the one the API enforces; and its
 * examples say what the API really answers.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import SwaggerParser from '@apidevtools/swagger-parser';
import { envelope, errorEnvelopeSchema } from '../../src/http/envelope.js';
import { ERRORS_HEADING, errorsFor, successResponse } from '../../src/http/openapi.js';
import { serializerCompiler } from '../../src/http/serializer.js';
import { bookingsExamples } from '../../src/modules/bookings/bookings.examples.js';
import { bookingSchema } from '../../src/modules/bookings/bookings.views.js';
import { configExamples } from '../../src/modules/config/config.examples.js';
import { documentsExamples } from '../../src/modules/documents/documents.examples.js';
import { paymentMethodsExamples } from '../../src/modules/payments/payment-methods.examples.js';
import { CLIENT, call, createAgency, makeTestApp, registerClient, type TestApp } from '../helpers/app.js';
import { body as bookingBody, create, scene } from '../helpers/bookings.js';
import { hoursFrom } from '../helpers/fleet.js';

type Media = { schema?: Schema; example?: unknown; examples?: Record<string, { value: unknown }> };
type Schema = {
  type?: string;
  format?: string;
  properties?: Record<string, unknown>;
  required?: string[];
  example?: unknown;
};
type Op = {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Array<{ in: string; name: string; description?: string }>;
  security?: Array<Record<string, string[]>>;
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { description?: string; content?: Record<string, Media> }>;
};
type Doc = {
  openapi: string;
  paths: Record<string, Record<string, Op>>;
  components: { securitySchemes: Record<string, { description?: string }> };
  info: { description?: string };
};

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'];
// The seed (the authoritative overview) sits next to the repository in the project's workspace; a
// clone elsewhere reads the copy kept in docs/spec, which must then be the same text.
const SEED_ORIGINAL = resolve(import.meta.dirname, '../../../shared/seeds/000_8b15fa916ac6677c.txt');
const SEED_COPY = resolve(import.meta.dirname, '../../docs/spec/client-api-overview.txt');
const SEED_OVERVIEW = existsSync(SEED_ORIGINAL) ? SEED_ORIGINAL : SEED_COPY;

/**
 * The endpoint tables of the seed's Client API overview: rows like `GET/configGet agency configuration`
 * and `POST/vehicles/{id}/control/lockLock vehicle`, i.e. the method, then the path up to the first
 * capital letter (where the description starts).
 */
function overviewEndpoints(text: string): Array<{ method: string; path: string }> {
  const out: Array<{ method: string; path: string }> = [];
  for (const line of text.split('\n')) {
    const m = /^(GET|POST|PUT|PATCH|DELETE)(\/[^A-Z\s]*)[A-Z]/.exec(line.trim());
    if (m) out.push({ method: m[1]!.toLowerCase(), path: m[2]! });
  }
  return out;
}

/** A path with its parameter names left out: /bookings/{id} and /bookings/{booking} are the same path. */
const shape = (path: string) => path.replace(/\{[^}]*\}/g, '{}');

function operations(doc: Doc): Array<{ path: string; method: string; op: Op }> {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => HTTP_METHODS.includes(method))
      .map(([method, op]) => ({ path, method, op })),
  );
}

/** Every example a media type carries (its `examples` map, its `example`, or its schema's `example`). */
function examplesIn(media: Media | undefined): unknown[] {
  if (!media) return [];
  if (media.examples) return Object.values(media.examples).map((e) => e.value);
  if (media.example !== undefined) return [media.example];
  if (media.schema?.example !== undefined) return [media.schema.example];
  return [];
}

function jsonExamples(op: Op | undefined, status: string): Array<Record<string, unknown>> {
  return examplesIn(op?.responses[status]?.content?.['application/json']) as Array<Record<string, unknown>>;
}

describe('OpenAPI document and /docs', () => {
  let t: TestApp;
  let doc: Doc;
  before(async () => {
    t = await makeTestApp();
    const res = await call(t, { url: '/openapi.json' });
    assert.equal(res.statusCode, 200);
    doc = res.json();
  });
  after(() => t.close());

  const op = (method: string, path: string): Op => {
    const found = doc.paths[`${CLIENT}${path}`]?.[method];
    assert.ok(found, `${method.toUpperCase()} ${path} is documented`);
    return found;
  };

  it('is a valid OpenAPI 3.0.3 document with both security schemes described', async () => {
    assert.equal(doc.openapi, '3.0.3');
    await SwaggerParser.validate(structuredClone(doc) as never);
    const schemes = doc.components.securitySchemes;
    assert.deepEqual(Object.keys(schemes).sort(), ['AgencySignature', 'BearerToken']);
    assert.match(schemes.AgencySignature!.description ?? '', /HMAC-SHA256/);
    assert.match(schemes.AgencySignature!.description ?? '', /base64url/);
    assert.match(schemes.BearerToken!.description ?? '', /POST \/auth\/login/);
    for (const topic of ['Envelope', 'Errors', 'Pagination'])
      assert.match(doc.info.description ?? '', new RegExp(topic));
  });

  it("keeps docs/spec's copy of the seed overview identical to the seed", () => {
    const copy = readFileSync(SEED_COPY, 'utf8');
    assert.match(copy, /Client API Overview/);
    if (existsSync(SEED_ORIGINAL)) assert.equal(copy, readFileSync(SEED_ORIGINAL, 'utf8'));
  });

  it('parses the 40 endpoints of the seed overview', () => {
    const endpoints = overviewEndpoints(readFileSync(SEED_OVERVIEW, 'utf8'));
    // 11 tables: config 1, auth 6, verification 5, home 1, profile 3, documents 3, stations 2, vehicles 6,
    // bookings 5, payment methods 4, support tickets 4.
    assert.equal(endpoints.length, 40);
    assert.equal(new Set(endpoints.map((e) => `${e.method} ${e.path}`)).size, 40);
    for (const e of [
      { method: 'get', path: '/config' },
      { method: 'get', path: '/auth/me' },
      { method: 'delete', path: '/documents/{type}' },
      { method: 'post', path: '/vehicles/{id}/control/enable-driving' },
      { method: 'post', path: '/bookings/{id}/request-extension' },
      { method: 'post', path: '/tickets/{id}/messages' },
    ])
      assert.ok(
        endpoints.some((x) => x.method === e.method && x.path === e.path),
        `parsed ${e.method} ${e.path}`,
      );
  });

  it('has every endpoint of the seed overview at its path and method', () => {
    const documented = new Map<string, Set<string>>();
    for (const { path, method } of operations(doc)) {
      const methods = documented.get(shape(path)) ?? new Set<string>();
      methods.add(method);
      documented.set(shape(path), methods);
    }
    const missing = overviewEndpoints(readFileSync(SEED_OVERVIEW, 'utf8'))
      .filter((e) => !documented.get(shape(`${CLIENT}${e.path}`))?.has(e.method))
      .map((e) => `${e.method.toUpperCase()} ${e.path}`);
    assert.deepEqual(missing, []);
  });

  it('documents every operation completely', () => {
    const problems: string[] = [];
    for (const { path, method, op: o } of operations(doc)) {
      const at = `${method.toUpperCase()} ${path}`;
      const problem = (what: string) => problems.push(`${at}: ${what}`);
      if (!o.summary?.trim()) problem('no summary');
      if (!o.description?.split(ERRORS_HEADING)[0]?.trim()) problem('no description');
      if (!o.tags?.length) problem('no tag');

      const statuses = Object.keys(o.responses);
      const success = statuses.filter((s) => /^2\d\d$/.test(s));
      if (success.length === 0) problem('no 2xx response');
      for (const s of success) {
        const content = o.responses[s]!.content;
        if (!content) {
          problem(`${s} has no content`);
          continue;
        }
        for (const [type, media] of Object.entries(content)) {
          if (!media.schema) problem(`${s} ${type} has no schema`);
          if (type === 'application/json' && !media.schema?.properties?.data) problem(`${s} is not an envelope`);
          if (media.schema?.format !== 'binary' && examplesIn(media).length === 0)
            problem(`${s} ${type} has no example`);
        }
      }

      const errors = statuses.filter((s) => /^[45]\d\d$/.test(s));
      const shared = path.startsWith('/api/') ? ['401', '403', '429', '500'] : ['429', '500'];
      for (const s of shared) if (!errors.includes(s)) problem(`no ${s} response`);
      for (const s of errors) {
        const schema = o.responses[s]!.content?.['application/json']?.schema;
        if (!schema?.properties?.success || !schema.properties.message) problem(`${s} is not an error envelope`);
      }

      for (const p of o.parameters ?? [])
        if (!p.description) problem(`${p.in} parameter ${p.name} without a description`);
      for (const media of Object.values(o.requestBody?.content ?? {}))
        for (const [name, field] of Object.entries(media.schema?.properties ?? {}))
          if (!(field as { description?: string }).description) problem(`body field ${name} without a description`);
      if (o.requestBody) {
        const media = Object.values(o.requestBody.content);
        if (media.length === 0 || media.some((m) => !m.schema)) problem('request body without a schema');
        if (media.some((m) => examplesIn(m).length === 0)) problem('request body without an example');
      }

      const security = JSON.stringify(o.security ?? null);
      if (path.startsWith('/api/')) {
        const allowed = [
          JSON.stringify([{ AgencySignature: [] }]),
          JSON.stringify([{ AgencySignature: [], BearerToken: [] }]),
        ];
        if (!allowed.includes(security)) problem(`security ${security}`);
      } else if (o.security) problem(`a public route with security ${security}`);
    }
    assert.deepEqual(problems, []);
  });

  it('declares the security the API enforces', async () => {
    const agency = await createAgency(t);
    const wrong: string[] = [];
    for (const { path, method, op: o } of operations(doc).filter((x) => x.path.startsWith(`${CLIENT}/`))) {
      const url = path.replace('{type}', 'id_card').replace(/\{[^}]*\}/g, '1');
      const verb = method.toUpperCase() as 'GET';
      const unsigned = await call(t, { method: verb, url, body: verb === 'GET' ? undefined : {} });
      if (unsigned.statusCode !== 401 || unsigned.json().message !== 'Agency signature required')
        wrong.push(`${verb} ${path} without a signature: ${unsigned.statusCode} ${unsigned.json().message}`);
      const needsToken = o.security?.some((s) => 'BearerToken' in s) ?? false;
      const signed = await call(t, { method: verb, url, agency, body: verb === 'GET' ? undefined : {} });
      const refused = signed.statusCode === 401 && signed.json().message === 'Unauthenticated';
      if (needsToken !== refused)
        wrong.push(`${verb} ${path} documents BearerToken ${needsToken}, answers ${signed.statusCode} without a token`);
    }
    assert.deepEqual(wrong, []);
    for (const [method, path] of [
      ['get', '/config'],
      ['post', '/auth/register'],
      ['post', '/auth/login'],
      ['post', '/auth/forgot-password'],
      ['post', '/auth/reset-password'],
    ] as const)
      assert.deepEqual(op(method, path).security, [{ AgencySignature: [] }], `${method} ${path} needs no token`);
    assert.deepEqual(op('get', '/auth/me').security, [{ AgencySignature: [], BearerToken: [] }]);
  });

  it('lists each error status with its exact messages, in the responses and the description', () => {
    const extension = op('post', '/bookings/{id}/request-extension');
    assert.equal(extension.responses['409']!.description, '"Extension not available"');
    assert.deepEqual(
      jsonExamples(extension, '409').map((e) => [
        e.message,
        (e.data as { max_extension_hours?: number }).max_extension_hours,
      ]),
      [['Extension not available', 2]],
    );
    assert.match(extension.description!, /- 400: "Booking cannot be extended"/);
    assert.match(extension.description!, /- 402: "Payment authorization failed"/);
    const me = op('get', '/auth/me');
    assert.equal(
      me.responses['401']!.description,
      '"Agency signature required" or "Invalid agency signature" or "Unauthenticated"',
    );
    assert.equal(jsonExamples(me, '401')[0]!.meta, null, 'no agency is known when the signature fails');
  });

  it('keeps the examples exactly as the modules declare them', () => {
    const success = (o: Op, status: string) =>
      o.responses[status]!.content!['application/json']!.examples!.success!.value;
    assert.deepEqual(success(op('get', '/config'), '200'), configExamples.config);
    assert.deepEqual(success(op('get', '/documents'), '200'), documentsExamples.list);
    assert.deepEqual(success(op('get', '/payment-methods'), '200'), paymentMethodsExamples.list);
    assert.deepEqual(success(op('get', '/bookings/{id}'), '200'), bookingsExamples.show);
    const body = op('post', '/bookings').requestBody!.content['application/json']!.examples!.request!.value;
    assert.deepEqual(body, bookingsExamples.createBody);
  });

  it('changes nothing a client receives: the serializer writes the same bytes with or without examples', () => {
    const serialize = (schema: unknown) =>
      serializerCompiler({ schema, method: 'GET', url: '/x', httpStatus: '200' } as never) as (v: unknown) => string;
    const show = bookingsExamples.show;
    const payload = { ...show, data: { ...show.data, internal_note: 'never sent' } };
    const plain = serialize(envelope(bookingSchema))(payload);
    assert.equal(serialize(successResponse(envelope(bookingSchema), show))(payload), plain);
    assert.ok(!plain.includes('internal_note'));
    const error = {
      success: false,
      message: 'Booking not found',
      data: null,
      meta: null,
      request_id: 'r',
      timestamp: 't',
    };
    assert.equal(serialize(errorsFor('BOOKING_NOT_FOUND')[404])(error), serialize(errorEnvelopeSchema)(error));
  });

  it('has examples that say what the API really answers', async () => {
    /** The real answer has the example's status, message and keys (envelope and data). */
    const same = (o: Op, status: number, res: Awaited<ReturnType<typeof call>>) => {
      const examples = jsonExamples(o, String(status));
      assert.equal(res.statusCode, status, res.body);
      const real = res.json();
      const example = examples.find((e) => e.message === real.message);
      assert.ok(
        example,
        `"${real.message}" is among the examples of ${status}: ${examples.map((e) => e.message).join(', ')}`,
      );
      assert.deepEqual(Object.keys(real).sort(), Object.keys(example).sort());
      const keys = (v: unknown) =>
        v && typeof v === 'object' ? Object.keys(Array.isArray(v) ? (v[0] ?? {}) : v).sort() : v;
      if (Array.isArray(real.data) && real.data.length === 0) return;
      assert.deepEqual(keys(real.data), keys(example.data), `data of "${real.message}"`);
    };

    const s = await scene(t, { deposit_required: true, deposit_amount: 200 });
    const { agency, driver } = s;
    const token = driver.token;
    same(op('get', '/config'), 200, await call(t, { url: `${CLIENT}/config`, agency }));
    const reg = await registerClient(t, agency);
    same(op('get', '/auth/me'), 200, await call(t, { url: `${CLIENT}/auth/me`, agency, token: reg.token }));
    same(
      op('post', '/auth/login'),
      200,
      await call(t, {
        method: 'POST',
        url: `${CLIENT}/auth/login`,
        agency,
        body: { email: reg.input.email, password: reg.input.password },
      }),
    );
    same(
      op('post', '/auth/login'),
      401,
      await call(t, {
        method: 'POST',
        url: `${CLIENT}/auth/login`,
        agency,
        body: { email: reg.input.email, password: 'nope-nope' },
      }),
    );
    const empty = await call(t, { method: 'POST', url: `${CLIENT}/auth/login`, agency, body: {} });
    same(op('post', '/auth/login'), 422, empty);
    assert.deepEqual(jsonExamples(op('post', '/auth/login'), '422')[0]!.errors, empty.json().errors);
    same(
      op('get', '/verification/status'),
      200,
      await call(t, { url: `${CLIENT}/verification/status`, agency, token }),
    );
    same(op('get', '/profile'), 200, await call(t, { url: `${CLIENT}/profile`, agency, token }));
    same(op('get', '/documents'), 200, await call(t, { url: `${CLIENT}/documents`, agency, token }));
    same(op('get', '/payment-methods'), 200, await call(t, { url: `${CLIENT}/payment-methods`, agency, token }));
    same(op('get', '/stations'), 200, await call(t, { url: `${CLIENT}/stations`, agency, token }));
    same(op('get', `/vehicles/{id}`), 200, await call(t, { url: `${CLIENT}/vehicles/${s.vehicle.id}`, agency, token }));

    const start = hoursFrom(t.clock.now(), 2);
    const created = await create(t, s, bookingBody(s, start, hoursFrom(start, 8)));
    same(op('post', '/bookings'), 201, created);
    const id = created.json().data.id as number;
    same(op('get', '/bookings'), 200, await call(t, { url: `${CLIENT}/bookings`, agency, token }));
    same(op('get', '/bookings/{id}'), 200, await call(t, { url: `${CLIENT}/bookings/${id}`, agency, token }));
    same(op('get', '/bookings/{id}'), 404, await call(t, { url: `${CLIENT}/bookings/${id + 1000}`, agency, token }));
    same(op('post', '/bookings'), 409, await create(t, s, bookingBody(s, start, hoursFrom(start, 8))));
    same(
      op('post', '/bookings/{id}/cancel'),
      200,
      await call(t, {
        method: 'POST',
        url: `${CLIENT}/bookings/${id}/cancel`,
        agency,
        token,
        body: { reason: 'Change of plans' },
      }),
    );
    same(
      op('post', '/bookings/{id}/cancel'),
      400,
      await call(t, { method: 'POST', url: `${CLIENT}/bookings/${id}/cancel`, agency, token, body: {} }),
    );
    same(op('get', '/auth/me'), 401, await call(t, { url: `${CLIENT}/auth/me` }));
  });

  it('describes the original client routes with request and response schemas', () => {
    const expected: Array<[string, string, string[] | null, string]> = [
      ['get', '/config', null, '200'],
      ['post', '/auth/register', ['name', 'email', 'phone', 'password'], '201'],
      ['post', '/auth/login', ['email', 'password'], '200'],
      ['post', '/auth/forgot-password', ['email'], '200'],
      ['post', '/auth/reset-password', ['email', 'token', 'password'], '200'],
      ['post', '/auth/logout', null, '200'],
      ['get', '/auth/me', null, '200'],
      ['get', '/verification/status', null, '200'],
      ['post', '/verification/verify-phone', ['code'], '200'],
      ['post', '/verification/resend-phone', null, '200'],
      ['post', '/verification/verify-email', ['code'], '200'],
      ['post', '/verification/resend-email', null, '200'],
      ['get', '/profile', null, '200'],
      ['put', '/profile', [], '200'],
      ['put', '/profile/password', ['current_password', 'password'], '200'],
    ];
    for (const [method, path, required, status] of expected) {
      const o = op(method, path);
      const success = o.responses[status]?.content?.['application/json']?.schema;
      assert.ok(success?.properties, `${method} ${path} documents its ${status} response`);
      assert.deepEqual(Object.keys(success.properties).sort(), [
        'data',
        'message',
        'meta',
        'request_id',
        'success',
        'timestamp',
      ]);
      for (const s of ['401', '403', '429', '500']) assert.ok(o.responses[s], `${method} ${path} documents ${s}`);
      if (required !== null) {
        const body = o.requestBody?.content['application/json']?.schema;
        assert.ok(body?.properties, `${method} ${path} documents its body`);
        for (const field of required) assert.ok(body.required?.includes(field), `${method} ${path} requires ${field}`);
        assert.ok(o.responses['422'], `${method} ${path} documents 422`);
      }
    }
    for (const path of ['/health', '/ready']) assert.ok(doc.paths[path]?.get, `${path} is documented`);
  });

  it('serves the interactive documentation at /docs', async () => {
    let res = await call(t, { url: '/docs' });
    if (res.statusCode >= 300 && res.statusCode < 400)
      res = await call(t, { url: String(res.headers.location).replace(/^\.\//, '/docs/') });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /text\/html/);
    assert.match(res.body, /swagger/i);
    // The page loads this document: the one /openapi.json serves.
    const init = await call(t, { url: '/docs/static/swagger-initializer.js' });
    assert.equal(init.statusCode, 200);
    assert.match(init.body, /json/);
    const json = await call(t, { url: '/docs/json' });
    assert.equal(json.statusCode, 200);
    assert.deepEqual(json.json(), doc);
  });
});
