/**
 * POST /bookings/{id}/cancel, /request-extension and /end: what the client sees, what is stored, and
 * what moved at the payment provider (the fake driver); time moves with the injected clock.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { bookingExtensions, bookings, vehicleCommands } from '../../src/db/schema.js';
import { bookingKeys } from '../../src/modules/bookings/booking-payments.js';
import { setSimulatedUnitOnline, simulatedUnit } from '../../src/providers/telematics/simulator.telematics.js';
import { lastMessage, makeTestApp, type TestApp } from '../helpers/app.js';
import { expectError, expectOk } from '../helpers/envelope.js';
import { hoursFrom, insertBooking, iso } from '../helpers/fleet.js';
import {
  activate,
  addCard,
  body,
  bookingRow,
  bookOk,
  cancel,
  create,
  end,
  extend,
  fake,
  HOUR,
  ledger,
  messagesTo,
  MINUTE,
  movements,
  runJobs,
  scene,
  type Scene,
  show,
  SHOW_KEYS,
} from '../helpers/bookings.js';

let t: TestApp;

before(async () => {
  t = await makeTestApp();
});

after(async () => {
  await t.close();
});

const CANCEL_KEYS = ['cancellation_reason', 'cancelled_at', 'id', 'refund', 'status'];
const EXTENSION_KEYS = ['additional_cost', 'extension_hours', 'id', 'new_end_date', 'original_end_date'];

/** The provider's view of a booking's hold. */
function providerHold(s: Scene, bookingId: number) {
  return fake(t)
    .operations()
    .filter((o) => o.idempotencyKey.startsWith(`daakey:${s.agency.agency.id}:booking:${bookingId}:`));
}

async function extensionRows(bookingId: number) {
  return t.deps.database.db.select().from(bookingExtensions).where(eq(bookingExtensions.bookingId, bookingId));
}

