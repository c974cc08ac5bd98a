/**
 * The booking lifecycle worker (BookingLifecycle.tick) against a real database and the fake payment
 * provider, with the test's ManualClock for time: activation, the reminder, overdue fees, hold renewal
 * (placed and declined), release of stale pending bookings, and two workers ticking at once.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, like } from 'drizzle-orm';
import {
  type BookingRow,
  bookings,
  clients,
  outbox,
  type PaymentRow,
  payments,
  vehicleCommands,
  type VehicleRow,
  vehicleTelemetry,
} from '../../src/db/schema.js';
import { AppError } from '../../src/errors.js';
import { ManualClock } from '../../src/lib/clock.js';
import { AgenciesRepository } from '../../src/modules/agencies/agencies.repository.js';
import { BookingLifecycle, emptyCounts, type LifecycleCounts } from '../../src/modules/bookings/bookings.lifecycle.js';
import { LifecycleRepository } from '../../src/modules/bookings/lifecycle.repository.js';
import { FakePaymentProvider } from '../../src/providers/payments/fake.payments.js';
import {
  type OperationKind,
  PaymentProviderUnavailableError,
  type ProviderOperation,
} from '../../src/providers/payments/payment.provider.js';
import {
  CLIENT,
  call,
  createAgency,
  makeTestApp,
  TEST_DATABASE_URL,
  type TestAgency,
  type TestApp,
} from '../helpers/app.js';
import { expectOk } from '../helpers/envelope.js';
import {
  bookableClient,
  createStation,
  createVehicle,
  type Driver,
  hoursFrom,
  insertBooking,
  iso,
} from '../helpers/fleet.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const STALE_SECONDS = 300; // BOOKING_PENDING_STALE_SECONDS default

const cleanups: Array<() => Promise<void>> = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** The fake provider, with a switch that makes its reconciliation reads fail as if it were unreachable. */
class SwitchableFake extends FakePaymentProvider {
  lookupsDown = false;
  /** The next authorization throws a plain error (a bug, not a provider answer). */
  breakNextAuthorize = false;

  override async findOperation(
    kind: OperationKind,
    key: string,
    ref: string | null,
    account?: string,
  ): Promise<ProviderOperation | null> {
    if (this.lookupsDown) throw new PaymentProviderUnavailableError('provider unreachable (test)');
    return super.findOperation(kind, key, ref, account);
  }

  override async authorize(input: Parameters<FakePaymentProvider['authorize']>[0]) {
    if (this.breakNextAuthorize) {
      this.breakNextAuthorize = false;
      throw new Error('unexpected failure (test)');
    }
    return super.authorize(input);
  }
}

interface World {
  t: TestApp;
  clock: ManualClock;
  fake: SwitchableFake;
  agency: TestAgency;
  driver: Driver;
}

async function world(settings: Record<string, unknown> = {}): Promise<World> {
  const clock = new ManualClock(new Date(Math.floor(Date.now() / 1000) * 1000));
  const fake = new SwitchableFake(clock);
  const t = await makeTestApp({ clock, overrides: { paymentProvider: fake } });
  cleanups.push(() => t.close());
  const agency = await createAgency(t, { currency: 'USD', settings });
  const driver = await bookableClient(t, agency);
  return { t, clock, fake, agency, driver };
}

async function vehicle(w: World): Promise<VehicleRow> {
  return createVehicle(w.t, w.agency, await createStation(w.t, w.agency));
}

function tick(w: World): Promise<LifecycleCounts> {
  return w.t.deps.lifecycle.tick();
}

function counts(partial: Partial<LifecycleCounts>): LifecycleCounts {
  return { ...emptyCounts(), ...partial };
}

async function bookingRow(w: World, id: number): Promise<BookingRow | undefined> {
  const [row] = await w.t.deps.database.db.select().from(bookings).where(eq(bookings.id, id));
  return row;
}

async function paymentRow(w: World, id: number): Promise<PaymentRow> {
  const [row] = await w.t.deps.database.db.select().from(payments).where(eq(payments.id, id));
  assert.ok(row, `payment ${id} exists`);
  return row;
}

async function paymentByKey(w: World, key: string): Promise<PaymentRow | undefined> {
  return w.t.deps.payments.findByKey(w.agency.agency, key);
}

/** The messages of one kind queued to an address (email or phone). */
async function messages(w: World, to: string, kind: string) {
  return (await w.t.deps.notifications.list({ to, limit: 100 })).filter((m) => m.kind === kind);
}

/** The provider's view of an authorization (open: neither captured nor released). */
function providerHold(w: World, reference: string | null): ProviderOperation {
  const op = w.fake.operations().find((o) => o.kind === 'authorization' && o.reference === reference);
  assert.ok(op, `the provider has hold ${reference}`);
  return op;
}

/** A pending booking with its hold intended (as POST /bookings leaves it before calling the provider). */
async function pendingBooking(w: World, startAt: Date, endAt: Date, amountMinor = 13_200) {
  const v = await vehicle(w);
  const booking = await insertBooking(w.t, w.agency, w.driver.clientId, v, {
    status: 'pending',
    paymentStatus: 'pending',
    paymentMethodId: w.driver.paymentMethodId,
    startAt,
    endAt,
  });
  const hold = await w.t.deps.database.db.transaction(async (tx) => {
    const row = await w.t.deps.payments.intend(tx, {
      agency: w.agency.agency,
      clientId: w.driver.clientId,
      kind: 'authorization',
      amountMinor,
      key: `booking:${booking.id}:authorize`,
      paymentMethodId: w.driver.paymentMethodId,
      bookingId: booking.id,
    });
    await tx.update(bookings).set({ holdPaymentId: row.id }).where(eq(bookings.id, booking.id));
    return row;
  });
  return { booking, hold, vehicle: v };
}

