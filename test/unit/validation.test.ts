import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import {
  confirmed,
  emailField,
  laravelErrors,
  passwordField,
  phoneField,
  requiredString,
} from '../../src/http/validation.js';

const schema = confirmed(
  z.object({
    name: requiredString().min(2).max(255),
    email: emailField(),
    phone: phoneField(),
    password: passwordField(),
    password_confirmation: z.string().optional(),
    type: z.enum(['a', 'b']).optional(),
    code: z.string().optional(),
    flag: z.boolean().optional(),
    count: z.number().int().optional(),
  }),
);

function errorsOf(input: unknown) {
  const r = schema.safeParse(input);
  assert.equal(r.success, false);
  return laravelErrors(r.error!.issues, input);
}

describe('Laravel-style validation messages', () => {
  it('says "field is required" for missing, null and blank values', () => {
    const e = errorsOf({ name: null, email: '', phone: '   ' });
    assert.deepEqual(e.name, ['The name field is required.']);
    assert.deepEqual(e.email, ['The email field is required.']);
    assert.deepEqual(e.phone, ['The phone field is required.']);
    assert.deepEqual(e.password, ['The password field is required.']);
  });

  it('uses Laravel wording for each rule, attribute underscores as spaces', () => {
    const e = errorsOf({
      name: 'x'.repeat(256),
      email: 'not-an-email',
      phone: '12345',
      password: 'short',
      type: 'c',
      code: 123456,
      flag: 'yes',
      count: 1.5,
    });
    assert.deepEqual(e.name, ['The name must not be greater than 255 characters.']);
    assert.deepEqual(e.email, ['The email must be a valid email address.']);
    assert.match(e.phone![0]!, /^The phone must be a valid phone number/);
    assert.deepEqual(e.password, ['The password must be at least 8 characters.']);
    assert.deepEqual(e.type, ['The selected type is invalid.']);
    assert.deepEqual(e.code, ['The code must be a string.']);
    assert.deepEqual(e.flag, ['The flag field must be true or false.']);
    assert.deepEqual(e.count, ['The count must be an integer.']);
  });

  it('puts a confirmation mismatch on the password field', () => {
    const input = {
      name: 'Jo',
      email: 'a@b.co',
      phone: '+15550001111',
      password: 'longenough',
      password_confirmation: 'other',
    };
    assert.deepEqual(errorsOf(input), { password: ['The password confirmation does not match.'] });
    assert.equal(schema.safeParse({ ...input, password_confirmation: 'longenough' }).success, true);
  });

  it('normalises phone numbers to E.164 and emails to lower case', () => {
    const r = schema.parse({
      name: 'Jo',
      email: ' Jo@Example.COM ',
      phone: '+1 (555) 010-2030',
      password: 'longenough',
      password_confirmation: 'longenough',
    });
    assert.equal(r.phone, '+15550102030');
    assert.equal(r.email, 'jo@example.com');
  });

  it('names a short name by its minimum', () => {
    const e = errorsOf({
      name: 'J',
      email: 'a@b.co',
      phone: '+15550001111',
      password: 'longenough',
      password_confirmation: 'longenough',
    });
    assert.deepEqual(e.name, ['The name must be at least 2 characters.']);
  });
});
