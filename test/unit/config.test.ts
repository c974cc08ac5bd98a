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

  it('requires what a chosen driver needs, and an explicit payment driver in production', () => {
    assert.throws(
      () => loadConfig({ STORAGE_DRIVER: 's3', PAYMENT_DRIVER: 'stripe' }),
      (err: unknown) => {
        assert.ok(err instanceof ConfigError);
        assert.match(err.message, /S3_BUCKET: is required when STORAGE_DRIVER=s3/);
        assert.match(err.message, /STRIPE_SECRET_KEY: is required when PAYMENT_DRIVER=stripe/);
        return true;
      },
    );
    assert.throws(
      () => loadConfig({ APP_ENV: 'production', APP_KEY: `base64:${Buffer.alloc(32).toString('base64')}` }),
      /PAYMENT_DRIVER: is required when APP_ENV=production/,
    );
    assert.throws(
      () => loadConfig({ APP_ENV: 'production', APP_KEY: `base64:${Buffer.alloc(32).toString('base64')}` }),
      /TELEMATICS_DRIVER: is required when APP_ENV=production/,
      'production never drives simulated cars by accident',
    );
    assert.throws(() => loadConfig({ TELEMATICS_DRIVER: 'mqtt' }), /MQTT_URL: is required when TELEMATICS_DRIVER=mqtt/);
    const demo = loadConfig({
      APP_ENV: 'production',
      APP_KEY: `base64:${Buffer.alloc(32).toString('base64')}`,
      PAYMENT_DRIVER: 'fake',
      TELEMATICS_DRIVER: 'simulator',
    });
    assert.equal(demo.PAYMENT_DRIVER, 'fake', 'an explicit choice of the fake is allowed');
    assert.equal(demo.TELEMATICS_DRIVER, 'simulator', 'and of the simulator');
    const c = loadConfig({
      STORAGE_DRIVER: 's3',
      S3_BUCKET: 'docs',
      PAYMENT_DRIVER: 'stripe',
      STRIPE_SECRET_KEY: 'sk_x',
    });
    assert.equal(c.DOCUMENT_MAX_BYTES, 10 * 1024 * 1024);
    assert.equal(c.FILE_URL_TTL_SECONDS, 900);
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