/** A confirmed booking: its hold placed at the provider, which makes it upcoming (the bookings hook). */
async function heldBooking(w: World, startAt: Date, endAt: Date, amountMinor = 13_200) {
  const { booking, hold } = await pendingBooking(w, startAt, endAt, amountMinor);
  const placed = await w.t.deps.payments.execute(w.agency.agency, hold);
  assert.equal(placed.status, 'succeeded');
  const confirmed = await bookingRow(w, booking.id);
  assert.equal(confirmed?.status, 'upcoming');
  assert.equal(confirmed.holdPaymentId, hold.id);
  assert.ok(confirmed.holdExpiresAt);
  return { booking: confirmed, hold: placed };
}

/** The client unlocked the booking's car (a completed command recorded with the booking): it was picked up. */
async function unlocked(w: World, b: BookingRow): Promise<void> {
  const now = w.clock.now();
  await w.t.deps.database.db.insert(vehicleCommands).values({
    agencyId: w.agency.agency.id,
    vehicleId: b.vehicleId,
    bookingId: b.id,
    actorType: 'client',
    actorId: b.clientId,
    action: 'unlock',
    commandId: `cmd-${b.id}-${now.getTime()}`,
    status: 'completed',
    requestedAt: now,
    completedAt: now,
  });
}

/**
 * An active booking (started earlier, its car unlocked), with no payment rows: what reminders and
 * overdue fees read.
 */
async function activeBooking(w: World, endAt: Date, over: Partial<typeof bookings.$inferInsert> = {}, v?: VehicleRow) {
  const startAt = new Date(endAt.getTime() - 8 * HOUR);
  const b = await insertBooking(w.t, w.agency, w.driver.clientId, v ?? (await vehicle(w)), {
    status: 'active',
    actualStart: startAt,
    startAt,
    endAt,
    ...over,
  });
  await unlocked(w, b);
  return b;
}

describe('booking lifecycle: activation', () => {
  it('makes an upcoming booking active at its start, once, started at its scheduled start', async () => {
    const w = await world();
    const start = hoursFrom(w.clock.now(), 2);
    const v = await vehicle(w);
    await w.t.deps.database.db.insert(vehicleTelemetry).values({
      vehicleId: v.id,
      agencyId: w.agency.agency.id,
      state: { mileage: 12_345.6, is_locked: true },
      reportedAt: w.clock.now(),
      lastSeenAt: w.clock.now(),
    });
    const b = await insertBooking(w.t, w.agency, w.driver.clientId, v, { startAt: start });

    assert.deepEqual(await tick(w), counts({}));
    w.clock.set(new Date(start.getTime() - 1000));
    assert.deepEqual(await tick(w), counts({}));
    assert.equal((await bookingRow(w, b.id))?.status, 'upcoming');

    w.clock.set(new Date(start.getTime() + 20_000)); // the worker runs a little after the start
    assert.deepEqual(await tick(w), counts({ activated: 1 }));
    const active = await bookingRow(w, b.id);
    assert.equal(active?.status, 'active');
    assert.equal(active.actualStart?.toISOString(), start.toISOString());
    assert.equal(active.startMileage, 12_346);
    assert.deepEqual(await tick(w), counts({}));

    const shown = expectOk(
      await call(w.t, { url: `${CLIENT}/bookings/${b.id}`, agency: w.agency, token: w.driver.token }),
      200,
      'Booking retrieved',
    );
    assert.equal(shown.data.status, 'active');
    assert.equal(shown.data.actual_start, start.toISOString().replace(/\.\d{3}Z$/, 'Z'));
  });

  it('leaves a booking the first unlock already started as it is', async () => {
    const w = await world();
    const start = hoursFrom(w.clock.now(), 1);
    const b = await insertBooking(w.t, w.agency, w.driver.clientId, await vehicle(w), { startAt: start });
    w.clock.set(new Date(start.getTime() - 10 * MINUTE)); // inside the 15-minute pickup window
    await w.t.deps.bookingAccess.startOnUnlock(w.agency.agency, b.id, 500);
    const unlockedAt = w.clock.now();

    w.clock.set(start);
    assert.deepEqual(await tick(w), counts({}));
    const row = await bookingRow(w, b.id);
    assert.equal(row?.status, 'active');
    assert.equal(row.actualStart?.toISOString(), unlockedAt.toISOString());
    assert.equal(row.startMileage, 500);
  });
});

describe('booking lifecycle: reminder before the end', () => {
  it('sends one email and one SMS reminder_minutes_before_end before the end', async () => {
    const w = await world({ reminder_minutes_before_end: 45 });
    const end = hoursFrom(w.clock.now(), 2);
    const b = await activeBooking(w, end);

    w.clock.set(new Date(end.getTime() - 45 * MINUTE - 1000));
    assert.deepEqual(await tick(w), counts({}));
    assert.deepEqual(await messages(w, w.driver.email, 'booking_reminder'), []);

    w.clock.set(new Date(end.getTime() - 45 * MINUTE));
    assert.deepEqual(await tick(w), counts({ reminded: 1 }));
    const [mail] = await messages(w, w.driver.email, 'booking_reminder');
    assert.ok(mail);
    assert.match(mail.subject ?? '', new RegExp(`your rental ${b.reference} ends at`));
    assert.match(mail.body ?? '', /Toyota Corolla/);
    const [sms] = await messages(w, w.driver.phone, 'booking_reminder');
    assert.match(sms?.body ?? '', new RegExp(`your rental ${b.reference} ends at`));
    assert.equal((await bookingRow(w, b.id))?.reminderSentAt?.toISOString(), w.clock.now().toISOString());

    for (const minutes of [1, 10, 44]) {
      w.clock.set(new Date(end.getTime() - 45 * MINUTE + minutes * MINUTE));
      assert.deepEqual(await tick(w), counts({}));
    }
    assert.equal((await messages(w, w.driver.email, 'booking_reminder')).length, 1);
    assert.equal((await messages(w, w.driver.phone, 'booking_reminder')).length, 1);
  });

  it('reminds again for a new end after an extension, and never once the end has passed', async () => {
    const w = await world();
    const end = hoursFrom(w.clock.now(), 1);
    const b = await activeBooking(w, end);
    w.clock.set(new Date(end.getTime() - 30 * MINUTE));
    assert.equal((await tick(w)).reminded, 1);

    const newEnd = hoursFrom(end, 3);
    await w.t.deps.database.db
      .update(bookings)
      .set({ endAt: newEnd, blockedUntil: newEnd })
      .where(eq(bookings.id, b.id));
    w.clock.set(new Date(newEnd.getTime() - 31 * MINUTE));
    assert.deepEqual(await tick(w), counts({}));
    w.clock.set(new Date(newEnd.getTime() - 30 * MINUTE));
    assert.deepEqual(await tick(w), counts({ reminded: 1 }));
    assert.equal((await messages(w, w.driver.email, 'booking_reminder')).length, 2);

    // A booking the worker first sees after its end gets the overdue notice, not a reminder.
    const late = await activeBooking(w, new Date(w.clock.now().getTime() - MINUTE));
    assert.deepEqual(await tick(w), counts({ overdueHoldsExtended: 1 }));
    assert.equal((await bookingRow(w, late.id))?.reminderSentAt, null);
  });
});

