import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { macMatches, parseAgencySignature, signAgencyRequest } from '../../src/lib/agency-signature.js';

const SECRET = 'sk_live_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN';

describe('agency signature (pure)', () => {
  it('matches the worked example of the README byte for byte', () => {
    const header = signAgencyRequest('DAAKEY01', SECRET, 1732233600);
    const [payload, mac] = header.split('.');
    assert.equal(payload, 'eyJhZ2VuY3lfY29kZSI6IkRBQUtFWTAxIiwidGltZXN0YW1wIjoxNzMyMjMzNjAwfQ');
    assert.equal(Buffer.from(payload!, 'base64url').toString(), '{"agency_code":"DAAKEY01","timestamp":1732233600}');
    assert.equal(mac, createHmac('sha256', SECRET).update(payload!).digest('hex'));
    assert.equal(mac, '730cd29157eb033e3b5362cbe72c0cf5a040461abecb243314d5a9555002eda5');
  });

  it('accepts a Date and uses whole seconds', () => {
    const header = signAgencyRequest('X1', SECRET, new Date('2024-11-22T00:00:00.999Z'));
    const parsed = parseAgencySignature(header);
    assert.ok(parsed.ok);
    assert.equal(parsed.payload.timestamp, 1732233600);
  });

  it('parses what it signs and checks the MAC in constant time', () => {
    const parsed = parseAgencySignature(signAgencyRequest('ACME', SECRET, 1700000000));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.payload, { agency_code: 'ACME', timestamp: 1700000000 });
    assert.equal(macMatches(parsed.encodedPayload, parsed.mac, SECRET), true);
    assert.equal(macMatches(parsed.encodedPayload, parsed.mac, `${SECRET}x`), false);
  });

  it('rejects malformed headers', () => {
    const good = signAgencyRequest('ACME', SECRET, 1700000000);
    const [payload, mac] = good.split('.') as [string, string];
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    for (const bad of [
      '',
      'nodot',
      `${payload}.${mac}.extra`,
      `${payload}.${mac.toUpperCase()}`,
      `${payload}.${mac.slice(1)}`,
      `.${mac}`,
      `${payload}!.${mac}`,
      `${Buffer.from('not json').toString('base64url')}.${mac}`,
      `${b64(['array'])}.${mac}`,
      `${b64({ agency_code: 'ACME' })}.${mac}`,
      `${b64({ agency_code: 'ACME', timestamp: '1700000000' })}.${mac}`,
      `${b64({ agency_code: '', timestamp: 1 })}.${mac}`,
      `${b64({ agency_code: 'ACME', timestamp: 1.5 })}.${mac}`,
      `${'a'.repeat(2000)}.${mac}`,
    ]) {
      assert.equal(parseAgencySignature(bad).ok, false, bad);
    }
  });
});