describe('POST /bookings/{id}/cancel', () => {
  it('at least cancellation_hours before the start: the whole hold is released', async () => {
    const s = await scene(t);
    const booked = await bookOk(t, s, 48, 8);
    const res = await cancel(t, s, booked.id, { reason: 'Change of plans' });
    const data = expectOk(res, 200, 'Booking cancelled successfully').data;
    assert.deepEqual(Object.keys(data).sort(), CANCEL_KEYS);
    assert.deepEqual(data, {
      id: booked.id,
      status: 'cancelled',
      cancelled_at: iso(t.clock.now()),
      cancellation_reason: 'Change of plans',
      refund: { amount: 132, status: 'processing', method: 'Original payment method' },
    });
    assert.deepEqual(await movements(t, booked.id), [
      { kind: 'authorization', amount: 13200, status: 'succeeded', key: 'authorize' },
      { kind: 'release', amount: 13200, status: 'succeeded', key: 'cancel:release' },
    ]);
    const row = (await bookingRow(t, booked.id))!;
    assert.deepEqual(
      [row.status, row.paymentStatus, row.cancellationFeeMinor, row.refundMinor],
      ['cancelled', 'released', 0, 13200],
    );
    assert.ok((await messagesTo(t, s.driver.email)).includes('email:booking_cancelled'));
    const auth = providerHold(s, booked.id).find((o) => o.kind === 'authorization');
    assert.equal(auth?.open, false);
    // The slot is free again.
    const start = new Date(booked.start_date);
    expectOk(await create(t, s, body(s, start, new Date(booked.end_date))), 201, 'Booking created successfully');
  });

  it('exactly cancellation_hours before is still free; a second later keeps the late fee (50% of subtotal + tax)', async () => {
    const s = await scene(t, { cancellation_hours: 24 });
    const free = await bookOk(t, s, 30, 8);
    t.clock.set(hoursFrom(new Date(free.start_date), -24));
    expectOk(await cancel(t, s, free.id), 200, 'Booking cancelled successfully');
    assert.equal((await bookingRow(t, free.id))!.cancellationFeeMinor, 0);

    const late = await bookOk(t, s, 30, 8);
    t.clock.set(new Date(hoursFrom(new Date(late.start_date), -24).getTime() + 1000));
    const data = expectOk(await cancel(t, s, late.id), 200, 'Booking cancelled successfully').data;
    // 120.00 + 12.00 = 132.00; 50% kept: 66.00 refunded.
    assert.deepEqual(data.refund, { amount: 66, status: 'processing', method: 'Original payment method' });
    assert.equal(data.cancellation_reason, null);
    assert.deepEqual(await movements(t, late.id), [
      { kind: 'authorization', amount: 13200, status: 'succeeded', key: 'authorize' },
      { kind: 'capture', amount: 6600, status: 'succeeded', key: 'cancel:capture' },
    ]);
    const row = (await bookingRow(t, late.id))!;
    assert.deepEqual(
      [row.cancellationFeeMinor, row.refundMinor, row.paymentStatus],
      [6600, 6600, 'partially_refunded'],
    );
    const shown = expectOk(await show(t, s, late.id), 200, 'Booking retrieved').data;
    assert.deepEqual(shown.cancellation, { cancelled_at: iso(t.clock.now()), reason: null, fee: 66, refund: 66 });
    assert.deepEqual(shown.payment.transactions, [
      { type: 'authorization', amount: 132, status: 'succeeded' },
      { type: 'capture', amount: 66, status: 'succeeded' },
    ]);
  });

  it('a late cancellation with a deposit captures only the fee; the deposit goes back with the rest', async () => {
    const s = await scene(t, { deposit_required: true, deposit_amount: 200, late_cancellation_fee_percent: 25 });
    const booked = await bookOk(t, s, 2, 8);
    const data = expectOk(await cancel(t, s, booked.id), 200, 'Booking cancelled successfully').data;
    assert.equal(data.refund.amount, 99); // 132.00 - 33.00
    assert.deepEqual(await movements(t, booked.id), [
      { kind: 'authorization', amount: 33200, status: 'succeeded', key: 'authorize' },
      { kind: 'capture', amount: 3300, status: 'succeeded', key: 'cancel:capture' },
    ]);
  });

  it('an extended booking cancelled late refunds the extension charge beyond the fee', async () => {
    const s = await scene(t, { late_cancellation_fee_percent: 100 });
    const booked = await bookOk(t, s, 48, 8);
    expectOk(await extend(t, s, booked.id, hoursFrom(new Date(booked.end_date), 4)), 200, 'Extension approved');
    t.clock.set(hoursFrom(new Date(booked.start_date), -1));
    const data = expectOk(await cancel(t, s, booked.id), 200, 'Booking cancelled successfully').data;
    assert.equal(data.refund.amount, 0); // 100% of 198.00 kept
    const ext = (await extensionRows(booked.id))[0]!;
    assert.deepEqual(await movements(t, booked.id), [
      { kind: 'authorization', amount: 13200, status: 'succeeded', key: 'authorize' },
      { kind: 'authorization', amount: 6600, status: 'succeeded', key: `extension:${ext.id}:authorize` },
      { kind: 'capture', amount: 6600, status: 'succeeded', key: `extension:${ext.id}:capture` },
      { kind: 'capture', amount: 13200, status: 'succeeded', key: 'cancel:capture' },
    ]);
    assert.equal((await bookingRow(t, booked.id))!.paymentStatus, 'paid');
    const free = await scene(t);
    const b2 = await bookOk(t, free, 48, 8);
    expectOk(await extend(t, free, b2.id, hoursFrom(new Date(b2.end_date), 4)), 200, 'Extension approved');
    const d2 = expectOk(await cancel(t, free, b2.id), 200, 'Booking cancelled successfully').data;
    assert.equal(d2.refund.amount, 198);
    const ext2 = (await extensionRows(b2.id))[0]!;
    assert.deepEqual((await movements(t, b2.id)).slice(3), [
      { kind: 'release', amount: 13200, status: 'succeeded', key: 'cancel:release' },
      { kind: 'refund', amount: 6600, status: 'succeeded', key: `cancel:refund:${ext2.id}` },
    ]);
    assert.equal((await bookingRow(t, b2.id))!.paymentStatus, 'refunded');
  });

  it('only upcoming bookings: 400 with the reason otherwise', async () => {
    const s = await scene(t);
    const now = t.clock.now();
    const cases = [
      ['active', 'Booking has already started'],
      ['cancelled', 'Booking is already cancelled'],
      ['completed', 'Booking has already ended'],
    ] as const;
    let at = 100;
    for (const [status, reason] of cases) {
      const b = await insertBooking(t, s.agency, s.driver.clientId, s.vehicle, {
        status,
        startAt: hoursFrom(now, (at += 20)),
      });
      const err = expectError(await cancel(t, s, b.id), 400, 'Booking cannot be cancelled');
      assert.deepEqual(err.data, { reason });
      assert.equal((await bookingRow(t, b.id))!.status, status);
    }
  });

  it('cancelling twice: the second answer is 400 "Booking is already cancelled", nothing moves twice', async () => {
    const s = await scene(t);
    const booked = await bookOk(t, s, 48, 2);
    expectOk(await cancel(t, s, booked.id), 200, 'Booking cancelled successfully');
    const err = expectError(await cancel(t, s, booked.id), 400, 'Booking cannot be cancelled');
    assert.deepEqual(err.data, { reason: 'Booking is already cancelled' });
    assert.equal((await movements(t, booked.id)).length, 2);
  });

  it('validates the reason (max 500)', async () => {
    const s = await scene(t);
    const booked = await bookOk(t, s, 48, 2);
    expectError(await cancel(t, s, booked.id, { reason: 'x'.repeat(501) }), 422, 'Validation failed', {
      reason: ['The reason must not be greater than 500 characters.'],
    });
    expectOk(await cancel(t, s, booked.id, { reason: 'x'.repeat(500) }), 200, 'Booking cancelled successfully');
  });

  it('provider down during the release: still cancelled, the release waits in the ledger and its job finishes it', async () => {
    const s = await scene(t);
    const booked = await bookOk(t, s, 48, 2);
    fake(t).failNext('release', 'unavailable');
    expectOk(await cancel(t, s, booked.id), 200, 'Booking cancelled successfully');
    assert.deepEqual(
      (await movements(t, booked.id)).map((m) => m.status),
      ['succeeded', 'pending'],
    );
    assert.equal((await bookingRow(t, booked.id))!.paymentStatus, 'authorized');
    await t.deps.worker.drain();
    await t.deps.bookingPayments.idle();
    assert.deepEqual(
      (await movements(t, booked.id)).map((m) => m.status),
      ['succeeded', 'succeeded'],
    );
    assert.equal((await bookingRow(t, booked.id))!.paymentStatus, 'released');
  });
});

