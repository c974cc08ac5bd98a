import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('has working defaults: embedded database, log drivers, port 3000', () => {
    const c = loadConfig({});
    assert.equal(c.PORT, 3000);
    assert.equal(c.DATABASE_URL, undefined);
    assert.equal(c.DATA_DIR, './data');
    assert.equal(c.MAIL_DRIVER, 'log');
    assert.equal(c.SMS_DRIVER, 'log');
    assert.equal(c.AGENCY_SIGNATURE_MAX_AGE, 300);
    assert.ok(Object.isFrozen(c));
  });

  it('lists every bad variable at once', () => {
    assert.throws(
      () => loadConfig({ PORT: 'abc', APP_ENV: 'production', MAIL_DRIVER: 'smtp', SMS_DRIVER: 'twilio' }),
      (err: unknown) => {
        assert.ok(err instanceof ConfigError);
        for (const v of ['PORT', 'APP_KEY', 'SMTP_URL', 'TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM']) {
          assert.match(err.message, new RegExp(v));
        }
        return true;
      },
    );
  });

  it('treats empty variables as unset', () => {
    assert.equal(loadConfig({ DATABASE_URL: '', PORT: '' }).PORT, 3000);
  });
});

describe('agency settings', () => {
  it('fall back to defaults setting by setting, keeping the valid ones', async () => {
    const { readSettings } = await import('../../src/modules/agencies/agency-settings.js');
    const s = readSettings({ deposit_required: true, deposit_amount: 250, min_booking_hours: '2' });
    assert.equal(s.deposit_required, true);
    assert.equal(s.deposit_amount, 250);
    assert.equal(s.min_booking_hours, 1);
    assert.deepEqual(readSettings(null).documents.required, ['driver_license_front', 'driver_license_back']);
  });
});
