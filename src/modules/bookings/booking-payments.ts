import type { Db, Tx } from '../../db/client.js';
import type {
  BookingExtensionRow,
  BookingPaymentStatus,
  BookingRow,
  OutboxRow,
  PaymentKind,
  PaymentRow,
} from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { Clock } from '../../lib/clock.js';
import type { Logger } from '../../lib/logger.js';
import type { AgenciesRepository } from '../agencies/agencies.repository.js';
import { toAgency, type Agency } from '../agencies/agencies.service.js';
import type { Notifier } from '../notifications/notifier.js';
import type { PaymentsService } from '../payments/payments.service.js';
import { sendConfirmation } from './booking-messages.js';
import type { BookingsRepository } from './bookings.repository.js';
import { percentOf } from './pricing.js';

/** Outbox job: carry out one pending ledger row of a booking after the transaction that wrote it. */
export const BOOKING_PAYMENT_JOB = 'booking_payment';

/** How long a placed hold is taken to last (card networks keep an authorization about 7 days). */
export const HOLD_DAYS = 7;

/**
 * The ledger keys of a booking's money movements (unique per agency; the provider sees them too).
 * The settlement hook recognises its own steps by these keys and ignores every other key.
 */
export const bookingKeys = {
  hold: (id: number) => `booking:${id}:authorize`,
  extensionAuthorize: (id: number, ext: number) => `booking:${id}:extension:${ext}:authorize`,
  extensionCapture: (id: number, ext: number) => `booking:${id}:extension:${ext}:capture`,
  cancelCapture: (id: number) => `booking:${id}:cancel:capture`,
  cancelRelease: (id: number) => `booking:${id}:cancel:release`,
  cancelRefund: (id: number, ext: number) => `booking:${id}:cancel:refund:${ext}`,
  endCapture: (id: number) => `booking:${id}:end:capture`,
  endRelease: (id: number) => `booking:${id}:end:release`,
  balanceAuthorize: (id: number) => `booking:${id}:balance:authorize`,
  balanceCapture: (id: number) => `booking:${id}:balance:capture`,
  /** A hold placed for a booking that no longer wants it (gone, cancelled) is given back under this key. */
  lateRelease: (authorizationKey: string) => `${authorizationKey}:release`,
};

const KEY = /^booking:(\d{1,18}):(.+)$/;
const EXTENSION_AUTHORIZE = /^extension:(\d{1,18}):authorize$/;
const EXTENSION_CAPTURE = /^extension:(\d{1,18}):capture$/;

function isDecline(err: unknown): err is AppError {
  return err instanceof AppError && err.code === 'PAYMENT_DECLINED';
}

/**
 * The glue between bookings and the money ledger: which movements a booking step writes, and what a
 * settled movement does to its booking. The reaction runs in the settlement's own transaction
 * (PaymentsService.onSettled), so the request, reconciliation and the worker all end the same way.
 */
export class BookingPayments {
  private readonly inflight = new Set<Promise<unknown>>();

