import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DocumentRow } from '../../src/db/schema.js';
import { calendarDate } from '../../src/lib/clock.js';
import { currencyExponent, formatMinor, fromMinor, toMinor } from '../../src/lib/money.js';
import { readSettings } from '../../src/modules/agencies/agency-settings.js';
import {
  documentRequirements,
  driverLicenseOf,
  isExpired,
  missingRequired,
} from '../../src/modules/documents/document-rules.js';
import { parseCalendarDate } from '../../src/modules/documents/documents.upload.js';
import { isCardUsable } from '../../src/modules/payments/payment-methods.service.js';

describe('money in minor units', () => {
  it('converts decimal amounts exactly, whatever binary floats would do', () => {
    assert.equal(toMinor('12.34', 'USD'), 1234);
    assert.equal(toMinor(0.1 + 0.2, 'USD'), 30); // 0.30000000000000004 is 30 cents
    assert.equal(toMinor('19.99', 'eur'), 1999);
    assert.equal(toMinor('5', 'JPY'), 5);
    assert.equal(toMinor('1.500', 'KWD'), 1500);
    assert.equal(toMinor('2.50', 'USD'), 250);
    assert.equal(toMinor('-1.20', 'USD'), -120);
    assert.throws(() => toMinor('1.234', 'USD'), /too many decimals/);
    assert.throws(() => toMinor('abc', 'USD'), /not an amount/);
  });

  it('formats with the currency’s decimals', () => {
    assert.equal(currencyExponent('USD'), 2);
    assert.equal(currencyExponent('JPY'), 0);
    assert.equal(currencyExponent('BHD'), 3);
    assert.equal(formatMinor(5, 'USD'), '0.05');
    assert.equal(formatMinor(12000, 'USD'), '120.00');
    assert.equal(formatMinor(-120, 'USD'), '-1.20');
    assert.equal(formatMinor(700, 'JPY'), '700');
    assert.equal(fromMinor(33200, 'USD'), 332);
    assert.equal(fromMinor(7040, 'USD'), 70.4);
  });
});

function doc(type: string, status: DocumentRow['status'], expiresAt: string | null, number: string | null = null) {
  return { type, status, expiresAt, number } as DocumentRow;
}

describe('document rules', () => {
  const settings = readSettings({});
  const reqs = documentRequirements(settings);

  it('takes required and optional types from the agency, and none required when documents are off', () => {
    assert.deepEqual(reqs, {
      required: ['driver_license_front', 'driver_license_back'],
      optional: ['id_card', 'passport'],
    });
    const off = documentRequirements(readSettings({ features: { documents_required: false } }));
    assert.deepEqual(off.required, []);
    assert.deepEqual(off.optional.sort(), ['driver_license_back', 'driver_license_front', 'id_card', 'passport']);
  });

  it('a document is valid through its expiry day', () => {
    assert.equal(isExpired(doc('x', 'verified', '2026-05-01'), '2026-05-01'), false);
    assert.equal(isExpired(doc('x', 'verified', '2026-05-01'), '2026-05-02'), true);
    assert.equal(isExpired(doc('x', 'verified', null), '2999-01-01'), false);
  });

  it('lists required types that are missing, pending, rejected or expired', () => {
    const today = '2026-06-01';
    assert.deepEqual(missingRequired(reqs, [], today), ['driver_license_front', 'driver_license_back']);
    const docs = [doc('driver_license_front', 'verified', '2027-01-01'), doc('driver_license_back', 'pending', null)];
    assert.deepEqual(missingRequired(reqs, docs, today), ['driver_license_back']);
    const expired = [
      doc('driver_license_front', 'verified', '2026-05-31'),
      doc('driver_license_back', 'verified', null),
    ];
    assert.deepEqual(missingRequired(reqs, expired, today), ['driver_license_front']);
    const rejected = [doc('driver_license_front', 'rejected', null), doc('driver_license_back', 'verified', null)];
    assert.deepEqual(missingRequired(reqs, rejected, today), ['driver_license_front']);
  });

  it('derives the profile licence from the licence documents', () => {
    const today = '2026-06-01';
    assert.deepEqual(driverLicenseOf([], reqs, today), { number: null, expiry_date: null, verified: false });
    const front = doc('driver_license_front', 'verified', '2028-03-31', 'D123');
    assert.deepEqual(driverLicenseOf([front], reqs, today), {
      number: 'D123',
      expiry_date: '2028-03-31',
      verified: false, // the back is required too
    });
    const back = doc('driver_license_back', 'verified', '2028-03-31');
    assert.equal(driverLicenseOf([front, back], reqs, today).verified, true);
    assert.equal(driverLicenseOf([front, back], reqs, '2028-04-01').verified, false);
    const frontOnly = documentRequirements(readSettings({ documents: { required: ['driver_license_front'] } }));
    assert.equal(driverLicenseOf([front], frontOnly, today).verified, true);
  });

  it('parses calendar dates strictly', () => {
    assert.equal(parseCalendarDate('2026-02-28'), '2026-02-28');
    assert.equal(parseCalendarDate('2028-02-29'), '2028-02-29');
    assert.equal(parseCalendarDate('2026-02-29'), null);
    assert.equal(parseCalendarDate('2026-13-01'), null);
    assert.equal(parseCalendarDate('2026-04-31'), null);
    assert.equal(parseCalendarDate('2026-05-01T10:00:00Z'), '2026-05-01');
    assert.equal(parseCalendarDate('01/05/2026'), null);
    assert.equal(parseCalendarDate('tomorrow'), null);
  });

  it("today is the agency's calendar date", () => {
    const at = new Date('2026-06-01T23:30:00Z');
    assert.equal(calendarDate('UTC', at), '2026-06-01');
    assert.equal(calendarDate('Asia/Tokyo', at), '2026-06-02');
    assert.equal(calendarDate('America/Los_Angeles', at), '2026-06-01');
    assert.equal(calendarDate('Not/AZone', at), '2026-06-01'); // falls back to UTC
  });

  it('a card pays until its expiry month ends', () => {
    assert.equal(isCardUsable({ expYear: 2026, expMonth: 6 }, '2026-06-30'), true);
    assert.equal(isCardUsable({ expYear: 2026, expMonth: 5 }, '2026-06-01'), false);
    assert.equal(isCardUsable({ expYear: 2027, expMonth: 1 }, '2026-12-31'), true);
    assert.equal(isCardUsable({ expYear: 2025, expMonth: 12 }, '2026-01-01'), false);
  });
});