describe('POST /bookings/{id}/request-extension', () => {
  it('charges the extra hours at once (the docs example: 4 h x 15.00 = 60.00, tax 6.00, total 66.00)', async () => {
    const s = await scene(t);
    const booked = await bookOk(t, s, 24, 8);
    const newEnd = hoursFrom(new Date(booked.end_date), 4);
    const data = expectOk(await extend(t, s, booked.id, newEnd), 200, 'Extension approved').data;
    assert.deepEqual(Object.keys(data).sort(), EXTENSION_KEYS);
    assert.deepEqual(data, {
      id: booked.id,
      original_end_date: booked.end_date,
      new_end_date: iso(newEnd),
      extension_hours: 4,
      additional_cost: { subtotal: 60, tax: 6, total: 66, currency: 'USD' },
    });
    const row = (await bookingRow(t, booked.id))!;
    assert.equal(row.endAt.getTime(), newEnd.getTime());
    assert.equal(row.blockedUntil.getTime(), newEnd.getTime());
    assert.deepEqual([row.hours, row.subtotalMinor, row.taxMinor], [12, 18000, 1800]);
    const [ext] = await extensionRows(booked.id);
    assert.deepEqual(
      [ext!.hours, ext!.subtotalMinor, ext!.taxMinor, ext!.originalEndAt.getTime()],
      [4, 6000, 600, Date.parse(booked.end_date)],
    );
    assert.deepEqual(await movements(t, booked.id), [
      { kind: 'authorization', amount: 13200, status: 'succeeded', key: 'authorize' },
      { kind: 'authorization', amount: 6600, status: 'succeeded', key: `extension:${ext!.id}:authorize` },
      { kind: 'capture', amount: 6600, status: 'succeeded', key: `extension:${ext!.id}:capture` },
    ]);
    assert.equal(
      ext!.paymentId,
      (await t.deps.bookings.show(s.agency.agency, s.driver.clientId, booked.id)).movements[1]!.id,
    );
    const shown = expectOk(await show(t, s, booked.id), 200, 'Booking retrieved').data;
    assert.equal(shown.end_date, iso(newEnd));
    assert.deepEqual([shown.pricing.hours, shown.pricing.subtotal, shown.pricing.total], [12, 180, 198]);
  });

  it('extends an active booking too, with minutes rounded up to the hour', async () => {
    const s = await scene(t);
    const booked = await bookOk(t, s, 1, 4);
    t.clock.advance(2 * HOUR);
    await activate(t, booked.id);
    const newEnd = new Date(Date.parse(booked.end_date) + 90 * MINUTE);
    const data = expectOk(await extend(t, s, booked.id, newEnd), 200, 'Extension approved').data;
    assert.equal(data.extension_hours, 2);
    assert.deepEqual(data.additional_cost, { subtotal: 30, tax: 3, total: 33, currency: 'USD' });
  });

  it('409 when another booking blocks it, with the latest end that fits (turnaround included)', async () => {
    const s = await scene(t, { turnaround_minutes: 30 });
    const booked = await bookOk(t, s, 24, 8);
    const end = new Date(booked.end_date);
    // The next booking starts 6 h after this one ends: 5.5 h fit, so 5 whole hours.
    await insertBooking(t, s.agency, s.driver.clientId, s.vehicle, {
      startAt: hoursFrom(end, 6),
      endAt: hoursFrom(end, 10),
    });
    const err = expectError(await extend(t, s, booked.id, hoursFrom(end, 10)), 409, 'Extension not available');
    assert.deepEqual(err.data, {
      reason: 'The vehicle is booked after the current end date',
      max_end_date: iso(hoursFrom(end, 5)),
      max_extension_hours: 5,
    });
    // Nothing changed, nothing was charged.
    assert.equal((await bookingRow(t, booked.id))!.endAt.getTime(), end.getTime());
    assert.deepEqual(await extensionRows(booked.id), []);
    assert.equal((await movements(t, booked.id)).length, 1);
    // The offered maximum is accepted.
    expectOk(await extend(t, s, booked.id, err.data.max_end_date), 200, 'Extension approved');
    // Now nothing fits.
    const none = expectError(await extend(t, s, booked.id, hoursFrom(end, 6)), 409, 'Extension not available');
    assert.equal(none.data.max_extension_hours, 0);
    assert.equal(none.data.max_end_date, iso(hoursFrom(end, 5)));
  });

  it('402 on a declined charge: the extension is undone and nothing half-written stays', async () => {
    const s = await scene(t);
    const booked = await bookOk(t, s, 24, 8);
    const declining = await addCard(t, s, 'pm_card_chargeDeclined');
    await t.deps.database.db.update(bookings).set({ paymentMethodId: declining }).where(eq(bookings.id, booked.id));
    const before = (await bookingRow(t, booked.id))!;
    const err = expectError(
      await extend(t, s, booked.id, hoursFrom(new Date(booked.end_date), 4)),
      402,
      'Payment authorization failed',
    );
    assert.deepEqual(err.data, { reason: 'generic_decline' });
    const after = (await bookingRow(t, booked.id))!;
    assert.deepEqual(
      [after.endAt, after.blockedUntil, after.hours, after.subtotalMinor, after.taxMinor],
      [before.endAt, before.blockedUntil, before.hours, before.subtotalMinor, before.taxMinor],
    );
    assert.deepEqual(await extensionRows(booked.id), []);
    assert.deepEqual(
      (await movements(t, booked.id)).map((m) => [m.kind, m.status]),
      [
        ['authorization', 'succeeded'],
        ['authorization', 'failed'],
      ],
    );
    // The slot after the booking is free for others.
    const after8 = new Date(booked.end_date);
    expectOk(await create(t, s, body(s, after8, hoursFrom(after8, 2))), 201, 'Booking created successfully');
  });

  it('validates the new end: required, ISO with offset, after the current end and now, within max_booking_days', async () => {
    const s = await scene(t, { max_booking_days: 2 });
    const booked = await bookOk(t, s, 24, 8);
    const end = new Date(booked.end_date);
    const cases: Array<[unknown, string]> = [
      [undefined, 'The new end date field is required.'],
      [
        '2030-01-20T10:00:00',
        'The new end date must be an ISO 8601 date and time with a time zone offset (e.g. 2024-01-20T10:00:00Z).',
      ],
      [iso(end), 'The new end date must be a date after the current end date.'],
      [iso(hoursFrom(end, -1)), 'The new end date must be a date after the current end date.'],
      [
        iso(hoursFrom(new Date(booked.start_date), 48 + 1)),
        'The new end date must not be more than 2 days after the start date.',
      ],
    ];
    for (const [value, message] of cases) {
      const res = await extend(t, s, booked.id, value as string);
      expectError(res, 422, 'Validation failed', { new_end_date: [message] });
    }
    expectOk(await extend(t, s, booked.id, hoursFrom(new Date(booked.start_date), 48)), 200, 'Extension approved');
  });

  it('a booking past its end (within the grace period) cannot be extended into the past', async () => {
    const s = await scene(t);
    const booked = await bookOk(t, s, 1, 2);
    t.clock.advance(HOUR);
    await activate(t, booked.id);
    t.clock.set(new Date(Date.parse(booked.end_date) + 10 * MINUTE));
    const res = await extend(t, s, booked.id, new Date(Date.parse(booked.end_date) + 5 * MINUTE));
    expectError(res, 422, 'Validation failed', { new_end_date: ['The new end date must be a date after now.'] });
  });

  it('only upcoming or active bookings: 400 with the reason otherwise', async () => {
    const s = await scene(t);
    const now = t.clock.now();
    let at = 200;
    for (const [status, reason] of [
      ['cancelled', 'Booking is already cancelled'],
      ['completed', 'Booking has already ended'],
    ] as const) {
      const b = await insertBooking(t, s.agency, s.driver.clientId, s.vehicle, {
        status,
        startAt: hoursFrom(now, (at += 20)),
      });
      const err = expectError(await extend(t, s, b.id, hoursFrom(now, at + 12)), 400, 'Booking cannot be extended');
      assert.deepEqual(err.data, { reason });
    }
  });
});