  constructor(
    private readonly db: Db,
    private readonly repo: BookingsRepository,
    private readonly payments: PaymentsService,
    private readonly agencies: AgenciesRepository,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  // ---------------------------------------------------------------------------------------------
  // Writing movements (inside the caller's transaction)

  /** Record a capture, release or refund of `parent`, with a job that carries it out if the caller cannot. */
  async intend(
    tx: Tx,
    agency: Agency,
    booking: BookingRow,
    kind: Exclude<PaymentKind, 'authorization'>,
    parent: PaymentRow,
    amountMinor: number,
    key: string,
  ): Promise<PaymentRow> {
    const row = await this.payments.intend(tx, {
      agency,
      clientId: booking.clientId,
      kind,
      amountMinor,
      key,
      bookingId: booking.id,
      parent,
    });
    await this.queue(tx, agency, row);
    return row;
  }

  async queue(tx: Tx, agency: Agency, payment: PaymentRow): Promise<void> {
    await this.notifier.job(tx, {
      agencyId: agency.id,
      kind: BOOKING_PAYMENT_JOB,
      subject: payment.idempotencyKey,
      payload: { agency_id: agency.id, payment_id: payment.id },
    });
  }

  /**
   * The money of a cancellation, written on the (locked, already cancelled) booking: the fee is
   * `feePercent` of what was actually charged for it, i.e. the price less every extension whose charge
   * is not captured yet (an authorization or a capture still pending, or failed). Those are neither
   * counted nor refunded here: the hook releases (or refunds) them when they settle. The fee is kept
   * from the booking's hold (a partial capture gives the rest back; no fee: the hold is released), then
   * from the captured extension charges, whose remainder is refunded. Returns the booking with
   * `cancellation_fee` and `refund` set, and the movements to carry out.
   */
  async cancellation(
    tx: Tx,
    agency: Agency,
    booking: BookingRow,
    feePercent: number,
  ): Promise<{ booking: BookingRow; movements: PaymentRow[] }> {
    const captured: Array<{ ext: BookingExtensionRow; capture: PaymentRow; auth: PaymentRow }> = [];
    let chargedMinor = booking.subtotalMinor + booking.taxMinor;
    for (const ext of await this.repo.extensions(tx, agency.id, booking.id)) {
      const capture = await this.repo.paymentByKey(tx, agency.id, bookingKeys.extensionCapture(booking.id, ext.id));
      const auth =
        capture?.status === 'succeeded' ? await this.repo.payment(tx, agency.id, capture.parentId ?? 0) : undefined;
      if (capture && auth) captured.push({ ext, capture, auth });
      else chargedMinor -= ext.subtotalMinor + ext.taxMinor;
    }
    const feeMinor = feePercent > 0 ? percentOf(chargedMinor, feePercent) : 0;
    const now = this.clock.now();
    const updated = (await this.repo.update(tx, agency.id, booking.id, {
      cancellationFeeMinor: feeMinor,
      refundMinor: chargedMinor - feeMinor,
      updatedAt: now,
    }))!;

    const out: PaymentRow[] = [];
    let feeLeft = feeMinor;
    const hold = await this.currentHold(tx, agency, booking);
    if (hold) {
      const fromHold = Math.min(feeLeft, hold.amountMinor);
      out.push(
        fromHold > 0
          ? await this.intend(tx, agency, booking, 'capture', hold, fromHold, bookingKeys.cancelCapture(booking.id))
          : await this.intend(
              tx,
              agency,
              booking,
              'release',
              hold,
              hold.amountMinor,
              bookingKeys.cancelRelease(booking.id),
            ),
      );
      feeLeft -= fromHold;
    }
    for (const { ext, capture, auth } of captured) {
      const keep = Math.min(feeLeft, capture.amountMinor);
      feeLeft -= keep;
      const refund = capture.amountMinor - keep;
      if (refund > 0)
        out.push(
          await this.intend(tx, agency, booking, 'refund', auth, refund, bookingKeys.cancelRefund(booking.id, ext.id)),
        );
    }
    // No hold to take the fee from (it lapsed): the client owes it.
    if (feeLeft > 0) await this.repo.addAmountDue(tx, agency.id, booking.id, feeLeft, now);
    if (out.length === 0) await this.cancellationSettled(tx, agency.id, booking.id);
    return { booking: (await this.repo.lockById(tx, agency.id, booking.id)) ?? updated, movements: out };
  }

  /**
   * The movements of a return: `chargeMinor` is captured from the hold (a partial capture releases the
   * rest, the deposit included); what the hold cannot cover is charged on its own (a new authorization
   * the hook captures once placed).
   */
  async settlement(tx: Tx, agency: Agency, booking: BookingRow, chargeMinor: number): Promise<PaymentRow[]> {
    const out: PaymentRow[] = [];
    const hold = await this.currentHold(tx, agency, booking);
    let rest = chargeMinor;
    if (hold) {
      const fromHold = Math.min(chargeMinor, hold.amountMinor);
      out.push(
        fromHold > 0
          ? await this.intend(tx, agency, booking, 'capture', hold, fromHold, bookingKeys.endCapture(booking.id))
          : await this.intend(
              tx,
              agency,
              booking,
              'release',
              hold,
              hold.amountMinor,
              bookingKeys.endRelease(booking.id),
            ),
      );
      rest -= fromHold;
    }
    if (rest > 0) {
      const charge = await this.payments.intend(tx, {
        agency,
        clientId: booking.clientId,
        kind: 'authorization',
        amountMinor: rest,
        key: bookingKeys.balanceAuthorize(booking.id),
        paymentMethodId: booking.paymentMethodId,
        bookingId: booking.id,
      });
      await this.queue(tx, agency, charge);
      out.push(charge);
    }
    if (out.length === 0) await this.repo.settlePaymentStatus(tx, agency.id, booking.id, 'paid', this.clock.now());
    return out;
  }

  /** The booking's hold, when it was placed and is still open to capture or release. */
  private async currentHold(tx: Tx, agency: Agency, booking: BookingRow): Promise<PaymentRow | undefined> {
    if (!booking.holdPaymentId) return undefined;
    const hold = await this.repo.payment(tx, agency.id, booking.holdPaymentId);
    return hold?.kind === 'authorization' && hold.status === 'succeeded' ? hold : undefined;
  }

  // ---------------------------------------------------------------------------------------------
  // Carrying movements out (outside any transaction)

  /**
   * Carry out a movement; a decline or a refusal is settled (and handled by the hook), an unreachable
   * provider leaves the row pending for reconciliation. Returns the row as it stands.
   */
  async executeQuietly(agency: Agency, payment: PaymentRow): Promise<PaymentRow | undefined> {
    try {
      return await this.payments.execute(agency, payment);
    } catch (err) {
      if (isDecline(err)) return undefined;
      const unavailable = err instanceof AppError && err.code === 'PAYMENT_PROVIDER_UNAVAILABLE';
      this.logger[unavailable ? 'warn' : 'error'](
        {
          payment_id: payment.id,
          key: payment.idempotencyKey,
          error: err instanceof Error ? err.message : String(err),
        },
        'booking payment left pending',
      );
      return undefined;
    }
  }

  /** Carry out an authorization and, once placed, the capture the hook wrote for it. */
  async charge(agency: Agency, auth: PaymentRow, captureKey: string): Promise<void> {
    const settled = await this.executeQuietly(agency, auth);
    if (settled?.status !== 'succeeded') return;
    const capture = await this.repo.paymentByKey(this.db, agency.id, captureKey);
    if (capture) await this.executeQuietly(agency, capture);
  }

  /** Carry out what a booking step wrote, in order (a balance charge is captured once placed). */
  async run(agency: Agency, movements: PaymentRow[]): Promise<void> {
    for (const m of movements) {
      if (m.kind === 'authorization' && m.bookingId !== null)
        await this.charge(agency, m, bookingKeys.balanceCapture(m.bookingId));
      else await this.executeQuietly(agency, m);
    }
  }

  /**
   * Outbox job: carry out a pending movement. The job's transaction is still open here (and on PGlite
   * a query outside it would wait for it), so the movement runs right after; if that attempt fails the
   * row stays pending and `payments:reconcile` finishes it.
   */
  readonly handleJob = async (tx: Tx, payload: Record<string, unknown>, _row: OutboxRow) => {
    const agencyId = Number(payload.agency_id);
    const paymentId = Number(payload.payment_id);
    if (!Number.isSafeInteger(agencyId) || !Number.isSafeInteger(paymentId)) return 'skipped' as const;
    const payment = await this.repo.payment(tx, agencyId, paymentId);
    if (payment?.status !== 'pending') return 'skipped' as const;
    const agencyRow = await this.agencies.findById(tx, agencyId);
    if (!agencyRow) return 'skipped' as const;
    const agency = toAgency(agencyRow);
    this.track(
      new Promise((resolve) => setImmediate(resolve)).then(async () => {
        if (payment.kind === 'authorization' && payment.bookingId !== null)
          await this.charge(agency, payment, bookingKeys.balanceCapture(payment.bookingId));
        else await this.executeQuietly(agency, payment);
      }),
    );
    return 'sent' as const;
  };

  /** Resolves once every movement started by jobs has finished (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
  }

  private track(p: Promise<unknown>): void {
    const tracked = p.catch((err: unknown) => this.logger.error({ err }, 'booking payment job failed'));
    this.inflight.add(tracked);
    void tracked.finally(() => this.inflight.delete(tracked));
  }

  // ---------------------------------------------------------------------------------------------
  // Reacting to settled movements (PaymentsService.onSettled, in the settling transaction)

  readonly onSettled = async (tx: Tx, payment: PaymentRow): Promise<void> => {
    const m = KEY.exec(payment.idempotencyKey);
    if (!m || payment.bookingId === null || Number(m[1]) !== payment.bookingId) return;
    const step = m[2]!;
    const ext = EXTENSION_AUTHORIZE.exec(step);
    if (step === 'authorize') await this.holdSettled(tx, payment);
    else if (ext) await this.extensionSettled(tx, payment, Number(ext[1]));
    else if (step === 'balance:authorize') await this.balanceSettled(tx, payment);
    else if (payment.kind === 'capture') await this.captureSettled(tx, payment, step);
    else if (payment.kind === 'release') await this.releaseSettled(tx, payment, step);
    else if (payment.kind === 'refund') await this.refundSettled(tx, payment, step);
  };

  private async agency(tx: Tx, id: number): Promise<Agency | undefined> {
    const row = await this.agencies.findById(tx, id);
    return row ? toAgency(row) : undefined;
  }

  /** The booking's hold: placed, the booking is confirmed; declined, the pending booking is gone. */
  private async holdSettled(tx: Tx, auth: PaymentRow): Promise<void> {
    const agency = await this.agency(tx, auth.agencyId);
    if (!agency) return;
    const booking = await this.repo.lockById(tx, agency.id, auth.bookingId!);
    const waiting = booking?.status === 'pending' && booking.holdPaymentId === auth.id;
    const now = this.clock.now();
    if (auth.status === 'failed') {
      if (waiting) await this.repo.deletePending(tx, agency.id, booking.id);
      return;
    }
    if (!waiting) {
      // Placed after the booking was given up (released as stale, or cancelled): give it back.
      await this.lateRelease(tx, agency, auth);
      return;
    }
    const holdExpiresAt = new Date(now.getTime() + HOLD_DAYS * 86_400_000);
    await this.repo.promote(tx, agency.id, booking.id, auth.id, holdExpiresAt, now);
    const notice = await this.repo.notice(tx, agency.id, booking.id);
    if (notice) await sendConfirmation(tx, this.notifier, agency, notice);
  }

  /**
   * An extension's charge. Placed: captured at once, unless the booking was cancelled meanwhile (the
   * cancellation did not count it) or the extension is gone: then the hold is released. Declined: the
   * extension is undone if nothing changed since; if the booking moved on with the extra time, the
   * client owes it; a cancelled booking owes nothing for it.
   */
  private async extensionSettled(tx: Tx, auth: PaymentRow, extensionId: number): Promise<void> {
    const agency = await this.agency(tx, auth.agencyId);
    if (!agency) return;
    const ext = await this.repo.extension(tx, agency.id, extensionId);
    const booking = await this.repo.lockById(tx, agency.id, auth.bookingId!);
    const ours = ext !== undefined && booking !== undefined && ext.bookingId === booking.id;
    if (auth.status === 'succeeded') {
      if (!ours || booking.status === 'cancelled') {
        await this.lateRelease(tx, agency, auth);
        return;
      }
      await this.intend(
        tx,
        agency,
        booking,
        'capture',
        auth,
        auth.amountMinor,
        bookingKeys.extensionCapture(booking.id, ext.id),
      );
      return;
    }
    if (!ours || booking.status === 'cancelled') return;
    const now = this.clock.now();
    const untouched =
      (booking.status === 'upcoming' || booking.status === 'active') &&
      booking.endAt.getTime() === ext.newEndAt.getTime();
    if (!untouched) {
      // The booking moved on with the extra time (extended again, ended): the client owes it.
      await this.repo.addAmountDue(tx, agency.id, booking.id, ext.subtotalMinor + ext.taxMinor, now);
      return;
    }
    const shift = ext.newEndAt.getTime() - ext.originalEndAt.getTime();
    await this.repo.update(tx, agency.id, booking.id, {
      endAt: ext.originalEndAt,
      blockedUntil: new Date(booking.blockedUntil.getTime() - shift),
      hours: booking.hours - ext.hours,
      subtotalMinor: booking.subtotalMinor - ext.subtotalMinor,
      taxMinor: booking.taxMinor - ext.taxMinor,
      updatedAt: now,
    });
    await this.repo.deleteExtension(tx, agency.id, ext.id);
  }

  /** The part of a return the hold could not cover: placed, it is captured; declined, it is owed. */
  private async balanceSettled(tx: Tx, auth: PaymentRow): Promise<void> {
    const agency = await this.agency(tx, auth.agencyId);
    if (!agency) return;
    const booking = await this.repo.lockById(tx, agency.id, auth.bookingId!);
    if (!booking) return;
    if (auth.status === 'succeeded')
      await this.intend(tx, agency, booking, 'capture', auth, auth.amountMinor, bookingKeys.balanceCapture(booking.id));
    else await this.repo.addAmountDue(tx, agency.id, booking.id, auth.amountMinor, this.clock.now());
  }

  private async captureSettled(tx: Tx, capture: PaymentRow, step: string): Promise<void> {
    const agencyId = capture.agencyId;
    const bookingId = capture.bookingId!;
    const now = this.clock.now();
    if (EXTENSION_CAPTURE.test(step)) {
      // Pending when the booking was cancelled, this charge was not counted by the cancellation: a
      // capture that went through is refunded in full, one that failed is owed by nobody.
      const booking = await this.repo.lockById(tx, agencyId, bookingId);
      if (booking?.status === 'cancelled') {
        const agency = capture.status === 'succeeded' ? await this.agency(tx, agencyId) : undefined;
        const auth = agency ? await this.repo.payment(tx, agencyId, capture.parentId ?? 0) : undefined;
        if (agency && auth)
          await this.queueRefund(
            tx,
            agency,
            booking,
            auth,
            capture.amountMinor,
            Number(EXTENSION_CAPTURE.exec(step)![1]),
          );
        return;
      }
    }
    if (capture.status === 'failed') {
      await this.repo.addAmountDue(tx, agencyId, bookingId, capture.amountMinor, now);
      if (step === 'cancel:capture') await this.cancellationSettled(tx, agencyId, bookingId);
      return;
    }
    if (step === 'end:capture') {
      // With a balance still to charge, that charge decides.
      if (await this.repo.paymentByKey(tx, agencyId, bookingKeys.balanceAuthorize(bookingId))) return;
      await this.repo.settlePaymentStatus(tx, agencyId, bookingId, 'paid', now);
    } else if (step === 'balance:capture') {
      await this.repo.settlePaymentStatus(tx, agencyId, bookingId, 'paid', now);
    } else if (step === 'cancel:capture') {
      await this.cancellationSettled(tx, agencyId, bookingId);
    }
  }

  private async queueRefund(
    tx: Tx,
    agency: Agency,
    booking: BookingRow,
    auth: PaymentRow,
    amountMinor: number,
    extensionId: number,
  ): Promise<void> {
    this.logger.warn(
      { booking_id: booking.id, payment_id: auth.id },
      'extension charged after its booking was cancelled: refunding it',
    );
    await this.intend(
      tx,
      agency,
      booking,
      'refund',
      auth,
      amountMinor,
      bookingKeys.cancelRefund(booking.id, extensionId),
    );
  }

  private async releaseSettled(tx: Tx, release: PaymentRow, step: string): Promise<void> {
    const now = this.clock.now();
    // A release the provider refuses (the hold lapsed or was already given back) took no money either.
    if (step === 'cancel:release') await this.cancellationSettled(tx, release.agencyId, release.bookingId!);
    else if (step === 'end:release' && release.status === 'succeeded')
      await this.repo.settlePaymentStatus(tx, release.agencyId, release.bookingId!, 'paid', now);
  }

  /** A refund the provider refuses leaves the client's money with us: said loudly, and in payment_status. */
  private async refundSettled(tx: Tx, refund: PaymentRow, step: string): Promise<void> {
    if (refund.status === 'failed')
      this.logger.error(
        {
          booking_id: refund.bookingId,
          payment_id: refund.id,
          key: refund.idempotencyKey,
          amount_minor: refund.amountMinor,
          failure_code: refund.failureCode,
          failure_message: refund.failureMessage,
        },
        'booking refund refused by the payment provider: the client was not refunded, needs manual attention',
      );
    if (step.startsWith('cancel:')) await this.cancellationSettled(tx, refund.agencyId, refund.bookingId!);
  }

  /**
   * Once every movement of a cancellation has settled, the booking's payment status says what happened:
   * `released` (nothing was kept), `refunded` (charges were given back in full), `partially_refunded`
   * (a fee was kept, the rest given back), `paid` (everything charged was kept, or a refund was refused),
   * `unpaid` (money is still owed: settlePaymentStatus keeps it).
   */
  private async cancellationSettled(tx: Tx, agencyId: number, bookingId: number): Promise<void> {
    const booking = await this.repo.lockById(tx, agencyId, bookingId);
    if (booking?.status !== 'cancelled') return;
    const prefix = `booking:${bookingId}:cancel:`;
    const rows = (await this.repo.payments(tx, agencyId, bookingId)).filter((p) => p.idempotencyKey.startsWith(prefix));
    if (rows.some((p) => p.status === 'pending')) return;
    const refunds = rows.filter((p) => p.kind === 'refund');
    const fee = booking.cancellationFeeMinor ?? 0;
    const status: BookingPaymentStatus = refunds.some((p) => p.status === 'failed')
      ? 'paid'
      : fee > 0
        ? (booking.refundMinor ?? 0) > 0
          ? 'partially_refunded'
          : 'paid'
        : refunds.length > 0
          ? 'refunded'
          : 'released';
    await this.repo.settlePaymentStatus(tx, agencyId, bookingId, status, this.clock.now());
  }

  /** Give back a hold nobody wants any more: a release row now, carried out by a job after the commit. */
  private async lateRelease(tx: Tx, agency: Agency, auth: PaymentRow): Promise<void> {
    this.logger.warn(
      { payment_id: auth.id, key: auth.idempotencyKey },
      'hold placed for a booking that no longer wants it: releasing it',
    );
    const release = await this.payments.intend(tx, {
      agency,
      clientId: auth.clientId,
      kind: 'release',
      amountMinor: auth.amountMinor,
      key: bookingKeys.lateRelease(auth.idempotencyKey),
      bookingId: auth.bookingId,
      parent: auth,
    });
    await this.queue(tx, agency, release);
  }
}