describe('booking lifecycle: overdue', () => {
  it('accrues the late fee per started hour after the grace period, and tells the client once', async () => {
    const w = await world();
    const end = hoursFrom(w.clock.now(), 1);
    // 15.00 an hour: the late fee is 1.5 x 15.00 = 22.50 per started hour, after 15 minutes' grace.
    const b = await activeBooking(w, end, { reminderSentAt: w.clock.now() });
    const show = async () =>
      expectOk(
        await call(w.t, { url: `${CLIENT}/bookings/${b.id}`, agency: w.agency, token: w.driver.token }),
        200,
        'Booking retrieved',
      ).data;

    w.clock.set(new Date(end.getTime() + 15 * MINUTE));
    assert.deepEqual(await tick(w), counts({ overdueHoldsExtended: 1 })); // the car is still out: held
    assert.equal((await bookingRow(w, b.id))?.lateFeeMinor, 0);
    const inGrace = await show();
    assert.equal(inGrace.is_overdue, true);
    assert.equal(inGrace.pricing.late_fee, 0);

    w.clock.set(new Date(end.getTime() + 15 * MINUTE + 1000));
    assert.deepEqual(await tick(w), counts({ lateFeesRaised: 1, overdueNotified: 1 }));
    assert.equal((await bookingRow(w, b.id))?.lateFeeMinor, 2250);
    const mails = await messages(w, w.driver.email, 'booking_overdue');
    assert.equal(mails.length, 1);
    assert.match(mails[0]!.subject ?? '', new RegExp(`${b.reference} is overdue`));
    assert.match(mails[0]!.body ?? '', /late fee of 22\.50 USD applies for every started hour/);
    assert.equal((await messages(w, w.driver.phone, 'booking_overdue')).length, 1);
    const seen = await show();
    assert.equal(seen.pricing.late_fee, 22.5);
    assert.equal(seen.pricing.total, 120 + 12 + 22.5);

    w.clock.set(new Date(end.getTime() + 60 * MINUTE));
    assert.deepEqual(await tick(w), counts({ overdueHoldsExtended: 1 }));
    w.clock.set(new Date(end.getTime() + 60 * MINUTE + 1000));
    assert.deepEqual(await tick(w), counts({ lateFeesRaised: 1 }));
    assert.equal((await bookingRow(w, b.id))?.lateFeeMinor, 4500);
    w.clock.set(new Date(end.getTime() + 5 * HOUR + 30 * MINUTE));
    assert.deepEqual(await tick(w), counts({ lateFeesRaised: 1, overdueHoldsExtended: 1 }));
    assert.equal((await bookingRow(w, b.id))?.lateFeeMinor, 6 * 2250);
    assert.equal((await show()).pricing.late_fee, 135);
    assert.equal((await messages(w, w.driver.email, 'booking_overdue')).length, 1);
    assert.equal((await messages(w, w.driver.phone, 'booking_overdue')).length, 1);
  });

  it("uses the agency's late_fee_per_hour and overdue_grace_minutes, and stops once the booking is ended", async () => {
    const w = await world({ late_fee_per_hour: 20, overdue_grace_minutes: 0 });
    const end = hoursFrom(w.clock.now(), 1);
    const b = await activeBooking(w, end, { reminderSentAt: w.clock.now() });
    w.clock.set(new Date(end.getTime() + 1000));
    assert.deepEqual(await tick(w), counts({ lateFeesRaised: 1, overdueNotified: 1, overdueHoldsExtended: 1 }));
    assert.equal((await bookingRow(w, b.id))?.lateFeeMinor, 2000);

    await w.t.deps.database.db
      .update(bookings)
      .set({ status: 'completed', actualEnd: w.clock.now() })
      .where(eq(bookings.id, b.id));
    w.clock.set(new Date(end.getTime() + 4 * HOUR));
    assert.deepEqual(await tick(w), counts({}));
    assert.equal((await bookingRow(w, b.id))?.lateFeeMinor, 2000);
  });
});

