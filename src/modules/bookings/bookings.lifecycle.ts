import type { Db, Tx } from '../../db/client.js';
import type { BookingRow, PaymentRow } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { Clock } from '../../lib/clock.js';
import type { Logger } from '../../lib/logger.js';
import { toMinor } from '../../lib/money.js';
import type { AgenciesRepository } from '../agencies/agencies.repository.js';
import { type Agency, toAgency } from '../agencies/agencies.service.js';
import type { Notifier } from '../notifications/notifier.js';
import { NOT_FOUND_AT_PROVIDER, type PaymentsService } from '../payments/payments.service.js';
import { type BookingPayments, bookingKeys, HOLD_DAYS } from './booking-payments.js';
import { violatesNoOverlap } from './bookings.repository.js';
import {
  HOLD_RENEWAL_FAILED_KIND,
  holdRenewalFailedEmail,
  holdRenewalFailedSms,
  OVERDUE_KIND,
  overdueEmail,
  overdueSms,
  REMINDER_KIND,
  reminderEmail,
  reminderSms,
} from './lifecycle.messages.js';
import { type LifecycleRepository, type LiveBooking, parseRenewalKey, renewalKey } from './lifecycle.repository.js';
import { lateFee, lateFeePerHour } from './pricing.js';

const HOUR_MS = 3_600_000;
/** A hold is renewed in the last 24 hours before it lapses. */
export const RENEW_AHEAD_MS = 24 * HOUR_MS;
/**
 * ... unless it outlasts the booking's scheduled end (or now, for a booking still out past its end) by
 * this much: a hold that lapses well after the car is due back is left alone, and one of a car that is
 * late keeps being renewed until the return captures from it.
 */
export const COVER_AFTER_END_MS = 12 * HOUR_MS;
/** After a declined renewal, the next attempt waits this long (the old hold still stands meanwhile). */
export const RETRY_AFTER_DECLINE_MS = 6 * HOUR_MS;
/** Rows handled per step, agency and tick: a backlog is worked off over several ticks. */
const BATCH = 200;
/**
 * A booking still out past its end keeps holding its car (blocked_until) this far ahead of now, plus
 * the turnaround, so searches and new bookings see the car as taken until it is returned ...
 */
export const OVERDUE_HOLD_AHEAD_MS = HOUR_MS;
/** ... topped up once less than this is left (not on every tick). */
export const OVERDUE_HOLD_REFRESH_MS = 30 * 60_000;

/** The release of the hold a renewal replaced (`booking:<id>:release:<n>`). */
export function replacedHoldReleaseKey(bookingId: number, n: number): string {
  return `booking:${bookingId}:release:${n}`;
}

export interface LifecycleCounts {
  /** upcoming -> active at their start. */
  activated: number;
  /** End-of-rental reminders sent. */
  reminded: number;
  /** Overdue bookings whose stored late fee grew. */
  lateFeesRaised: number;
  /** Overdue notices sent. */
  overdueNotified: number;
  /** Bookings past their end whose hold on the car was extended (the car is still out). */
  overdueHoldsExtended: number;
  /** Bookings never picked up (no unlock) completed after their end plus the grace period. */
  noShowsCompleted: number;
  /** Holds replaced by a new authorization. */
  holdsRenewed: number;
  /** Renewals the card declined (the old hold stands). */
  renewalsDeclined: number;
  /** Stale pending bookings deleted. */
  staleReleased: number;
  /** Booking payments left pending that were settled through the provider. */
  paymentsResolved: number;
  /** Rows or steps that failed (logged; retried on the next tick). */
  errors: number;
}

export function emptyCounts(): LifecycleCounts {
  return {
    activated: 0,
    reminded: 0,
    lateFeesRaised: 0,
    overdueNotified: 0,
    overdueHoldsExtended: 0,
    noShowsCompleted: 0,
    holdsRenewed: 0,
    renewalsDeclined: 0,
    staleReleased: 0,
    paymentsResolved: 0,
    errors: 0,
  };
}

export interface LifecycleOptions {
  pollMs: number;
  /** A booking still pending after this long is released (BOOKING_PENDING_STALE_SECONDS). */
  pendingStaleSeconds: number;
  /** Rows per step, agency and tick (default 200). */
  batchSize?: number;
}

function describe(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).slice(0, 500);
}

function isAppError(err: unknown, code: AppError['code']): boolean {
  return err instanceof AppError && err.code === code;
}