describe('POST /bookings/{id}/end', () => {
  /** A booked and started rental: booked 1 h ahead for `hours`, the clock moved to its start, active. */
  async function rental(s: Scene, hours = 8) {
    const booked = await bookOk(t, s, 1, hours);
    t.clock.set(new Date(booked.start_date));
    await activate(t, booked.id);
    return booked;
  }

  it('locks the car, completes the booking and captures the price from the hold', async () => {
    const s = await scene(t);
    const booked = await rental(s);
    t.clock.advance(7 * HOUR);
    const data = expectOk(await end(t, s, booked.id), 200, 'Booking completed').data;
    assert.deepEqual(Object.keys(data).sort(), SHOW_KEYS);
    assert.equal(data.status, 'completed');
    assert.equal(data.actual_end, iso(t.clock.now()));
    assert.equal(data.can_cancel, false);
    assert.equal(data.can_extend, false);
    assert.equal(data.is_overdue, false);
    assert.deepEqual(data.pricing, {
      hourly_rate: 15,
      hours: 8,
      subtotal: 120,
      tax: 12,
      deposit: 0,
      late_fee: 0,
      total: 132,
      currency: 'USD',
    });
    assert.deepEqual(data.payment, {
      status: 'paid',
      method: 'Visa •••• 4242',
      transactions: [
        { type: 'authorization', amount: 132, status: 'succeeded' },
        { type: 'capture', amount: 132, status: 'succeeded' },
      ],
    });
    // The car: locked and immobilised, the command recorded for this client and booking.
    const unit = await simulatedUnit(t.deps.database.db, s.vehicle.id);
    assert.equal(unit?.state.is_locked, true);
    assert.equal(unit?.state.driving_enabled, false);
    const [cmd] = await t.deps.database.db
      .select()
      .from(vehicleCommands)
      .where(and(eq(vehicleCommands.vehicleId, s.vehicle.id), eq(vehicleCommands.bookingId, booked.id)));
    assert.deepEqual(
      [cmd?.action, cmd?.actorType, cmd?.actorId, cmd?.status],
      ['lock-and-disable-driving', 'client', s.driver.clientId, 'completed'],
    );
    const row = (await bookingRow(t, booked.id))!;
    assert.equal(row.endMileage, unit?.state.mileage);
    assert.equal(row.endFuelLevel, unit?.state.fuel_level);
    assert.equal(row.lateFeeMinor, 0);
    assert.ok((await messagesTo(t, s.driver.email)).includes('email:booking_receipt'));
    // The slot is free once the booking is completed.
    expectOk(
      await create(t, s, body(s, hoursFrom(t.clock.now(), 1), hoursFrom(t.clock.now(), 3))),
      201,
      'Booking created successfully',
    );
  });

  it('with a deposit: the partial capture gives the deposit back', async () => {
    const s = await scene(t, { deposit_required: true, deposit_amount: 200 });
    const booked = await rental(s);
    t.clock.advance(8 * HOUR);
    expectOk(await end(t, s, booked.id), 200, 'Booking completed');
    assert.deepEqual(await movements(t, booked.id), [
      { kind: 'authorization', amount: 33200, status: 'succeeded', key: 'authorize' },
      { kind: 'capture', amount: 13200, status: 'succeeded', key: 'end:capture' },
    ]);
    const hold = providerHold(s, booked.id).find((o) => o.kind === 'authorization');
    assert.equal(hold?.open, false);
  });

  it('within the grace period no late fee; past it, every started hour at 1.5 x the hourly rate', async () => {
    const s = await scene(t, { deposit_required: true, deposit_amount: 200 });
    const onTime = await rental(s);
    t.clock.set(new Date(Date.parse(onTime.end_date) + 15 * MINUTE));
    assert.equal(expectOk(await end(t, s, onTime.id), 200, 'Booking completed').data.pricing.late_fee, 0);

    const late = await rental(s);
    t.clock.set(new Date(Date.parse(late.end_date) + 75 * MINUTE));
    const data = expectOk(await end(t, s, late.id), 200, 'Booking completed').data;
    // 2 started hours x 22.50 = 45.00, on top of 132.00; the 332.00 hold covers it.
    assert.equal(data.pricing.late_fee, 45);
    assert.equal(data.pricing.total, 177);
    assert.equal(data.payment.status, 'paid');
    assert.deepEqual((await movements(t, late.id))[1], {
      kind: 'capture',
      amount: 17700,
      status: 'succeeded',
      key: 'end:capture',
    });
  });

  it('a late fee beyond the hold: the hold is captured and the rest charged on its own', async () => {
    const s = await scene(t, { late_fee_per_hour: 30 });
    const booked = await rental(s, 2);
    t.clock.set(hoursFrom(new Date(booked.end_date), 3));
    const data = expectOk(await end(t, s, booked.id), 200, 'Booking completed').data;
    // 2 h: 30.00 + 3.00 tax = 33.00 held; 3 late hours x 30.00 = 90.00.
    assert.equal(data.pricing.late_fee, 90);
    assert.equal(data.payment.status, 'paid');
    assert.deepEqual(await movements(t, booked.id), [
      { kind: 'authorization', amount: 3300, status: 'succeeded', key: 'authorize' },
      { kind: 'capture', amount: 3300, status: 'succeeded', key: 'end:capture' },
      { kind: 'authorization', amount: 9000, status: 'succeeded', key: 'balance:authorize' },
      { kind: 'capture', amount: 9000, status: 'succeeded', key: 'balance:capture' },
    ]);
  });

  it('an extension already charged is not charged again at the return', async () => {
    const s = await scene(t);
    const booked = await rental(s);
    expectOk(await extend(t, s, booked.id, hoursFrom(new Date(booked.end_date), 4)), 200, 'Extension approved');
    t.clock.advance(11 * HOUR);
    const data = expectOk(await end(t, s, booked.id), 200, 'Booking completed').data;
    assert.deepEqual([data.pricing.hours, data.pricing.total, data.payment.status], [12, 198, 'paid']);
    const m = await movements(t, booked.id);
    assert.deepEqual(m.at(-1), { kind: 'capture', amount: 13200, status: 'succeeded', key: 'end:capture' });
  });

  it('a capture that fails leaves the amount due and blocks the next booking (unpaid_balance)', async () => {
    const s = await scene(t);
    const booked = await rental(s);
    // The hold lapsed at the provider (released there): the capture is refused.
    const hold = providerHold(s, booked.id).find((o) => o.kind === 'authorization')!;
    await fake(t).release({ reference: hold.reference, idempotencyKey: 'test-lapse' });
    t.clock.advance(8 * HOUR);
    const data = expectOk(await end(t, s, booked.id), 200, 'Booking completed').data;
    assert.equal(data.status, 'completed');
    assert.equal(data.payment.status, 'unpaid');
    assert.deepEqual(data.payment.transactions.at(-1), { type: 'capture', amount: 132, status: 'failed' });
    const row = (await bookingRow(t, booked.id))!;
    assert.deepEqual([row.amountDueMinor, row.paymentStatus], [13200, 'unpaid']);
    const next = hoursFrom(t.clock.now(), 24);
    const err = expectError(await create(t, s, body(s, next, hoursFrom(next, 2))), 403, 'Booking requirements not met');
    assert.deepEqual(err.data, { missing: ['unpaid_balance'] });
  });

  it('the vehicle does not answer: 503, the booking stays active and nothing is charged', async () => {
    const s = await scene(t);
    const booked = await rental(s);
    await setSimulatedUnitOnline(t.deps.database.db, t.clock, s.agency.agency.id, s.vehicle.plateNumber, false);
    t.clock.advance(8 * HOUR);
    const err = expectError(await end(t, s, booked.id), 503, 'Vehicle did not respond');
    assert.equal(err.data.vehicle_id, s.vehicle.id);
    assert.equal(err.data.status, 'failed');
    assert.equal(typeof err.data.retry_after, 'number');
    const row = (await bookingRow(t, booked.id))!;
    assert.deepEqual([row.status, row.actualEnd], ['active', null]);
    assert.equal((await movements(t, booked.id)).length, 1);
    await setSimulatedUnitOnline(t.deps.database.db, t.clock, s.agency.agency.id, s.vehicle.plateNumber, true);
    expectOk(await end(t, s, booked.id), 200, 'Booking completed');
  });

  it('only active bookings: 400 with the reason otherwise (ending twice included)', async () => {
    const s = await scene(t);
    const upcoming = await bookOk(t, s, 24, 2);
    const err = expectError(await end(t, s, upcoming.id), 400, 'Booking cannot be ended');
    assert.deepEqual(err.data, { reason: 'Booking has not started yet' });
    const cancelled = await bookOk(t, s, 48, 2);
    expectOk(await cancel(t, s, cancelled.id), 200, 'Booking cancelled successfully');
    assert.deepEqual(expectError(await end(t, s, cancelled.id), 400, 'Booking cannot be ended').data, {
      reason: 'Booking is already cancelled',
    });
    const done = await rental(s, 2);
    t.clock.advance(2 * HOUR);
    expectOk(await end(t, s, done.id), 200, 'Booking completed');
    assert.deepEqual(expectError(await end(t, s, done.id), 400, 'Booking cannot be ended').data, {
      reason: 'Booking has already ended',
    });
    assert.equal((await movements(t, done.id)).length, 2);
  });
});