describe('booking lifecycle: a car still out past its end', () => {
  /** POST /bookings of the car for [start, end) by the world's client. */
  async function book(w: World, vehicleId: number, start: Date, end: Date) {
    return call(w.t, {
      method: 'POST',
      url: `${CLIENT}/bookings`,
      agency: w.agency,
      token: w.driver.token,
      body: {
        vehicle_id: vehicleId,
        start_date: iso(start),
        end_date: iso(end),
        payment_method_id: w.driver.paymentMethodId,
      },
    });
  }

  it('stays held (end of the hold kept an hour plus the turnaround ahead) until it is returned', async () => {
    const w = await world({ turnaround_minutes: 30 });
    const end = hoursFrom(w.clock.now(), 1);
    const b = await activeBooking(w, end, { reminderSentAt: w.clock.now(), blockedUntil: hoursFrom(end, 0.5) });

    w.clock.set(new Date(end.getTime() + MINUTE));
    assert.deepEqual(await tick(w), counts({ overdueHoldsExtended: 1 }));
    const held = await bookingRow(w, b.id);
    assert.equal(held?.blockedUntil.toISOString(), new Date(w.clock.now().getTime() + 90 * MINUTE).toISOString());
    assert.equal(held.endAt.toISOString(), end.toISOString());

    // The hour after its end (past its old hold, end + turnaround): the car is not back, so it cannot be booked.
    const start = new Date(w.clock.now().getTime() + 35 * MINUTE);
    const taken = await book(w, b.vehicleId, start, hoursFrom(start, 1));
    assert.equal(taken.statusCode, 409, taken.body);
    assert.equal(taken.json().message, 'Vehicle is not available for the selected period');

    // Topped up once less than half an hour (plus the turnaround) is left, not on every tick.
    w.clock.set(new Date(end.getTime() + 30 * MINUTE));
    assert.deepEqual(await tick(w), counts({ lateFeesRaised: 1, overdueNotified: 1 }));
    w.clock.set(new Date(end.getTime() + 32 * MINUTE));
    assert.deepEqual(await tick(w), counts({ overdueHoldsExtended: 1 }));
    assert.equal(
      (await bookingRow(w, b.id))?.blockedUntil.toISOString(),
      new Date(w.clock.now().getTime() + 90 * MINUTE).toISOString(),
    );
    const later = new Date(w.clock.now().getTime() + 80 * MINUTE);
    assert.equal((await book(w, b.vehicleId, later, hoursFrom(later, 1))).statusCode, 409);

    // Returned: the car is free again.
    await w.t.deps.database.db
      .update(bookings)
      .set({ status: 'completed', actualEnd: w.clock.now() })
      .where(eq(bookings.id, b.id));
    assert.deepEqual(await tick(w), counts({}));
    const soon = new Date(w.clock.now().getTime() + 10 * MINUTE);
    expectOk(await book(w, b.vehicleId, soon, hoursFrom(soon, 1)), 201, 'Booking created successfully');
    await w.t.deps.bookingPayments.idle();
  });

  it("stops at the car's next booking, which stands, and the tick goes on", async () => {
    const w = await world();
    const end = hoursFrom(w.clock.now(), 1);
    const v = await vehicle(w);
    const b = await activeBooking(w, end, { reminderSentAt: w.clock.now() }, v);
    const nextStart = new Date(end.getTime() + 20 * MINUTE);
    const next = await insertBooking(w.t, w.agency, w.driver.clientId, v, {
      startAt: nextStart,
      endAt: hoursFrom(nextStart, 2),
    });
    const other = await activeBooking(w, end, { reminderSentAt: w.clock.now() });

    w.clock.set(new Date(end.getTime() + MINUTE));
    assert.deepEqual(await tick(w), counts({ overdueHoldsExtended: 2 }));
    assert.equal((await bookingRow(w, b.id))?.blockedUntil.toISOString(), nextStart.toISOString());
    assert.equal(
      (await bookingRow(w, other.id))?.blockedUntil.toISOString(),
      new Date(w.clock.now().getTime() + HOUR).toISOString(),
    );
    const kept = await bookingRow(w, next.id);
    assert.equal(kept?.status, 'upcoming');
    assert.equal(kept.startAt.toISOString(), nextStart.toISOString());

    // The hold can grow no more: the booking is not looked at again, and nothing fails.
    w.clock.set(new Date(end.getTime() + 10 * MINUTE));
    assert.deepEqual(await tick(w), counts({}));
    assert.equal((await bookingRow(w, b.id))?.blockedUntil.toISOString(), nextStart.toISOString());
  });
});

describe('booking lifecycle: many overdue bookings', () => {
  it('works off more overdue bookings than one batch: rows already current drop out', async () => {
    const w = await world();
    const end = hoursFrom(w.clock.now(), 1);
    const late = [];
    for (let i = 0; i < 3; i++) late.push(await activeBooking(w, end, { reminderSentAt: w.clock.now() }));
    const small = new BookingLifecycle(
      w.t.deps.database.db,
      new LifecycleRepository(),
      new AgenciesRepository(),
      w.t.deps.payments,
      w.t.deps.bookingPayments,
      w.t.deps.notifier,
      w.clock,
      w.t.deps.logger,
      { pollMs: 1000, pendingStaleSeconds: STALE_SECONDS, batchSize: 2 },
    );

    w.clock.set(new Date(end.getTime() + 15 * MINUTE + 1000));
    const first = await small.tick();
    assert.deepEqual([first.lateFeesRaised, first.overdueNotified], [2, 2]);
    const second = await small.tick();
    assert.deepEqual([second.lateFeesRaised, second.overdueNotified], [1, 1]);
    for (const b of late) assert.equal((await bookingRow(w, b.id))?.lateFeeMinor, 2250);
    assert.equal((await messages(w, w.driver.email, 'booking_overdue')).length, 3);

    w.clock.set(new Date(end.getTime() + HOUR + 1000));
    assert.equal((await small.tick()).lateFeesRaised, 2);
    assert.equal((await small.tick()).lateFeesRaised, 1);
    assert.equal((await small.tick()).lateFeesRaised, 0);
    for (const b of late) assert.equal((await bookingRow(w, b.id))?.lateFeeMinor, 4500);
  });
});

