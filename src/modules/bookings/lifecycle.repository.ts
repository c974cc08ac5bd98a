import {
  and,
  asc,
  desc,
  eq,
  gt,
  gte,
  inArray,
  isNotNull,
  isNull,
  like,
  lt,
  lte,
  ne,
  notExists,
  or,
  sql,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/client.js';
import {
  type BookingRow,
  bookingExtensions,
  bookings,
  clients,
  paymentMethods,
  type PaymentRow,
  payments,
  vehicleCommands,
  vehicles,
  vehicleTelemetry,
} from '../../db/schema.js';

/** A booking with what its messages need: who to tell and which car. */
export interface LiveBooking {
  booking: BookingRow;
  client: { name: string; email: string; phone: string };
  vehicle: { brand: string; model: string; plateNumber: string };
}

/** `minutes` as an SQL interval (settings may carry fractions of a minute). */
function minutes(m: number) {
  return sql`${`${Math.round(m * 60)} seconds`}::interval`;
}

/** The idempotency key of a booking's n-th hold renewal; its pattern, for the ledger lookups. */
export function renewalKey(bookingId: number, n: number): string {
  return `booking:${bookingId}:authorize:${n}`;
}

/** `booking:<id>:authorize:<n>` -> {bookingId, n}; anything else (the booking's first hold included) -> null. */
export function parseRenewalKey(key: string): { bookingId: number; n: number } | null {
  const m = /^booking:(\d{1,18}):authorize:(\d{1,9})$/.exec(key);
  return m ? { bookingId: Number(m[1]), n: Number(m[2]) } : null;
}

/** `at` moved by `m` minutes, rounded to the second like `minutes()`: a bound an index on the column can use. */
function shifted(at: Date, m: number): Date {
  return new Date(at.getTime() + Math.round(m * 60) * 1000);
}

/** The car was unlocked under this booking at least once (a completed unlock command recorded with it). */
const UNLOCKED = sql`EXISTS (SELECT 1 FROM ${vehicleCommands}
  WHERE ${vehicleCommands.bookingId} = ${bookings.id}
    AND ${vehicleCommands.action} IN ('unlock', 'unlock-and-enable-driving')
    AND ${vehicleCommands.status} = 'completed')`;

/** Another booking of the same car that holds it (the exclusion constraint's rows). */
const other = alias(bookings, 'other_booking');

/**
 * How the late fee per hour is worked out for an agency (pricing.lateFeePerHour): the agency's
 * `late_fee_per_hour` in minor units of `currency`, or null for 1.5 x the booking's hourly rate.
 */
export interface LateFeeRate {
  configuredMinor: number | null;
  currency: string;
}

function renewalPattern(bookingId: number): string {
  return `booking:${bookingId}:authorize:%`;
}

const liveColumns = {
  booking: bookings,
  client: { name: clients.name, email: clients.email, phone: clients.phone },
  vehicle: { brand: vehicles.brand, model: vehicles.model, plateNumber: vehicles.plateNumber },
};

/**
 * What the lifecycle worker reads and writes. Every method takes the agency id, except the one scan
 * that finds which agencies have work. Writes are conditional on the state they move from, so two
 * workers (or a worker and a request) racing on one booking change it once.
 */
export class LifecycleRepository {
  /** Agencies with bookings in flight or booking payments left pending (all agencies). */
  async agenciesWithWork(q: Queryable): Promise<number[]> {
    const [live, pending] = await Promise.all([
      q
        .selectDistinct({ agencyId: bookings.agencyId })
        .from(bookings)
        .where(inArray(bookings.status, ['pending', 'upcoming', 'active'])),
      q
        .selectDistinct({ agencyId: payments.agencyId })
        .from(payments)
        .where(and(eq(payments.status, 'pending'), isNotNull(payments.bookingId))),
    ]);
    return [...new Set([...live, ...pending].map((r) => r.agencyId))].sort((a, b) => a - b);
  }

  /**
   * Upcoming bookings whose start has come become active, started at their scheduled start (and with
   * the odometer of the car's last telemetry, when it reported one). A booking the first unlock already
   * started is no longer upcoming: nothing changes for it.
   */
  async activateDue(q: Queryable, agencyId: number, now: Date, limit: number): Promise<number[]> {
    const due = q
      .select({ id: bookings.id })
      .from(bookings)
      .where(and(eq(bookings.agencyId, agencyId), eq(bookings.status, 'upcoming'), lte(bookings.startAt, now)))
      .orderBy(asc(bookings.startAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    const odometer = sql`(SELECT CASE WHEN jsonb_typeof(${vehicleTelemetry.state} -> 'mileage') = 'number'
        THEN round((${vehicleTelemetry.state} ->> 'mileage')::numeric)::int END
      FROM ${vehicleTelemetry} WHERE ${vehicleTelemetry.vehicleId} = ${bookings.vehicleId})`;
    const rows = await q
      .update(bookings)
      .set({
        status: 'active',
        actualStart: sql`${bookings.startAt}`,
        startMileage: sql`COALESCE(${bookings.startMileage}, ${odometer})`,
        updatedAt: now,
      })
      .where(and(eq(bookings.agencyId, agencyId), inArray(bookings.id, due), eq(bookings.status, 'upcoming')))
      .returning({ id: bookings.id });
    return rows.map((r) => r.id);
  }

  /** Active bookings inside their reminder window (`reminderMinutes` before the end) not reminded for this end. */
  async reminderDue(
    q: Queryable,
    agencyId: number,
    now: Date,
    reminderMinutes: number,
    limit: number,
  ): Promise<LiveBooking[]> {
    return this.live(q, agencyId, limit, [
      eq(bookings.status, 'active'),
      gt(bookings.endAt, now),
      lte(bookings.endAt, shifted(now, reminderMinutes)),
      this.notRemindedForThisEnd(reminderMinutes),
    ]);
  }

  /**
   * Records the reminder of a booking's present end; false when it is no longer due (sent by another
   * worker, the booking ended or moved). A reminder sent before an extension moved the end does not count.
   */
  async markReminded(
    q: Queryable,
    agencyId: number,
    bookingId: number,
    endAt: Date,
    reminderMinutes: number,
    now: Date,
  ): Promise<boolean> {
    const rows = await q
      .update(bookings)
      .set({ reminderSentAt: now, updatedAt: now })
      .where(
        and(
          eq(bookings.agencyId, agencyId),
          eq(bookings.id, bookingId),
          eq(bookings.status, 'active'),
          eq(bookings.endAt, endAt),
          this.notRemindedForThisEnd(reminderMinutes),
        ),
      )
      .returning({ id: bookings.id });
    return rows.length > 0;
  }

  /**
   * Active bookings past their end plus the grace period that have something to do: the car was
   * unlocked under them (a booking never picked up is a no-show: `noShows`), and either the late fee at
   * `now` is above the stored one (pricing.lateFee, in SQL) or the notice for this end is still due.
   * Rows already current drop out, so a backlog of any size is worked off `limit` rows per tick.
   */
  async overdue(
    q: Queryable,
    agencyId: number,
    now: Date,
    graceMinutes: number,
    rate: LateFeeRate,
    limit: number,
  ): Promise<LiveBooking[]> {
    // 1.5 x the hourly rate rounded half-up (percentOf), or the agency's rate when the booking is in its
    // currency (another currency: unknown here, so the row is always looked at and the worker decides).
    const perHour =
      rate.configuredMinor === null
        ? sql`round(${bookings.hourlyRateMinor} * 1.5)`
        : sql`CASE WHEN ${bookings.currency} = ${rate.currency.toUpperCase()} THEN ${rate.configuredMinor}::bigint END`;
    const startedHours = sql`ceil(extract(epoch FROM (${now.toISOString()}::timestamptz - ${bookings.endAt})) / 3600)`;
    return this.live(q, agencyId, limit, [
      eq(bookings.status, 'active'),
      lt(bookings.endAt, shifted(now, -graceMinutes)),
      UNLOCKED,
      or(
        this.overdueNoticeDue(graceMinutes),
        sql`(${bookings.lateFeeMinor} < ${startedHours} * ${perHour}) IS NOT FALSE`,
      ),
    ]);
  }

  /**
   * Active bookings past their end (the car is still out) whose hold on the car runs out before
   * `holdBelow`, unless the car's next booking starts right where the hold ends (it can grow no more).
   */
  async overdueHolds(q: Queryable, agencyId: number, now: Date, holdBelow: Date, limit: number): Promise<BookingRow[]> {
    return q
      .select()
      .from(bookings)
      .where(
        and(
          eq(bookings.agencyId, agencyId),
          eq(bookings.status, 'active'),
          lte(bookings.endAt, now),
          lt(bookings.blockedUntil, holdBelow),
          notExists(
            q
              .select({ one: sql`1` })
              .from(other)
              .where(
                and(
                  eq(other.vehicleId, bookings.vehicleId),
                  inArray(other.status, ['pending', 'upcoming', 'active']),
                  eq(other.startAt, bookings.blockedUntil),
                ),
              ),
          ),
        ),
      )
      .orderBy(asc(bookings.blockedUntil), asc(bookings.id))
      .limit(limit);
  }

  /** The start of the car's next booking that holds it, at or after `from` (another booking than this one). */
  async nextHoldingStart(
    q: Queryable,
    agencyId: number,
    vehicleId: number,
    bookingId: number,
    from: Date,
  ): Promise<{ id: number; startAt: Date } | undefined> {
    const rows = await q
      .select({ id: bookings.id, startAt: bookings.startAt })
      .from(bookings)
      .where(
        and(
          eq(bookings.agencyId, agencyId),
          eq(bookings.vehicleId, vehicleId),
          ne(bookings.id, bookingId),
          inArray(bookings.status, ['pending', 'upcoming', 'active']),
          gte(bookings.startAt, from),
        ),
      )
      .orderBy(asc(bookings.startAt))
      .limit(1);
    return rows[0];
  }

  /**
   * Holds the car of an active booking past its end until `until` (blocked_until only grows); false when
   * the booking moved (returned, extended) or already holds it that long. An exclusion violation (23P01)
   * means another booking took the time meanwhile.
   */
  async holdCarUntil(
    q: Queryable,
    agencyId: number,
    bookingId: number,
    endAt: Date,
    until: Date,
    now: Date,
  ): Promise<boolean> {
    const rows = await q
      .update(bookings)
      .set({ blockedUntil: until, updatedAt: now })
      .where(
        and(
          eq(bookings.agencyId, agencyId),
          eq(bookings.id, bookingId),
          eq(bookings.status, 'active'),
          eq(bookings.endAt, endAt),
          lte(bookings.endAt, now),
          lt(bookings.blockedUntil, until),
        ),
      )
      .returning({ id: bookings.id });
    return rows.length > 0;
  }

  /** Active bookings past their end plus the grace period whose car was never unlocked under them. */
  async noShows(q: Queryable, agencyId: number, now: Date, graceMinutes: number, limit: number): Promise<BookingRow[]> {
    return q
      .select()
      .from(bookings)
      .where(
        and(
          eq(bookings.agencyId, agencyId),
          eq(bookings.status, 'active'),
          lt(bookings.endAt, shifted(now, -graceMinutes)),
          sql`NOT ${UNLOCKED}`,
        ),
      )
      .orderBy(asc(bookings.endAt), asc(bookings.id))
      .limit(limit);
  }

  /**
   * Completes a no-show: ended at its scheduled end, no late fee. Conditional on it still being an
   * active, never unlocked booking past this end plus the grace period; undefined otherwise.
   */
  async completeNoShow(
    q: Queryable,
    agencyId: number,
    bookingId: number,
    endAt: Date,
    graceMinutes: number,
    now: Date,
  ): Promise<BookingRow | undefined> {
    const rows = await q
      .update(bookings)
      .set({ status: 'completed', actualEnd: endAt, lateFeeMinor: 0, updatedAt: now })
      .where(
        and(
          eq(bookings.agencyId, agencyId),
          eq(bookings.id, bookingId),
          eq(bookings.status, 'active'),
          eq(bookings.endAt, endAt),
          lt(bookings.endAt, shifted(now, -graceMinutes)),
          sql`NOT ${UNLOCKED}`,
        ),
      )
      .returning();
    return rows[0];
  }

  /** What the booking's extensions cost (charged when they were granted, not from the hold). */
  async extensionsMinor(q: Queryable, agencyId: number, bookingId: number): Promise<number> {
    const [row] = await q
      .select({ total: sql<string | null>`sum(${bookingExtensions.subtotalMinor} + ${bookingExtensions.taxMinor})` })
      .from(bookingExtensions)
      .where(and(eq(bookingExtensions.agencyId, agencyId), eq(bookingExtensions.bookingId, bookingId)));
    return Number(row?.total ?? 0);
  }

  /** Raises the stored late fee to `feeMinor` (it never goes down); false when it already is as high. */
  async raiseLateFee(
    q: Queryable,
    agencyId: number,
    bookingId: number,
    endAt: Date,
    feeMinor: number,
    now: Date,
  ): Promise<boolean> {
    const rows = await q
      .update(bookings)
      .set({ lateFeeMinor: feeMinor, updatedAt: now })
      .where(
        and(
          eq(bookings.agencyId, agencyId),
          eq(bookings.id, bookingId),
          eq(bookings.status, 'active'),
          eq(bookings.endAt, endAt),
          lt(bookings.lateFeeMinor, feeMinor),
        ),
      )
      .returning({ id: bookings.id });
    return rows.length > 0;
  }

  /**
   * Records the overdue notice for the booking's present end; false when it was already given (by
   * another worker, or for this end: a notice from before an extension moved the end does not count).
   */
  async markOverdueNotified(
    q: Queryable,
    agencyId: number,
    bookingId: number,
    endAt: Date,
    graceMinutes: number,
    now: Date,
  ): Promise<boolean> {
    const rows = await q
      .update(bookings)
      .set({ overdueNotifiedAt: now, updatedAt: now })
      .where(
        and(
          eq(bookings.agencyId, agencyId),
          eq(bookings.id, bookingId),
          eq(bookings.status, 'active'),
          eq(bookings.endAt, endAt),
          this.overdueNoticeDue(graceMinutes),
        ),
      )
      .returning({ id: bookings.id });
    return rows.length > 0;
  }

  /**
   * Upcoming and active bookings whose card hold lapses before `lapsesBefore` while the booking may
   * still need it: the hold does not outlast the scheduled end, or `now` for a booking still out past
   * its end (the capture at the return needs it), by `coverAfterEndMs`.
   */
  async holdsLapsing(
    q: Queryable,
    agencyId: number,
    now: Date,
    lapsesBefore: Date,
    coverAfterEndMs: number,
    limit: number,
  ): Promise<BookingRow[]> {
    return q
      .select()
      .from(bookings)
      .where(
        and(
          eq(bookings.agencyId, agencyId),
          inArray(bookings.status, ['upcoming', 'active']),
          isNotNull(bookings.holdPaymentId),
          lte(bookings.holdExpiresAt, lapsesBefore),
          lt(
            bookings.holdExpiresAt,
            sql`GREATEST(${bookings.endAt}, ${now.toISOString()}::timestamptz) + ${minutes(coverAfterEndMs / 60_000)}`,
          ),
        ),
      )
      .orderBy(asc(bookings.holdExpiresAt))
      .limit(limit);
  }

  /** Locks a booking for a short decision, unless another worker holds it (then undefined). */
  async lockIfFree(q: Queryable, agencyId: number, bookingId: number): Promise<BookingRow | undefined> {
    const rows = await q
      .select()
      .from(bookings)
      .where(and(eq(bookings.agencyId, agencyId), eq(bookings.id, bookingId)))
      .for('update', { skipLocked: true });
    return rows[0];
  }

  /** Locks a booking, waiting for it (inside a payment settlement). */
  async lock(q: Queryable, agencyId: number, bookingId: number): Promise<BookingRow | undefined> {
    const rows = await q
      .select()
      .from(bookings)
      .where(and(eq(bookings.agencyId, agencyId), eq(bookings.id, bookingId)))
      .for('update');
    return rows[0];
  }

  /** The booking with its client and vehicle. */
  async findLive(q: Queryable, agencyId: number, bookingId: number): Promise<LiveBooking | undefined> {
    return (await this.live(q, agencyId, 1, [eq(bookings.id, bookingId)]))[0];
  }

  /** Moves the booking to a renewed hold. */
  async moveHold(
    q: Queryable,
    agencyId: number,
    bookingId: number,
    hold: { paymentId: number; expiresAt: Date },
    now: Date,
  ): Promise<void> {
    await q
      .update(bookings)
      .set({ holdPaymentId: hold.paymentId, holdExpiresAt: hold.expiresAt, updatedAt: now })
      .where(and(eq(bookings.agencyId, agencyId), eq(bookings.id, bookingId)));
  }

  /** The booking's latest hold renewal (`booking:<id>:authorize:<n>`), if any. */
  async latestRenewal(q: Queryable, agencyId: number, bookingId: number): Promise<PaymentRow | undefined> {
    const rows = await q
      .select()
      .from(payments)
      .where(
        and(
          eq(payments.agencyId, agencyId),
          eq(payments.bookingId, bookingId),
          eq(payments.kind, 'authorization'),
          like(payments.idempotencyKey, renewalPattern(bookingId)),
        ),
      )
      .orderBy(desc(payments.id))
      .limit(1);
    return rows[0];
  }

  /** Renewals of the booking after `sinceId` (its present hold) that failed with `failureCodeOtherThan` excepted. */
  async failedRenewalsSince(
    q: Queryable,
    agencyId: number,
    bookingId: number,
    sinceId: number,
    exceptId: number,
    failureCodeOtherThan: string,
  ): Promise<number> {
    const rows = await q
      .select({ id: payments.id })
      .from(payments)
      .where(
        and(
          eq(payments.agencyId, agencyId),
          eq(payments.bookingId, bookingId),
          eq(payments.kind, 'authorization'),
          eq(payments.status, 'failed'),
          like(payments.idempotencyKey, renewalPattern(bookingId)),
          gt(payments.id, sinceId),
          ne(payments.id, exceptId),
          or(isNull(payments.failureCode), ne(payments.failureCode, failureCodeOtherThan)),
        ),
      );
    return rows.length;
  }

  async findPayment(q: Queryable, agencyId: number, id: number): Promise<PaymentRow | undefined> {
    const rows = await q
      .select()
      .from(payments)
      .where(and(eq(payments.agencyId, agencyId), eq(payments.id, id)))
      .limit(1);
    return rows[0];
  }

  /** The card's brand and last four, for a message. */
  async card(q: Queryable, agencyId: number, id: number): Promise<{ brand: string; lastFour: string } | undefined> {
    const rows = await q
      .select({ brand: paymentMethods.brand, lastFour: paymentMethods.lastFour })
      .from(paymentMethods)
      .where(and(eq(paymentMethods.agencyId, agencyId), eq(paymentMethods.id, id)))
      .limit(1);
    return rows[0];
  }

  /** Bookings still `pending` (their hold never settled) created at or before `before`. */
  async stalePending(q: Queryable, agencyId: number, before: Date, limit: number): Promise<BookingRow[]> {
    return q
      .select()
      .from(bookings)
      .where(and(eq(bookings.agencyId, agencyId), eq(bookings.status, 'pending'), lte(bookings.createdAt, before)))
      .orderBy(asc(bookings.id))
      .limit(limit);
  }

  /** Deletes a booking that is still pending; false when it moved on meanwhile. */
  async deletePending(q: Queryable, agencyId: number, bookingId: number): Promise<boolean> {
    const rows = await q
      .delete(bookings)
      .where(and(eq(bookings.agencyId, agencyId), eq(bookings.id, bookingId), eq(bookings.status, 'pending')))
      .returning({ id: bookings.id });
    return rows.length > 0;
  }

  /**
   * Booking payments still pending and untouched since `before`, except those of bookings still
   * `pending` (released through their booking first): what an interrupted flow left for reconciliation.
   */
  async stalePayments(q: Queryable, agencyId: number, before: Date, limit: number): Promise<PaymentRow[]> {
    return q
      .select()
      .from(payments)
      .where(
        and(
          eq(payments.agencyId, agencyId),
          eq(payments.status, 'pending'),
          isNotNull(payments.bookingId),
          or(and(isNull(payments.attemptedAt), lte(payments.createdAt, before)), lte(payments.attemptedAt, before)),
          notExists(
            q
              .select({ one: sql`1` })
              .from(bookings)
              .where(
                and(
                  eq(bookings.agencyId, agencyId),
                  eq(bookings.id, payments.bookingId),
                  eq(bookings.status, 'pending'),
                ),
              ),
          ),
        ),
      )
      .orderBy(asc(payments.id))
      .limit(limit);
  }

  /** The overdue notice was not given for the present end (one from before an extension does not count). */
  private overdueNoticeDue(graceMinutes: number) {
    return or(
      isNull(bookings.overdueNotifiedAt),
      lt(bookings.overdueNotifiedAt, sql`${bookings.endAt} + ${minutes(graceMinutes)}`),
    );
  }

  private notRemindedForThisEnd(reminderMinutes: number) {
    return or(
      isNull(bookings.reminderSentAt),
      lt(bookings.reminderSentAt, sql`${bookings.endAt} - ${minutes(reminderMinutes)}`),
    );
  }

  private async live(
    q: Queryable,
    agencyId: number,
    limit: number,
    conditions: Parameters<typeof and>,
  ): Promise<LiveBooking[]> {
    return q
      .select(liveColumns)
      .from(bookings)
      .innerJoin(clients, eq(clients.id, bookings.clientId))
      .innerJoin(vehicles, eq(vehicles.id, bookings.vehicleId))
      .where(and(eq(bookings.agencyId, agencyId), ...conditions))
      .orderBy(asc(bookings.endAt), asc(bookings.id))
      .limit(limit);
  }
}
