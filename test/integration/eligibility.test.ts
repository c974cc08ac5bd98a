/**
 * canBook(): what stands between a client and a booking, against a real database, with the
 * documents, cards and verification made through the services and the injected clock moving time.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { agencies, clients, type ClientRow } from '../../src/db/schema.js';
import { eq } from 'drizzle-orm';
import type { Agency } from '../../src/modules/agencies/agencies.service.js';
import { inspectUpload } from '../../src/modules/files/file-inspection.js';
import { createAgency, makeTestApp, registerClient, type TestApp } from '../helpers/app.js';
import { jpegWithGps } from '../helpers/uploads.js';

describe('booking eligibility (canBook)', () => {
  let t: TestApp;
  let photo: Buffer;
  before(async () => {
    t = await makeTestApp();
    photo = await jpegWithGps();
  });
  after(() => t.close());

  async function clientOf(agency: Agency, id: number): Promise<ClientRow> {
    const [row] = await t.deps.database.db.select().from(clients).where(eq(clients.id, id));
    assert.ok(row && row.agencyId === agency.id);
    return row;
  }

  async function fresh(settings: Record<string, unknown> = {}) {
    const a = await createAgency(t, { settings });
    const { user } = await registerClient(t, a);
    return { agency: a.agency, id: user.id };
  }

  async function licence(agency: Agency, client: ClientRow, expiresAt: string | null) {
    for (const type of ['driver_license_front', 'driver_license_back']) {
      await t.deps.documents.upload(agency, client, { type, expiresAt, file: await inspectUpload(photo) });
      await t.deps.documents.review(agency, client.id, type, { approve: true });
    }
  }

  it('lists every unmet requirement in order, and nothing once all are met', async () => {
    const { agency, id } = await fresh();
    let client = await clientOf(agency, id);
    assert.deepEqual(await t.deps.eligibility.canBook(agency, client), [
      'phone_verified',
      'driver_license_front',
      'driver_license_back',
      'payment_method',
    ]);

    await t.deps.verification.markVerified(agency, id);
    client = await clientOf(agency, id);
    await t.deps.documents.upload(agency, client, {
      type: 'driver_license_front',
      expiresAt: null,
      file: await inspectUpload(photo),
    });
    assert.deepEqual(
      await t.deps.eligibility.canBook(agency, client),
      ['driver_license_front', 'driver_license_back', 'payment_method'],
      'a pending document does not count',
    );

    await licence(agency, client, null);
    await t.deps.paymentMethods.add(agency, client, 'pm_card_visa', false);
    assert.deepEqual(await t.deps.eligibility.canBook(agency, client), []);
  });

  it('an expired licence or card is unmet again, on the agency calendar', async () => {
    const { agency, id } = await fresh();
    await t.deps.verification.markVerified(agency, id);
    const client = await clientOf(agency, id);
    const now = t.clock.now();
    const inTwoYears = `${now.getUTCFullYear() + 2}-06-30`;
    await licence(agency, client, inTwoYears);
    const card = await t.deps.paymentMethods.add(agency, client, 'pm_card_mastercard', false);
    assert.deepEqual(await t.deps.eligibility.canBook(agency, client), []);

    const start = now.getTime();
    try {
      t.clock.set(`${inTwoYears}T12:00:00Z`);
      assert.deepEqual(await t.deps.eligibility.canBook(agency, client), [], 'valid through its expiry day');
      t.clock.set(`${now.getUTCFullYear() + 2}-07-01T12:00:00Z`);
      assert.deepEqual(await t.deps.eligibility.canBook(agency, client), [
        'driver_license_front',
        'driver_license_back',
      ]);
      // The card (the fake's cards expire in December, three years on) outlives the licence, then not.
      t.clock.set(`${card.expYear}-12-31T12:00:00Z`);
      assert.ok((await t.deps.eligibility.canBook(agency, client)).includes('driver_license_front'));
      assert.ok(!(await t.deps.eligibility.canBook(agency, client)).includes('payment_method'));
      t.clock.set(`${card.expYear + 1}-01-01T12:00:00Z`);
      assert.ok((await t.deps.eligibility.canBook(agency, client)).includes('payment_method'));
    } finally {
      t.clock.set(new Date(start));
    }
  });

  it("follows the agency's settings: email verification, documents and payments switched on or off", async () => {
    const strict = await fresh({ features: { email_verification_required: true } });
    assert.deepEqual(
      (await t.deps.eligibility.canBook(strict.agency, await clientOf(strict.agency, strict.id))).slice(0, 2),
      ['phone_verified', 'email_verified'],
    );

    const relaxed = await fresh({
      features: { phone_verification_required: false, documents_required: false, payments_enabled: false },
    });
    assert.deepEqual(await t.deps.eligibility.canBook(relaxed.agency, await clientOf(relaxed.agency, relaxed.id)), []);

    const idOnly = await fresh({ documents: { required: ['id_card'], optional: [] } });
    await t.deps.verification.markVerified(idOnly.agency, idOnly.id);
    assert.deepEqual(await t.deps.eligibility.canBook(idOnly.agency, await clientOf(idOnly.agency, idOnly.id)), [
      'id_card',
      'payment_method',
    ]);
  });
});

describe('cards and a change of connected account', () => {
  let t: TestApp;
  before(async () => {
    t = await makeTestApp();
  });
  after(() => t.close());

  it('a card attached on the old account no longer counts; the next card makes a customer on the new one', async () => {
    const a = await createAgency(t, {
      settings: { features: { phone_verification_required: false, documents_required: false } },
    });
    const { user } = await registerClient(t, a);
    const [client] = await t.deps.database.db.select().from(clients).where(eq(clients.id, user.id));
    await t.deps.paymentMethods.add(a.agency, client!, 'pm_card_visa', false);
    assert.deepEqual(await t.deps.eligibility.canBook(a.agency, client!), []);
    const [before] = await t.deps.database.db.select().from(clients).where(eq(clients.id, user.id));
    assert.equal(before!.paymentCustomerAccount, null);

    // The agency moves to a Stripe Connect account.
    await t.deps.database.db
      .update(agencies)
      .set({ settings: { ...a.agency.settings, stripe_account: 'acct_1NewAgencyAcct' } })
      .where(eq(agencies.id, a.agency.id));
    t.deps.agencies.invalidate(a.agency.code);
    const moved = (await t.deps.agencies.findByCode(a.agency.code))!;
    assert.equal(moved.settings.stripe_account, 'acct_1NewAgencyAcct');
    assert.deepEqual(await t.deps.eligibility.canBook(moved, client!), ['payment_method']);

    const card = await t.deps.paymentMethods.add(moved, client!, 'pm_card_mastercard', true);
    assert.equal(card.providerAccount, 'acct_1NewAgencyAcct');
    const [after] = await t.deps.database.db.select().from(clients).where(eq(clients.id, user.id));
    assert.equal(after!.paymentCustomerAccount, 'acct_1NewAgencyAcct');
    assert.notEqual(after!.paymentCustomerId, before!.paymentCustomerId, 'a customer of its own on the new account');
    assert.deepEqual(await t.deps.eligibility.canBook(moved, client!), []);
  });
});