describe('booking lifecycle: no-shows', () => {
  it('completes a booking whose car was never unlocked at its end plus the grace period, with no late fee', async () => {
    const w = await world();
    const start = hoursFrom(w.clock.now(), 1);
    const end = hoursFrom(start, 4);
    // 120.00 + 12.00 tax, plus a 50.00 deposit on the hold.
    const { booking, hold } = await heldBooking(w, start, end, 18_200);
    const picked = await heldBooking(w, start, end, 18_200);

    w.clock.set(new Date(start.getTime() + MINUTE));
    assert.deepEqual(await tick(w), counts({ activated: 2 }));
    await unlocked(w, picked.booking);

    w.clock.set(new Date(end.getTime() + 15 * MINUTE));
    assert.deepEqual(await tick(w), counts({ overdueHoldsExtended: 2 }));
    w.clock.set(new Date(end.getTime() + 15 * MINUTE + 1000));
    assert.deepEqual(await tick(w), counts({ noShowsCompleted: 1, lateFeesRaised: 1, overdueNotified: 1 }));

    const done = await bookingRow(w, booking.id);
    assert.equal(done?.status, 'completed');
    assert.equal(done.actualEnd?.toISOString(), end.toISOString());
    assert.equal(done.lateFeeMinor, 0);
    assert.equal(done.overdueNotifiedAt, null);
    const capture = await paymentByKey(w, `booking:${booking.id}:end:capture`);
    assert.equal(capture?.status, 'succeeded');
    assert.equal(capture.amountMinor, 13_200);
    assert.equal(capture.parentId, hold.id);
    assert.equal(providerHold(w, hold.providerReference).open, false);
    assert.equal((await bookingRow(w, picked.booking.id))?.lateFeeMinor, 2250);
    const mails = await messages(w, w.driver.email, 'booking_overdue');
    assert.equal(mails.length, 1);
    assert.match(mails[0]!.subject ?? '', new RegExp(picked.booking.reference));

    const shown = expectOk(
      await call(w.t, { url: `${CLIENT}/bookings/${booking.id}`, agency: w.agency, token: w.driver.token }),
      200,
      'Booking retrieved',
    ).data;
    assert.equal(shown.status, 'completed');
    assert.equal(shown.pricing.late_fee, 0);

    w.clock.advance(2 * HOUR);
    const later = await tick(w);
    assert.equal(later.noShowsCompleted, 0);
    assert.equal((await bookingRow(w, booking.id))?.lateFeeMinor, 0);
    await w.t.deps.bookingPayments.idle();
  });
});