describe('booking ledger keys', () => {
  it('are the documented ones', () => {
    assert.equal(bookingKeys.hold(7), 'booking:7:authorize');
    assert.equal(bookingKeys.extensionAuthorize(7, 3), 'booking:7:extension:3:authorize');
  });
});

describe('cancellation and extensions whose charge is not settled (review fixes)', () => {
  const lateFor = (booked: { start_date: string }) => hoursFrom(new Date(booked.start_date), -2);
  const reconcile = () => t.deps.payments.reconcile({ since: hoursFrom(t.clock.now(), -96), olderThanSeconds: 300 });

  it('an extension authorized after the cancellation is released, never captured, and was not counted', async () => {
    const s = await scene(t);
    const booked = await bookOk(t, s, 48, 8);
    fake(t).failNext('authorization', 'lost-reply');
    const newEnd = hoursFrom(new Date(booked.end_date), 4);
    expectError(await extend(t, s, booked.id, newEnd), 503, 'Payment provider unavailable');
    const [ext] = await extensionRows(booked.id);
    t.clock.set(lateFor(booked));
    const data = expectOk(await cancel(t, s, booked.id), 200, 'Booking cancelled successfully').data;
    // 50% of the 132.00 charged; the 66.00 extension was never charged, so it is neither kept nor refunded.
    assert.equal(data.refund.amount, 66);
    await reconcile();
    await runJobs(t);
    assert.deepEqual(await movements(t, booked.id), [
      { kind: 'authorization', amount: 13200, status: 'succeeded', key: 'authorize' },
      { kind: 'authorization', amount: 6600, status: 'succeeded', key: `extension:${ext!.id}:authorize` },
      { kind: 'capture', amount: 6600, status: 'succeeded', key: 'cancel:capture' },
      { kind: 'release', amount: 6600, status: 'succeeded', key: `extension:${ext!.id}:authorize:release` },
    ]);
    const extHold = providerHold(s, booked.id).find((o) => o.idempotencyKey.endsWith(`extension:${ext!.id}:authorize`));
    assert.equal(extHold?.open, false);
    const row = (await bookingRow(t, booked.id))!;
    assert.deepEqual(
      [row.cancellationFeeMinor, row.refundMinor, row.amountDueMinor, row.paymentStatus],
      [6600, 6600, 0, 'partially_refunded'],
    );
  });

  it('an extension declined after the cancellation leaves nothing owed', async () => {
    const s = await scene(t);
    const booked = await bookOk(t, s, 48, 8);
    fake(t).failNext('authorization', 'unavailable');
    expectError(
      await extend(t, s, booked.id, hoursFrom(new Date(booked.end_date), 4)),
      503,
      'Payment provider unavailable',
    );
    t.clock.set(lateFor(booked));
    expectOk(await cancel(t, s, booked.id), 200, 'Booking cancelled successfully');
    await reconcile();
    await runJobs(t);
    const row = (await bookingRow(t, booked.id))!;
    assert.deepEqual([row.amountDueMinor, row.paymentStatus], [0, 'partially_refunded']);
    // No unpaid balance stands in the way of the next booking.
    await bookOk(t, s, 72, 2);
  });

  it('an extension captured after the cancellation is refunded in full, and was not counted', async () => {
    const s = await scene(t);
    const booked = await bookOk(t, s, 48, 8);
    fake(t).failNext('capture', 'unavailable');
    expectOk(await extend(t, s, booked.id, hoursFrom(new Date(booked.end_date), 4)), 200, 'Extension approved');
    const [ext] = await extensionRows(booked.id);
    const data = expectOk(await cancel(t, s, booked.id), 200, 'Booking cancelled successfully').data;
    assert.equal(data.refund.amount, 132);
    await runJobs(t);
    await runJobs(t);
    assert.deepEqual(await movements(t, booked.id), [
      { kind: 'authorization', amount: 13200, status: 'succeeded', key: 'authorize' },
      { kind: 'authorization', amount: 6600, status: 'succeeded', key: `extension:${ext!.id}:authorize` },
      { kind: 'capture', amount: 6600, status: 'succeeded', key: `extension:${ext!.id}:capture` },
      { kind: 'release', amount: 13200, status: 'succeeded', key: 'cancel:release' },
      { kind: 'refund', amount: 6600, status: 'succeeded', key: `cancel:refund:${ext!.id}` },
    ]);
    const row = (await bookingRow(t, booked.id))!;
    assert.deepEqual([row.refundMinor, row.amountDueMinor, row.paymentStatus], [13200, 0, 'refunded']);
  });

  it('a refund the provider refuses stays visible: failed in the ledger, payment_status paid', async () => {
    const s = await scene(t);
    const booked = await bookOk(t, s, 48, 8);
    expectOk(await extend(t, s, booked.id, hoursFrom(new Date(booked.end_date), 4)), 200, 'Extension approved');
    const [ext] = await extensionRows(booked.id);
    const auth = (await ledger(t, booked.id)).find(
      (p) => p.idempotencyKey === bookingKeys.extensionAuthorize(booked.id, ext!.id),
    )!;
    // Refunded behind our back (e.g. from the provider's dashboard): our refund will be refused.
    await fake(t).refund({
      reference: auth.providerReference!,
      idempotencyKey: `outside-${booked.id}`,
      tags: { agencyId: s.agency.agency.id, clientId: s.driver.clientId },
    });
    expectOk(await cancel(t, s, booked.id), 200, 'Booking cancelled successfully');
    assert.deepEqual((await movements(t, booked.id)).slice(3), [
      { kind: 'release', amount: 13200, status: 'succeeded', key: 'cancel:release' },
      { kind: 'refund', amount: 6600, status: 'failed', key: `cancel:refund:${ext!.id}` },
    ]);
    assert.equal((await bookingRow(t, booked.id))!.paymentStatus, 'paid');
  });

  it('a booking whose start has come cannot be cancelled, even before the worker activates it', async () => {
    const s = await scene(t);
    const booked = await bookOk(t, s, 1, 4);
    t.clock.set(new Date(Date.parse(booked.start_date) - 1000));
    assert.equal(expectOk(await show(t, s, booked.id), 200, 'Booking retrieved').data.can_cancel, true);
    t.clock.set(new Date(booked.start_date));
    const shown = expectOk(await show(t, s, booked.id), 200, 'Booking retrieved').data;
    assert.deepEqual([shown.status, shown.can_cancel, shown.can_extend], ['upcoming', false, true]);
    const err = expectError(await cancel(t, s, booked.id), 400, 'Booking cannot be cancelled');
    assert.deepEqual(err.data, { reason: 'Booking has already started' });
    const row = (await bookingRow(t, booked.id))!;
    assert.deepEqual([row.status, row.cancelledAt], ['upcoming', null]);
    assert.equal((await movements(t, booked.id)).length, 1);
  });

  it('an overdue booking (past end + overdue_grace_minutes) cannot be extended: its late fee stands', async () => {
    const s = await scene(t, { overdue_grace_minutes: 15 });
    const booked = await bookOk(t, s, 1, 2);
    t.clock.advance(HOUR);
    await activate(t, booked.id);
    const endAt = Date.parse(booked.end_date);
    t.clock.set(new Date(endAt + 15 * MINUTE));
    assert.equal(expectOk(await show(t, s, booked.id), 200, 'Booking retrieved').data.can_extend, true);
    t.clock.set(new Date(endAt + 15 * MINUTE + 1000));
    assert.equal(expectOk(await show(t, s, booked.id), 200, 'Booking retrieved').data.can_extend, false);
    const err = expectError(
      await extend(t, s, booked.id, hoursFrom(new Date(booked.end_date), 3)),
      400,
      'Booking cannot be extended',
    );
    assert.deepEqual(err.data, { reason: 'Booking is overdue' });
    assert.equal((await bookingRow(t, booked.id))!.endAt.getTime(), endAt);
    assert.deepEqual(await extensionRows(booked.id), []);
    assert.equal((await movements(t, booked.id)).length, 1);
  });

  it('an extension charge left pending (claimed elsewhere) answers 503; the hook undoes it on a decline', async () => {
    const s = await scene(t);
    const booked = await bookOk(t, s, 24, 8);
    const newEnd = hoursFrom(new Date(booked.end_date), 4);
    const payments = t.deps.payments;
    const execute = payments.execute;
    // Another process claimed the row first: execute hands it back as it stands, still pending.
    payments.execute = async (_agency, p) => p;
    let res;
    try {
      res = await extend(t, s, booked.id, newEnd);
    } finally {
      payments.execute = execute;
    }
    expectError(res, 503, 'Payment provider unavailable');
    // Held until the charge settles.
    assert.equal((await bookingRow(t, booked.id))!.endAt.getTime(), newEnd.getTime());
    assert.equal((await extensionRows(booked.id)).length, 1);
    assert.deepEqual(
      (await movements(t, booked.id)).map((m) => [m.kind, m.status]),
      [
        ['authorization', 'succeeded'],
        ['authorization', 'pending'],
      ],
    );
    // The provider never saw it: reconciliation fails it and the hook gives the time back.
    t.clock.advanceMinutes(10);
    await reconcile();
    assert.equal((await bookingRow(t, booked.id))!.endAt.getTime(), Date.parse(booked.end_date));
    assert.deepEqual(await extensionRows(booked.id), []);
  });
});

