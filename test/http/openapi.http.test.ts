import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import SwaggerParser from '@apidevtools/swagger-parser';
import { CLIENT, call, makeTestApp, type TestApp } from '../helpers/app.js';

type Op = {
  security?: unknown[];
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown>; required?: string[] } }> };
  responses: Record<string, { content?: Record<string, { schema: { properties?: Record<string, unknown> } }> }>;
};

describe('OpenAPI document and /docs', () => {
  let t: TestApp;
  let doc: { openapi: string; paths: Record<string, Record<string, Op>>; components: { securitySchemes: object } };
  before(async () => {
    t = await makeTestApp();
    const res = await call(t, { url: '/openapi.json' });
    assert.equal(res.statusCode, 200);
    doc = res.json();
  });
  after(() => t.close());

  it('is a valid OpenAPI 3 document', async () => {
    assert.match(doc.openapi, /^3\./);
    await SwaggerParser.validate(structuredClone(doc) as never);
    assert.deepEqual(Object.keys(doc.components.securitySchemes).sort(), ['AgencySignature', 'BearerToken']);
  });

  it('describes every route of this API with request and response schemas', () => {
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
    for (const [method, path, required, ok] of expected) {
      const op = doc.paths[`${CLIENT}${path}`]?.[method];
      assert.ok(op, `${method} ${path} is documented`);
      const success = op.responses[ok]?.content?.['application/json']?.schema;
      assert.ok(success?.properties, `${method} ${path} documents its ${ok} response`);
      assert.deepEqual(Object.keys(success.properties).sort(), [
        'data',
        'message',
        'meta',
        'request_id',
        'success',
        'timestamp',
      ]);
      for (const status of ['401', '403', '429', '500']) {
        assert.ok(op.responses[status], `${method} ${path} documents ${status}`);
      }
      if (required !== null) {
        const body = op.requestBody?.content['application/json']?.schema;
        assert.ok(body?.properties, `${method} ${path} documents its body`);
        for (const field of required) assert.ok(body.required?.includes(field), `${method} ${path} requires ${field}`);
        assert.ok(op.responses['422'], `${method} ${path} documents 422`);
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
  });
});