describe('booking lifecycle: hold renewal', () => {
  it('places a new hold before the old one lapses, moves the booking to it and releases the old one', async () => {
    const w = await world();
    const created = w.clock.now();
    const start = new Date(created.getTime() + 6 * DAY + 12 * HOUR);
    const { booking, hold } = await heldBooking(w, start, hoursFrom(start, 8));
    assert.equal(booking.holdExpiresAt?.toISOString(), new Date(created.getTime() + 7 * DAY).toISOString());

    w.clock.set(new Date(created.getTime() + 6 * DAY - MINUTE)); // the hold lapses in a day and a minute
    assert.deepEqual(await tick(w), counts({}));

    w.clock.set(new Date(created.getTime() + 6 * DAY + MINUTE));
    assert.deepEqual(await tick(w), counts({ holdsRenewed: 1 }));
    const renewal = await paymentByKey(w, `booking:${booking.id}:authorize:1`);
    assert.ok(renewal);
    assert.equal(renewal.status, 'succeeded');
    assert.equal(renewal.kind, 'authorization');
    assert.equal(renewal.amountMinor, hold.amountMinor);
    assert.equal(renewal.paymentMethodId, w.driver.paymentMethodId);
    assert.equal(renewal.bookingId, booking.id);
    const moved = await bookingRow(w, booking.id);
    assert.equal(moved?.status, 'upcoming');
    assert.equal(moved.holdPaymentId, renewal.id);
    assert.equal(moved.holdExpiresAt?.toISOString(), new Date(w.clock.now().getTime() + 7 * DAY).toISOString());
    assert.equal(moved.paymentStatus, 'authorized');

    const release = await paymentByKey(w, `booking:${booking.id}:release:1`);
    assert.equal(release?.status, 'succeeded');
    assert.equal(release.kind, 'release');
    assert.equal(release.parentId, hold.id);
    assert.equal(providerHold(w, hold.providerReference).open, false);
    assert.equal(providerHold(w, renewal.providerReference).open, true);
    assert.equal(providerHold(w, renewal.providerReference).amountMinor, 13_200);

    assert.deepEqual(await tick(w), counts({}));
    w.clock.advance(6 * HOUR);
    assert.deepEqual(await tick(w), counts({}));

    // Cancelling now (late: less than 24 h before the start) takes the fee from the new hold.
    const res = await call(w.t, {
      method: 'POST',
      url: `${CLIENT}/bookings/${booking.id}/cancel`,
      agency: w.agency,
      token: w.driver.token,
      body: {},
    });
    expectOk(res, 200, 'Booking cancelled successfully');
    const capture = await paymentByKey(w, `booking:${booking.id}:cancel:capture`);
    assert.equal(capture?.parentId, renewal.id);
    await w.t.deps.bookingPayments.idle();
  });

  it('on a decline keeps the old hold, tells the client once, retries later and moves once the card pays', async () => {
    const w = await world();
    const created = w.clock.now();
    const start = new Date(created.getTime() + 10 * DAY);
    const { booking, hold } = await heldBooking(w, start, hoursFrom(start, 4));
    // The client's card on the booking now declines every charge.
    const [client] = await w.t.deps.database.db.select().from(clients).where(eq(clients.id, w.driver.clientId));
    const failing = await w.t.deps.paymentMethods.add(w.agency.agency, client!, 'pm_card_chargeCustomerFail', false);
    await w.t.deps.database.db.update(bookings).set({ paymentMethodId: failing.id }).where(eq(bookings.id, booking.id));

    w.clock.set(new Date(created.getTime() + 6 * DAY + HOUR));
    assert.deepEqual(await tick(w), counts({ renewalsDeclined: 1 }));
    const first = await paymentByKey(w, `booking:${booking.id}:authorize:1`);
    assert.equal(first?.status, 'failed');
    assert.equal(first.failureCode, 'generic_decline');
    const kept = await bookingRow(w, booking.id);
    assert.equal(kept?.status, 'upcoming');
    assert.equal(kept.holdPaymentId, hold.id);
    assert.equal(kept.holdExpiresAt?.toISOString(), booking.holdExpiresAt?.toISOString());
    assert.equal(providerHold(w, hold.providerReference).open, true);
    const mails = await messages(w, w.driver.email, 'booking_hold_renewal_failed');
    assert.equal(mails.length, 1);
    assert.match(mails[0]!.subject ?? '', new RegExp(`action needed for booking ${booking.reference}`));
    assert.match(mails[0]!.body ?? '', /visa card ending 0341 declined the renewal/);
    assert.equal((await messages(w, w.driver.phone, 'booking_hold_renewal_failed')).length, 1);

    // No new attempt for six hours; then another one, which declines without a second message.
    w.clock.advance(6 * HOUR - MINUTE);
    assert.deepEqual(await tick(w), counts({}));
    w.clock.advance(2 * MINUTE);
    assert.deepEqual(await tick(w), counts({ renewalsDeclined: 1 }));
    assert.equal((await paymentByKey(w, `booking:${booking.id}:authorize:2`))?.status, 'failed');
    assert.equal((await messages(w, w.driver.email, 'booking_hold_renewal_failed')).length, 1);
    assert.equal((await messages(w, w.driver.phone, 'booking_hold_renewal_failed')).length, 1);

    // The client puts a working card on it: the next attempt succeeds.
    await w.t.deps.database.db
      .update(bookings)
      .set({ paymentMethodId: w.driver.paymentMethodId })
      .where(eq(bookings.id, booking.id));
    w.clock.advance(6 * HOUR + MINUTE);
    assert.deepEqual(await tick(w), counts({ holdsRenewed: 1 }));
    const third = await paymentByKey(w, `booking:${booking.id}:authorize:3`);
    assert.equal(third?.status, 'succeeded');
    assert.equal((await bookingRow(w, booking.id))?.holdPaymentId, third.id);
    assert.equal((await paymentByKey(w, `booking:${booking.id}:release:3`))?.status, 'succeeded');
    assert.equal(providerHold(w, hold.providerReference).open, false);
  });

  it('keeps renewing the hold of a booking still out past its end (the return captures from it)', async () => {
    const w = await world();
    const created = w.clock.now();
    const start = hoursFrom(created, 1);
    const end = hoursFrom(created, 48);
    const { booking, hold } = await heldBooking(w, start, end);
    w.clock.set(hoursFrom(start, 0.1));
    assert.equal((await tick(w)).activated, 1);
    await unlocked(w, booking);

    // Four days overdue; the hold lapses in 23 hours: still 12 hours past now, left alone.
    w.clock.set(new Date(created.getTime() + 6 * DAY + HOUR));
    assert.equal((await tick(w)).holdsRenewed, 0);
    // Less than 12 hours left: renewed, although the booking ended long ago.
    w.clock.set(new Date(created.getTime() + 6 * DAY + 12 * HOUR + MINUTE));
    const counted = await tick(w);
    assert.equal(counted.holdsRenewed, 1);
    assert.equal(counted.errors, 0);
    const renewal = await paymentByKey(w, `booking:${booking.id}:authorize:1`);
    assert.equal(renewal?.status, 'succeeded');
    const row = await bookingRow(w, booking.id);
    assert.equal(row?.status, 'active');
    assert.equal(row.holdPaymentId, renewal.id);
    assert.equal(providerHold(w, hold.providerReference).open, false);
    assert.equal(providerHold(w, renewal.providerReference).open, true);
  });

  it('leaves holds that outlast the booking, and releases a renewal placed for a booking cancelled meanwhile', async () => {
    const w = await world();
    const created = w.clock.now();
    // Ends 6 days and 5 hours after its hold was placed: the hold lasts 19 hours beyond the end.
    const soon = await heldBooking(w, hoursFrom(created, 6 * 24 + 3), hoursFrom(created, 6 * 24 + 5));
    // A renewal left pending (its process died after the provider placed it), then the booking was cancelled.
    const start = new Date(created.getTime() + 8 * DAY);
    const { booking } = await heldBooking(w, start, hoursFrom(start, 4));
    w.clock.set(new Date(created.getTime() + 6 * DAY + HOUR));
    w.fake.failNext('authorization', 'lost-reply');
    assert.deepEqual(await tick(w), counts({}));
    const renewal = await paymentByKey(w, `booking:${booking.id}:authorize:1`);
    assert.equal(renewal?.status, 'pending');
    await w.t.deps.database.db
      .update(bookings)
      .set({ status: 'cancelled', cancelledAt: w.clock.now() })
      .where(eq(bookings.id, booking.id));

    // The stale sweep settles it through the provider; the booking no longer wants it: released.
    w.clock.advance((STALE_SECONDS + 1) * 1000);
    assert.deepEqual(await tick(w), counts({ paymentsResolved: 1 }));
    const settled = await paymentRow(w, renewal.id);
    assert.equal(settled.status, 'succeeded');
    assert.equal((await paymentByKey(w, `booking:${booking.id}:authorize:1:release`))?.status, 'succeeded');
    assert.equal(providerHold(w, settled.providerReference).open, false);
    assert.equal((await bookingRow(w, booking.id))?.holdPaymentId, booking.holdPaymentId);
    assert.equal((await bookingRow(w, soon.booking.id))?.holdPaymentId, soon.hold.id);
  });
});