/**
 * Moves bookings through time: activation at the start, the reminder before the end, the late fee and
 * notice of an overdue booking, renewal of card holds before they lapse, and release of bookings (and
 * booking payments) an interrupted request left pending. `tick()` runs every step once; `start()`
 * repeats it every `pollMs`.
 *
 * Every step is safe with several workers on one database: rows move by conditional UPDATEs (or under
 * FOR UPDATE SKIP LOCKED in short transactions), messages are written in the transaction of the change
 * they announce, and no transaction stays open across a provider call.
 */
export class BookingLifecycle {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = true;

  constructor(
    private readonly db: Db,
    private readonly repo: LifecycleRepository,
    private readonly agencies: AgenciesRepository,
    private readonly payments: PaymentsService,
    private readonly bookingPayments: BookingPayments,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly opts: LifecycleOptions,
  ) {}

  private get batch(): number {
    return this.opts.batchSize ?? BATCH;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const loop = () => {
      if (this.stopped) return;
      this.running = this.tick().finally(() => {
        this.running = undefined;
        if (this.stopped) return;
        this.timer = setTimeout(loop, this.opts.pollMs);
        this.timer.unref();
      });
    };
    loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Run every step once, for every agency with bookings in flight. Never throws. */
  async tick(): Promise<LifecycleCounts> {
    const counts = emptyCounts();
    let agencyIds: number[] = [];
    await this.guard(counts, { step: 'scan' }, async () => {
      agencyIds = await this.repo.agenciesWithWork(this.db);
    });
    for (const id of agencyIds) {
      let agency: Agency | undefined;
      await this.guard(counts, { step: 'agency', agency_id: id }, async () => {
        const row = await this.agencies.findById(this.db, id);
        agency = row ? toAgency(row) : undefined;
      });
      if (!agency) continue;
      await this.activate(agency, counts);
      await this.remind(agency, counts);
      await this.overdue(agency, counts);
      await this.renewHolds(agency, counts);
      await this.releaseStale(agency, counts);
    }
    const busy = Object.values(counts).some((n) => n > 0);
    this.logger[busy ? 'debug' : 'trace']({ ...counts, agencies: agencyIds.length }, 'booking lifecycle tick');
    return counts;
  }

  // ---------------------------------------------------------------------------------------------
  // 1. Activation

  private async activate(agency: Agency, counts: LifecycleCounts): Promise<void> {
    await this.guard(counts, { step: 'activation', agency_id: agency.id }, async () => {
      const ids = await this.repo.activateDue(this.db, agency.id, this.clock.now(), this.batch);
      counts.activated += ids.length;
    });
  }

  // ---------------------------------------------------------------------------------------------
  // 2. Reminder before the end

  private async remind(agency: Agency, counts: LifecycleCounts): Promise<void> {
    const minutes = agency.settings.reminder_minutes_before_end;
    let due: LiveBooking[] = [];
    await this.guard(counts, { step: 'reminder', agency_id: agency.id }, async () => {
      due = await this.repo.reminderDue(this.db, agency.id, this.clock.now(), minutes, this.batch);
    });
    for (const b of due) {
      await this.guard(counts, { step: 'reminder', booking_id: b.booking.id }, async () => {
        const sent = await this.db.transaction(async (tx) => {
          const now = this.clock.now();
          if (!(await this.repo.markReminded(tx, agency.id, b.booking.id, b.booking.endAt, minutes, now))) return false;
          await this.notifier.email(tx, {
            agencyId: agency.id,
            kind: REMINDER_KIND,
            to: b.client.email,
            fromName: agency.name,
            ...reminderEmail(agency, b),
          });
          await this.notifier.sms(tx, {
            agencyId: agency.id,
            kind: REMINDER_KIND,
            to: b.client.phone,
            text: reminderSms(agency, b),
          });
          return true;
        });
        if (sent) {
          counts.reminded += 1;
          this.notifier.committed();
        }
      });
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 3. Overdue: the car stays held, no-shows are completed, late fee and notice

  private async overdue(agency: Agency, counts: LifecycleCounts): Promise<void> {
    await this.holdOverdueCars(agency, counts);
    await this.completeNoShows(agency, counts);
    const grace = agency.settings.overdue_grace_minutes;
    const configuredRate = agency.settings.late_fee_per_hour;
    const rate = {
      configuredMinor: configuredRate === null ? null : toMinor(configuredRate, agency.currency),
      currency: agency.currency,
    };
    let late: LiveBooking[] = [];
    await this.guard(counts, { step: 'overdue', agency_id: agency.id }, async () => {
      late = await this.repo.overdue(this.db, agency.id, this.clock.now(), grace, rate, this.batch);
    });
    for (const b of late) {
      await this.guard(counts, { step: 'overdue', booking_id: b.booking.id }, async () => {
        const configured = agency.settings.late_fee_per_hour;
        const perHour = lateFeePerHour(
          b.booking.hourlyRateMinor,
          configured === null ? null : toMinor(configured, b.booking.currency),
        );
        const result = await this.db.transaction(async (tx) => {
          const now = this.clock.now();
          const fee = lateFee(b.booking.endAt, now, perHour, grace);
          const raised = await this.repo.raiseLateFee(tx, agency.id, b.booking.id, b.booking.endAt, fee, now);
          const notify = await this.repo.markOverdueNotified(tx, agency.id, b.booking.id, b.booking.endAt, grace, now);
          if (notify) {
            await this.notifier.email(tx, {
              agencyId: agency.id,
              kind: OVERDUE_KIND,
              to: b.client.email,
              fromName: agency.name,
              ...overdueEmail(agency, b, perHour),
            });
            await this.notifier.sms(tx, {
              agencyId: agency.id,
              kind: OVERDUE_KIND,
              to: b.client.phone,
              text: overdueSms(agency, b, perHour),
            });
          }
          return { raised, notify };
        });
        if (result.raised) counts.lateFeesRaised += 1;
        if (result.notify) {
          counts.overdueNotified += 1;
          this.notifier.committed();
        }
      });
    }
  }

  /**
   * A booking still out past its end keeps its car: blocked_until is kept OVERDUE_HOLD_AHEAD_MS plus the
   * turnaround ahead of now, so the car is not offered or booked while nobody knows when it comes back.
   * It never grows into the car's next booking: there it stops (the next client's booking stands, and
   * the clash is logged for the agency to sort out).
   */
  private async holdOverdueCars(agency: Agency, counts: LifecycleCounts): Promise<void> {
    const turnaroundMs = agency.settings.turnaround_minutes * 60_000;
    let out: BookingRow[] = [];
    await this.guard(counts, { step: 'overdue-hold', agency_id: agency.id }, async () => {
      const now = this.clock.now();
      const below = new Date(now.getTime() + turnaroundMs + OVERDUE_HOLD_REFRESH_MS);
      out = await this.repo.overdueHolds(this.db, agency.id, now, below, this.batch);
    });
    for (const b of out) {
      await this.guard(counts, { step: 'overdue-hold', booking_id: b.id }, async () => {
        try {
          const held = await this.db.transaction(async (tx) => {
            const now = this.clock.now();
            const wanted = new Date(now.getTime() + turnaroundMs + OVERDUE_HOLD_AHEAD_MS);
            const next = await this.repo.nextHoldingStart(tx, agency.id, b.vehicleId, b.id, b.blockedUntil);
            const clash = next !== undefined && next.startAt < wanted ? next : undefined;
            const until = clash ? clash.startAt : wanted;
            const moved = await this.repo.holdCarUntil(tx, agency.id, b.id, b.endAt, until, now);
            return { moved, clash };
          });
          if (held.moved) counts.overdueHoldsExtended += 1;
          if (held.clash)
            this.logger.warn(
              { agency_id: agency.id, booking_id: b.id, vehicle_id: b.vehicleId, next_booking_id: held.clash.id },
              "lifecycle: overdue booking's car is not back and its next booking starts",
            );
        } catch (err) {
          // A booking took the time between the look-up and the update: the next tick stops before it.
          if (!violatesNoOverlap(err)) throw err;
          this.logger.warn({ agency_id: agency.id, booking_id: b.id }, 'lifecycle: overdue hold met a new booking');
        }
      });
    }
  }

  /**
   * A booking activated at its start whose car was never unlocked, past its end plus the grace period,
   * is a no-show: completed at its scheduled end with no late fee, charged the booked price (subtotal
   * plus tax, less extensions already paid) from its hold, the rest (deposit included) released.
   */
  private async completeNoShows(agency: Agency, counts: LifecycleCounts): Promise<void> {
    const grace = agency.settings.overdue_grace_minutes;
    let due: BookingRow[] = [];
    await this.guard(counts, { step: 'no-show', agency_id: agency.id }, async () => {
      due = await this.repo.noShows(this.db, agency.id, this.clock.now(), grace, this.batch);
    });
    for (const b of due) {
      await this.guard(counts, { step: 'no-show', booking_id: b.id }, async () => {
        const movements = await this.db.transaction(async (tx) => {
          const now = this.clock.now();
          const done = await this.repo.completeNoShow(tx, agency.id, b.id, b.endAt, grace, now);
          if (!done) return undefined;
          const charge = done.subtotalMinor + done.taxMinor - (await this.repo.extensionsMinor(tx, agency.id, b.id));
          return this.bookingPayments.settlement(tx, agency, done, charge);
        });
        if (!movements) return;
        counts.noShowsCompleted += 1;
        this.logger.info({ agency_id: agency.id, booking_id: b.id }, 'lifecycle: no-show completed');
        this.notifier.committed();
        await this.bookingPayments.run(agency, movements);
      });
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 4. Hold renewal

  private async renewHolds(agency: Agency, counts: LifecycleCounts): Promise<void> {
    let lapsing: BookingRow[] = [];
    await this.guard(counts, { step: 'renewal', agency_id: agency.id }, async () => {
      const now = this.clock.now();
      const lapsesBefore = new Date(now.getTime() + RENEW_AHEAD_MS);
      lapsing = await this.repo.holdsLapsing(this.db, agency.id, now, lapsesBefore, COVER_AFTER_END_MS, this.batch);
    });
    for (const b of lapsing) {
      await this.guard(counts, { step: 'renewal', booking_id: b.id }, () => this.renewHold(agency, b, counts));
    }
  }

  /**
   * Place a new hold of the same amount on the booking's card, under `booking:<id>:authorize:<n>`. Its
   * settlement (onSettled, whoever settles it) moves the booking to it and releases the old one; a
   * decline keeps the old hold and tells the client. A renewal in flight (pending) is left alone: the
   * stale sweep settles it if its process died.
   */
  private async renewHold(agency: Agency, candidate: BookingRow, counts: LifecycleCounts): Promise<void> {
    const renewal = await this.db.transaction(async (tx) => {
      const b = await this.repo.lockIfFree(tx, agency.id, candidate.id);
      if (!b || (b.status !== 'upcoming' && b.status !== 'active')) return undefined;
      if (b.holdPaymentId !== candidate.holdPaymentId || b.holdPaymentId === null) return undefined;
      if (b.holdExpiresAt?.getTime() !== candidate.holdExpiresAt?.getTime()) return undefined;
      const now = this.clock.now();
      const latest = await this.repo.latestRenewal(tx, agency.id, b.id);
      if (latest && latest.id > b.holdPaymentId) {
        if (latest.status === 'pending') return undefined;
        const declined = latest.status === 'failed' && latest.failureCode !== NOT_FOUND_AT_PROVIDER;
        if (declined && latest.updatedAt.getTime() > now.getTime() - RETRY_AFTER_DECLINE_MS) return undefined;
      }
      const hold = await this.repo.findPayment(tx, agency.id, b.holdPaymentId);
      if (hold?.kind !== 'authorization' || hold.status !== 'succeeded') {
        this.logger.warn(
          { booking_id: b.id, payment_id: b.holdPaymentId },
          'lifecycle: booking hold is not a placed authorization',
        );
        return undefined;
      }
      const n = (latest ? (parseRenewalKey(latest.idempotencyKey)?.n ?? 0) : 0) + 1;
      return this.payments.intend(tx, {
        agency,
        clientId: b.clientId,
        kind: 'authorization',
        amountMinor: hold.amountMinor,
        key: renewalKey(b.id, n),
        paymentMethodId: b.paymentMethodId ?? hold.paymentMethodId,
        bookingId: b.id,
      });
    });
    if (!renewal) return;
    let settled: PaymentRow;
    try {
      settled = await this.payments.execute(agency, renewal);
    } catch (err) {
      if (isAppError(err, 'PAYMENT_DECLINED')) {
        counts.renewalsDeclined += 1;
        this.notifier.committed();
        return;
      }
      if (isAppError(err, 'PAYMENT_PROVIDER_UNAVAILABLE')) {
        this.logger.warn({ booking_id: candidate.id, payment_id: renewal.id }, 'lifecycle: hold renewal left pending');
        return;
      }
      throw err;
    }
    if (settled.status !== 'succeeded') return;
    if (await this.followUps(agency, settled)) counts.holdsRenewed += 1;
  }

  /**
   * After a hold renewal settled succeeded: carry out the release its settlement wrote (of the replaced
   * hold, or of the new one when the booking no longer wanted it). True when the booking moved to it.
   */
  private async followUps(agency: Agency, renewal: PaymentRow): Promise<boolean> {
    const key = parseRenewalKey(renewal.idempotencyKey);
    if (!key) return false;
    const replaced = await this.payments.findByKey(agency, replacedHoldReleaseKey(key.bookingId, key.n));
    const unused = await this.payments.findByKey(agency, bookingKeys.lateRelease(renewal.idempotencyKey));
    for (const release of [replaced, unused]) {
      if (release?.status !== 'pending') continue;
      try {
        await this.payments.execute(agency, release);
      } catch (err) {
        // Settled failed (refused) or left pending: the stale sweep retries what is still pending.
        this.logger.warn({ payment_id: release.id, error: describe(err) }, 'lifecycle: hold release not done');
      }
    }
    return unused === undefined;
  }

  /**
   * Settlement hook for hold renewals (`booking:<id>:authorize:<n>`), in the settling transaction, so a
   * renewal settled by the worker, by reconciliation or by the stale sweep ends the same way. Placed:
   * the booking moves to the new hold and the old one gets a release row (or, when the booking no longer
   * holds the car, the new hold is released). Declined: the old hold stands; the client is told once
   * per hold. Never received by the provider: nothing (the next tick tries again).
   */
  readonly onSettled = async (tx: Tx, payment: PaymentRow): Promise<void> => {
    if (payment.kind !== 'authorization') return;
    const key = parseRenewalKey(payment.idempotencyKey);
    if (!key || payment.bookingId !== key.bookingId) return;
    const agencyRow = await this.agencies.findById(tx, payment.agencyId);
    if (!agencyRow) return;
    const agency = toAgency(agencyRow);
    const booking = await this.repo.lock(tx, agency.id, key.bookingId);
    const live = booking !== undefined && (booking.status === 'upcoming' || booking.status === 'active');
    const now = this.clock.now();
    if (payment.status === 'succeeded') {
      if (live && booking.holdPaymentId === payment.id) return; // already moved (hook run twice)
      if (live && (booking.holdPaymentId === null || booking.holdPaymentId < payment.id)) {
        const old = booking.holdPaymentId
          ? await this.repo.findPayment(tx, agency.id, booking.holdPaymentId)
          : undefined;
        const placedAt = payment.attemptedAt ?? now;
        await this.repo.moveHold(
          tx,
          agency.id,
          booking.id,
          { paymentId: payment.id, expiresAt: new Date(placedAt.getTime() + HOLD_DAYS * 24 * HOUR_MS) },
          now,
        );
        if (old?.kind === 'authorization' && old.status === 'succeeded') {
          await this.payments.intend(tx, {
            agency,
            clientId: old.clientId,
            kind: 'release',
            amountMinor: old.amountMinor,
            key: replacedHoldReleaseKey(booking.id, key.n),
            bookingId: booking.id,
            parent: old,
          });
        }
        return;
      }
      // The booking was cancelled, ended or deleted meanwhile (or moved to a newer hold): give it back.
      await this.payments.intend(tx, {
        agency,
        clientId: payment.clientId,
        kind: 'release',
        amountMinor: payment.amountMinor,
        key: bookingKeys.lateRelease(payment.idempotencyKey),
        bookingId: payment.bookingId,
        parent: payment,
      });
      return;
    }
    if (!live || booking.holdPaymentId === null || payment.failureCode === NOT_FOUND_AT_PROVIDER) return;
    const earlier = await this.repo.failedRenewalsSince(
      tx,
      agency.id,
      booking.id,
      booking.holdPaymentId,
      payment.id,
      NOT_FOUND_AT_PROVIDER,
    );
    if (earlier > 0) return;
    const b = await this.repo.findLive(tx, agency.id, booking.id);
    if (!b) return;
    const card = payment.paymentMethodId ? await this.repo.card(tx, agency.id, payment.paymentMethodId) : undefined;
    await this.notifier.email(tx, {
      agencyId: agency.id,
      kind: HOLD_RENEWAL_FAILED_KIND,
      to: b.client.email,
      fromName: agency.name,
      ...holdRenewalFailedEmail(agency, b, card),
    });
    await this.notifier.sms(tx, {
      agencyId: agency.id,
      kind: HOLD_RENEWAL_FAILED_KIND,
      to: b.client.phone,
      text: holdRenewalFailedSms(agency, b),
    });
  };

  // ---------------------------------------------------------------------------------------------
  // 5. Stale pending bookings, and booking payments left pending

  private async releaseStale(agency: Agency, counts: LifecycleCounts): Promise<void> {
    const cutoff = new Date(this.clock.now().getTime() - this.opts.pendingStaleSeconds * 1000);
    let stale: BookingRow[] = [];
    await this.guard(counts, { step: 'stale', agency_id: agency.id }, async () => {
      stale = await this.repo.stalePending(this.db, agency.id, cutoff, this.batch);
    });
    for (const b of stale) {
      await this.guard(counts, { step: 'stale', booking_id: b.id }, () =>
        this.releaseBooking(agency, b, cutoff, counts),
      );
    }
    let left: PaymentRow[] = [];
    await this.guard(counts, { step: 'stale-payments', agency_id: agency.id }, async () => {
      left = await this.repo.stalePayments(this.db, agency.id, cutoff, this.batch);
    });
    for (const p of left) {
      await this.guard(counts, { step: 'stale-payments', payment_id: p.id }, () =>
        this.resolve(agency, p, cutoff, counts),
      );
    }
  }

  /**
   * A booking still pending after the stale delay: its request died between committing the slot and
   * settling the hold. The booking is deleted (if still pending and nobody is placing its hold right
   * now), then its authorization is settled through the provider: a hold that was placed is released by
   * the settlement hook (the booking is gone), one that never was settles failed. With the provider
   * unreachable the row stays pending and the stale-payments sweep tries again on the next tick.
   */
  private async releaseBooking(
    agency: Agency,
    candidate: BookingRow,
    cutoff: Date,
    counts: LifecycleCounts,
  ): Promise<void> {
    const released = await this.db.transaction(async (tx) => {
      const b = await this.repo.lockIfFree(tx, agency.id, candidate.id);
      if (b?.status !== 'pending') return undefined;
      const auth = b.holdPaymentId ? await this.repo.findPayment(tx, agency.id, b.holdPaymentId) : undefined;
      // Its request is still placing the hold (attempted since the cutoff): not stale after all.
      if (auth?.status === 'pending' && auth.attemptedAt && auth.attemptedAt > cutoff) return undefined;
      // A placed hold promotes the booking in its settlement: a pending booking with one is not ours to drop.
      if (auth?.status === 'succeeded') return undefined;
      if (!(await this.repo.deletePending(tx, agency.id, b.id))) return undefined;
      return { auth };
    });
    if (!released) return;
    counts.staleReleased += 1;
    this.logger.info({ booking_id: candidate.id, agency_id: agency.id }, 'lifecycle: stale pending booking released');
    if (released.auth?.status === 'pending') await this.resolve(agency, released.auth, cutoff, counts);
  }

  /** Settle a booking payment left pending through the provider, then carry out the release it calls for. */
  private async resolve(agency: Agency, payment: PaymentRow, cutoff: Date, counts: LifecycleCounts): Promise<void> {
    const outcome = await this.payments.resolvePending(agency, payment, { idleSince: cutoff });
    if (!outcome || outcome.resolution === 'stillPending') return;
    counts.paymentsResolved += 1;
    this.notifier.committed(); // a settlement hook may have queued a message or a job
    const settled = outcome.payment;
    if (settled.kind !== 'authorization' || settled.status !== 'succeeded') return;
    if (parseRenewalKey(settled.idempotencyKey)) {
      if (await this.followUps(agency, settled)) counts.holdsRenewed += 1;
      return;
    }
    // The bookings module's hook wrote (and queued) the release of a hold its booking no longer wants.
    const release = await this.payments.findByKey(agency, bookingKeys.lateRelease(settled.idempotencyKey));
    if (release?.status === 'pending') {
      try {
        await this.payments.execute(agency, release);
      } catch (err) {
        this.logger.warn({ payment_id: release.id, error: describe(err) }, 'lifecycle: hold release not done');
      }
    }
  }

  /** Run one step or row; a failure is logged and counted, and the tick goes on. */
  private async guard(
    counts: LifecycleCounts,
    context: Record<string, string | number>,
    fn: () => Promise<void>,
  ): Promise<void> {
    try {
      await fn();
    } catch (err) {
      counts.errors += 1;
      this.logger.warn({ ...context, error: describe(err) }, 'lifecycle step failed');
    }
  }
}
