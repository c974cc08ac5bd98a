import assert from 'node:assert/strict';
import type { call } from './app.js';

export type Res = Awaited<ReturnType<typeof call>>;

export const SUCCESS_KEYS = ['data', 'message', 'meta', 'request_id', 'success', 'timestamp'];
export const ERROR_KEYS = ['data', 'errors', 'message', 'meta', 'request_id', 'success', 'timestamp'];

/** A success envelope with the given status and message; returns the parsed body. */
export function expectOk(res: Res, status: number, message: string) {
  assert.equal(res.statusCode, status, res.body);
  const body = res.json();
  assert.deepEqual(Object.keys(body).sort(), SUCCESS_KEYS);
  assert.equal(body.success, true);
  assert.equal(body.message, message);
  return body;
}

/** An error envelope with the given status and message (and field errors when given); returns the parsed body. */
export function expectError(res: Res, status: number, message: string, errors?: Record<string, string[]>) {
  assert.equal(res.statusCode, status, res.body);
  const body = res.json();
  assert.deepEqual(Object.keys(body).sort(), errors ? ERROR_KEYS : ERROR_KEYS.filter((k) => k !== 'errors'));
  assert.equal(body.success, false);
  assert.equal(body.message, message);
  if (errors) assert.deepEqual(body.errors, errors);
  return body;
}
