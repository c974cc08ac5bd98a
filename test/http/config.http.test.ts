import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CLIENT, call, createAgency, makeTestApp, type TestApp } from '../helpers/app.js';

describe('GET /config', () => {
  let t: TestApp;
  before(async () => {
    t = await makeTestApp();
  });
  after(() => t.close());

  it('returns the signing agency’s branding, features, documents, booking, payment and support', async () => {
    const a = await createAgency(t, {
      name: 'Falcon Drive',
      currency: 'AED',
      logo_url: 'https://cdn.example.com/falcon.png',
      primary_color: '#6366f1',
      secondary_color: '#8b5cf6',
      support_email: 'help@falcon.example',
      support_phone: '+971500000000',
      support_hours: 'Daily 08:00-22:00',
      settings: {
        features: {
          bookings_enabled: true,
          payments_enabled: true,
          documents_required: true,
          phone_verification_required: true,
          email_verification_required: true,
        },
        min_booking_hours: 2,
        max_booking_days: 14,
        booking_advance_days: 60,
        cancellation_hours: 12,
        deposit_required: true,
        deposit_amount: 200,
      },
    });
    const res = await call(t, { url: `${CLIENT}/config`, agency: a });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.message, 'Configuration retrieved');
    assert.deepEqual(body.meta, { agency_id: a.agency.id, agency_code: a.agency.code });
    assert.deepEqual(body.data, {
      agency: {
        id: a.agency.id,
        name: 'Falcon Drive',
        code: a.agency.code,
        logo_url: 'https://cdn.example.com/falcon.png',
        primary_color: '#6366f1',
        secondary_color: '#8b5cf6',
      },
      features: {
        bookings_enabled: true,
        payments_enabled: true,
        documents_required: true,
        phone_verification_required: true,
        email_verification_required: true,
      },
      documents: { required: ['driver_license_front', 'driver_license_back'], optional: ['id_card', 'passport'] },
      booking: { min_hours: 2, max_days: 14, advance_days: 60, cancellation_hours: 12 },
      payment: { currency: 'AED', deposit_required: true, deposit_amount: 200, accepted_methods: ['card'] },
      support: {
        email: 'help@falcon.example',
        phone: '+971500000000',
        hours: 'Daily 08:00-22:00',
        ticket_categories: ['vehicle_issue', 'billing', 'booking', 'account', 'damage', 'other'],
      },
    });
  });

  it('fills unset settings with the documented defaults, and never exposes the secret', async () => {
    const a = await createAgency(t);
    const res = await call(t, { url: `${CLIENT}/config`, agency: a });
    const data = res.json().data;
    assert.deepEqual(data.booking, { min_hours: 1, max_days: 30, advance_days: 90, cancellation_hours: 24 });
    assert.equal(data.features.email_verification_required, false);
    assert.equal(data.payment.currency, 'USD');
    assert.deepEqual(data.support.ticket_categories, [
      'vehicle_issue',
      'billing',
      'booking',
      'account',
      'damage',
      'other',
    ]);
    assert.ok(!res.body.includes(a.secret));
    assert.ok(!res.body.includes('sk_live_'));
  });

  it('serves each agency its own configuration', async () => {
    const a = await createAgency(t, { name: 'Najm Wheels', currency: 'SAR' });
    const b = await createAgency(t, { name: 'Doha Move', currency: 'QAR' });
    const ra = (await call(t, { url: `${CLIENT}/config`, agency: a })).json();
    const rb = (await call(t, { url: `${CLIENT}/config`, agency: b })).json();
    assert.equal(ra.data.agency.name, 'Najm Wheels');
    assert.equal(rb.data.agency.name, 'Doha Move');
    assert.equal(ra.data.payment.currency, 'SAR');
    assert.equal(rb.data.payment.currency, 'QAR');
  });

  it('sees an agency deactivated through the service at once (the cache is invalidated)', async () => {
    const a = await createAgency(t);
    assert.equal((await call(t, { url: `${CLIENT}/config`, agency: a })).statusCode, 200);
    await t.deps.agencies.setStatus(a.agency.code, 'inactive');
    const res = await call(t, { url: `${CLIENT}/config`, agency: a });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().message, 'Agency is not active');
  });

  it('refuses a header it accepted before once its timestamp is out of the window', async () => {
    const a = await createAgency(t);
    const header = a.sig();
    const send = () => call(t, { url: `${CLIENT}/config`, headers: { 'x-agency-signature': header } });
    assert.equal((await send()).statusCode, 200);
    assert.equal((await send()).statusCode, 200); // the same value again: served from the verified-header cache
    t.clock.advanceSeconds(301);
    const late = await send();
    assert.equal(late.statusCode, 401);
    assert.deepEqual(late.json().data, { reason: 'expired' });
    t.clock.advanceSeconds(-301);
  });

  it('refuses signatures made with the old secret after a key rotation', async () => {
    const a = await createAgency(t);
    const { signAgencyRequest } = await import('../../src/lib/agency-signature.js');
    const fresh = await t.deps.agencies.rotateSecret(a.agency.code);
    const old = await call(t, { url: `${CLIENT}/config`, agency: a });
    assert.equal(old.statusCode, 401);
    assert.deepEqual(old.json().data, { reason: 'mismatch' });
    const ok = await call(t, {
      url: `${CLIENT}/config`,
      headers: { 'x-agency-signature': signAgencyRequest(a.agency.code, fresh, t.clock.now()) },
    });
    assert.equal(ok.statusCode, 200);
  });
});