describe('booking lifecycle: stale pending bookings', () => {
  it('releases a hold the provider placed for a booking whose request died', async () => {
    const w = await world();
    const { booking, hold } = await pendingBooking(w, hoursFrom(w.clock.now(), 24), hoursFrom(w.clock.now(), 30));
    w.fake.failNext('authorization', 'lost-reply'); // placed, but the request never heard back
    await assert.rejects(w.t.deps.payments.execute(w.agency.agency, hold), (err: unknown) => {
      return err instanceof AppError && err.code === 'PAYMENT_PROVIDER_UNAVAILABLE';
    });
    assert.equal(w.fake.operations().filter((o) => o.kind === 'authorization').length, 1);

    w.clock.advance((STALE_SECONDS - 1) * 1000);
    assert.deepEqual(await tick(w), counts({}));
    assert.equal((await bookingRow(w, booking.id))?.status, 'pending');

    w.clock.advance(2000);
    assert.deepEqual(await tick(w), counts({ staleReleased: 1, paymentsResolved: 1 }));
    assert.equal(await bookingRow(w, booking.id), undefined);
    const auth = await paymentRow(w, hold.id);
    assert.equal(auth.status, 'succeeded');
    const release = await paymentByKey(w, `booking:${booking.id}:authorize:release`);
    assert.equal(release?.status, 'succeeded');
    assert.equal(providerHold(w, auth.providerReference).open, false);
    await w.t.deps.worker.drain();
    await w.t.deps.bookingPayments.idle();
    assert.deepEqual(await tick(w), counts({}));
    assert.equal(w.fake.operations().filter((o) => o.kind === 'release').length, 1);
  });

  it('settles failed a hold the provider never placed (attempted, or never attempted at all)', async () => {
    const w = await world();
    const now = w.clock.now();
    const attempted = await pendingBooking(w, hoursFrom(now, 24), hoursFrom(now, 30));
    w.fake.failNext('authorization', 'unavailable');
    await assert.rejects(w.t.deps.payments.execute(w.agency.agency, attempted.hold));
    const abandoned = await pendingBooking(w, hoursFrom(now, 24), hoursFrom(now, 30));

    w.clock.advance((STALE_SECONDS + 1) * 1000);
    assert.deepEqual(await tick(w), counts({ staleReleased: 2, paymentsResolved: 2 }));
    for (const { booking, hold } of [attempted, abandoned]) {
      assert.equal(await bookingRow(w, booking.id), undefined);
      const auth = await paymentRow(w, hold.id);
      assert.equal(auth.status, 'failed');
      assert.equal(auth.failureCode, 'not_found_at_provider');
      assert.equal(await paymentByKey(w, `booking:${booking.id}:authorize:release`), undefined);
    }
    // Nothing reached the provider: no hold was placed, none is released.
    assert.equal(w.fake.operations().filter((o) => o.idempotencyKey.includes(':booking:')).length, 0);
    assert.deepEqual(await tick(w), counts({}));
  });

  it('leaves a booking whose hold is being placed right now, and retries when the provider is unreachable', async () => {
    const w = await world();
    const now = w.clock.now();
    const { booking, hold } = await pendingBooking(w, hoursFrom(now, 24), hoursFrom(now, 30));
    w.clock.advance((STALE_SECONDS + 60) * 1000);
    // A request is placing the hold at this moment (it was claimed a second ago).
    w.fake.failNext('authorization', 'lost-reply');
    await assert.rejects(w.t.deps.payments.execute(w.agency.agency, hold));
    w.clock.advance(1000);
    assert.deepEqual(await tick(w), counts({}));
    assert.equal((await bookingRow(w, booking.id))?.status, 'pending');

    // Later the provider cannot be asked: the booking is released, its payment waits for the next tick.
    w.clock.advance(STALE_SECONDS * 1000);
    w.fake.lookupsDown = true;
    assert.deepEqual(await tick(w), counts({ staleReleased: 1 }));
    assert.equal(await bookingRow(w, booking.id), undefined);
    assert.equal((await paymentRow(w, hold.id)).status, 'pending');

    w.fake.lookupsDown = false;
    assert.deepEqual(await tick(w), counts({})); // just attempted: not stale yet
    w.clock.advance((STALE_SECONDS + 1) * 1000);
    assert.deepEqual(await tick(w), counts({ paymentsResolved: 1 }));
    const auth = await paymentRow(w, hold.id);
    assert.equal(auth.status, 'succeeded');
    assert.equal((await paymentByKey(w, `booking:${booking.id}:authorize:release`))?.status, 'succeeded');
    assert.equal(providerHold(w, auth.providerReference).open, false);
  });
});