describe('the receipt and the deposit (review fixes)', () => {
  async function returnLate(settings: Record<string, unknown>, lateMinutes: number) {
    const s = await scene(t, { deposit_required: true, ...settings });
    const booked = await bookOk(t, s, 1, 2);
    t.clock.set(new Date(booked.start_date));
    await activate(t, booked.id);
    t.clock.set(new Date(Date.parse(booked.end_date) + lateMinutes * MINUTE));
    expectOk(await end(t, s, booked.id), 200, 'Booking completed');
    return (await lastMessage(t, s.driver.email)).body;
  }

  it('says the deposit is released only for the part the late fee did not take', async () => {
    assert.match(await returnLate({ deposit_amount: 200 }, 0), /Your deposit of 200\.00 USD is released\./);
    // 2 started hours x 22.50 = 45.00 taken from the 200.00 deposit.
    const partly = await returnLate({ deposit_amount: 200 }, 75);
    assert.match(
      partly,
      /45\.00 USD of your deposit of 200\.00 USD went towards the late return fee; the remaining 155\.00 USD is released\./,
    );
    const all = await returnLate({ deposit_amount: 20, late_fee_per_hour: 30 }, 30);
    assert.match(all, /Your deposit of 20\.00 USD went towards the late return fee\./);
    assert.doesNotMatch(all, /released/);
  });
});