describe('booking lifecycle: robustness', () => {
  it('a failing row does not stop the tick: the other steps run and the row is retried', async () => {
    const w = await world();
    const created = w.clock.now();
    const start = new Date(created.getTime() + 6 * DAY + 12 * HOUR);
    const { booking } = await heldBooking(w, start, hoursFrom(start, 8));
    w.clock.set(new Date(created.getTime() + 6 * DAY + HOUR));
    const due = await insertBooking(w.t, w.agency, w.driver.clientId, await vehicle(w), {
      startAt: new Date(w.clock.now().getTime() - MINUTE),
    });
    w.fake.breakNextAuthorize = true;
    const first = await tick(w);
    assert.equal(first.activated, 1);
    assert.equal(first.errors, 1);
    assert.equal(first.holdsRenewed, 0);
    assert.equal((await bookingRow(w, due.id))?.status, 'active');

    // The renewal's row stayed pending (claimed): the stale sweep settles it, then a new attempt goes through.
    w.clock.advance((STALE_SECONDS + 1) * 1000);
    assert.deepEqual(await tick(w), counts({ paymentsResolved: 1 }));
    assert.equal((await paymentByKey(w, `booking:${booking.id}:authorize:1`))?.failureCode, 'not_found_at_provider');
    assert.deepEqual(await tick(w), counts({ holdsRenewed: 1 }));
    const renewed = await paymentByKey(w, `booking:${booking.id}:authorize:2`);
    assert.equal((await bookingRow(w, booking.id))?.holdPaymentId, renewed?.id);
    assert.deepEqual(await messages(w, w.driver.email, 'booking_hold_renewal_failed'), []);
  });

  it('start() ticks at once and every LIFECYCLE_POLL_MS; stop() waits for the running tick', async () => {
    const w = await world();
    const b = await insertBooking(w.t, w.agency, w.driver.clientId, await vehicle(w), {
      startAt: new Date(w.clock.now().getTime() - MINUTE),
    });
    const lifecycle = new BookingLifecycle(
      w.t.deps.database.db,
      new LifecycleRepository(),
      new AgenciesRepository(),
      w.t.deps.payments,
      w.t.deps.bookingPayments,
      w.t.deps.notifier,
      w.clock,
      w.t.deps.logger,
      { pollMs: 100, pendingStaleSeconds: STALE_SECONDS },
    );
    lifecycle.start();
    const deadline = Date.now() + 10_000;
    while ((await bookingRow(w, b.id))?.status !== 'active' && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    assert.equal((await bookingRow(w, b.id))?.status, 'active');
    const later = await insertBooking(w.t, w.agency, w.driver.clientId, await vehicle(w), {
      startAt: new Date(w.clock.now().getTime() - MINUTE),
    });
    while ((await bookingRow(w, later.id))?.status !== 'active' && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    assert.equal((await bookingRow(w, later.id))?.status, 'active');
    await lifecycle.stop();
  });
});

describe('booking lifecycle: two workers at once', () => {
  it('do each thing once', async () => {
    const w = await world();
    const now = w.clock.now();
    // A second worker: another app on the same PostgreSQL schema, or another lifecycle on the same PGlite.
    let second: BookingLifecycle;
    if (TEST_DATABASE_URL) {
      const other = await makeTestApp({
        clock: w.clock,
        pgSchema: w.t.pgSchema,
        // Two processes of one deployment: same APP_KEY (message bodies are sealed with it).
        env: { APP_KEY: w.t.deps.config.APP_KEY! },
        overrides: { paymentProvider: w.fake },
      });
      cleanups.push(() => other.close());
      second = other.deps.lifecycle;
    } else {
      second = new BookingLifecycle(
        w.t.deps.database.db,
        new LifecycleRepository(),
        new AgenciesRepository(),
        w.t.deps.payments,
        w.t.deps.bookingPayments,
        w.t.deps.notifier,
        w.clock,
        w.t.deps.logger,
        { pollMs: 1000, pendingStaleSeconds: STALE_SECONDS },
      );
    }

    // Holds that lapse in under a day (placed 6 days and 1 hour before the test's "now").
    w.clock.set(new Date(now.getTime() - 6 * DAY - HOUR));
    const renewals = [];
    for (let i = 0; i < 3; i++) {
      const start = hoursFrom(now, 12 + i);
      renewals.push(await heldBooking(w, start, hoursFrom(start, 4)));
    }
    w.clock.set(new Date(now.getTime() - (STALE_SECONDS + 10) * 1000));
    const stalePlaced = await pendingBooking(w, hoursFrom(now, 30), hoursFrom(now, 34));
    w.fake.failNext('authorization', 'lost-reply');
    await assert.rejects(w.t.deps.payments.execute(w.agency.agency, stalePlaced.hold));
    const staleNever = await pendingBooking(w, hoursFrom(now, 30), hoursFrom(now, 34));
    w.clock.set(now);
    const starting = [];
    for (let i = 0; i < 4; i++)
      starting.push(
        await insertBooking(w.t, w.agency, w.driver.clientId, await vehicle(w), {
          startAt: new Date(now.getTime() - i * MINUTE),
        }),
      );
    const ending = [];
    for (let i = 0; i < 3; i++) ending.push(await activeBooking(w, new Date(now.getTime() + 20 * MINUTE)));
    const late = [];
    for (let i = 0; i < 3; i++)
      late.push(await activeBooking(w, new Date(now.getTime() - HOUR), { reminderSentAt: now }));

    const total = emptyCounts();
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all([w.t.deps.lifecycle.tick(), second.tick(), w.t.deps.lifecycle.tick()]);
      for (const r of results) for (const k of Object.keys(total) as Array<keyof LifecycleCounts>) total[k] += r[k];
    }
    assert.deepEqual(
      total,
      counts({
        activated: 4,
        reminded: 3,
        lateFeesRaised: 3,
        overdueNotified: 3,
        overdueHoldsExtended: 3,
        holdsRenewed: 3,
        staleReleased: 2,
        paymentsResolved: 2,
      }),
    );

    const db = w.t.deps.database.db;
    for (const b of starting) assert.equal((await bookingRow(w, b.id))?.status, 'active');
    for (const b of ending) {
      assert.equal((await messages(w, w.driver.email, 'booking_reminder')).length, 3);
      assert.ok((await bookingRow(w, b.id))?.reminderSentAt);
    }
    for (const b of late) assert.equal((await bookingRow(w, b.id))?.lateFeeMinor, 2250);
    assert.equal((await messages(w, w.driver.email, 'booking_overdue')).length, 3);
    assert.equal((await messages(w, w.driver.phone, 'booking_overdue')).length, 3);
    for (const { booking, hold } of renewals) {
      const rows = await db
        .select()
        .from(payments)
        .where(like(payments.idempotencyKey, `booking:${booking.id}:%`));
      assert.deepEqual(rows.map((r) => r.idempotencyKey).sort(), [
        `booking:${booking.id}:authorize`,
        `booking:${booking.id}:authorize:1`,
        `booking:${booking.id}:release:1`,
      ]);
      const renewal = rows.find((r) => r.idempotencyKey.endsWith(':authorize:1'))!;
      assert.equal((await bookingRow(w, booking.id))?.holdPaymentId, renewal.id);
      assert.equal(providerHold(w, hold.providerReference).open, false);
      assert.equal(
        w.fake.operations().filter((o) => o.idempotencyKey.endsWith(`:booking:${booking.id}:authorize:1`)).length,
        1,
      );
    }
    for (const { booking } of [stalePlaced, staleNever]) assert.equal(await bookingRow(w, booking.id), undefined);
    assert.equal((await paymentRow(w, staleNever.hold.id)).status, 'failed');
    const placed = await paymentRow(w, stalePlaced.hold.id);
    assert.equal(placed.status, 'succeeded');
    assert.equal((await paymentByKey(w, `booking:${stalePlaced.booking.id}:authorize:release`))?.status, 'succeeded');
    assert.equal(
      w.fake.operations().filter((o) => o.kind === 'release' && o.authorizationReference === placed.providerReference)
        .length,
      1,
    );
    const queued = await db
      .select()
      .from(outbox)
      .where(and(eq(outbox.agencyId, w.agency.agency.id), eq(outbox.kind, 'booking_reminder')));
    assert.equal(queued.length, 6); // 3 emails + 3 SMS
    await w.t.deps.bookingPayments.idle();
  });
});
