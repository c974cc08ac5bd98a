import type { Db, Tx } from '../../db/client.js';
import type {
  BookingExtensionRow,
  BookingRow,
  BookingStatus,
  ClientRow,
  PaymentMethodRow,
  PaymentRow,
  StationRow,
  VehicleRow,
} from '../../db/schema.js';
import { AppError, type FieldErrors } from '../../errors.js';
import { calendarDate, isoSeconds, type Clock } from '../../lib/clock.js';
import { toMinor } from '../../lib/money.js';
import type { Agency } from '../agencies/agencies.service.js';
import { documentRequirements, LICENSE_BACK, LICENSE_FRONT, missingRequired } from '../documents/document-rules.js';
import type { DocumentDeletionGuard } from '../documents/documents.service.js';
import type { EligibilityService } from '../eligibility/eligibility.service.js';
import type { Notifier } from '../notifications/notifier.js';
import {
  isCardUsable,
  type PaymentMethodRemovalGuard,
  providerAccountOf,
} from '../payments/payment-methods.service.js';
import type { PaymentsService } from '../payments/payments.service.js';
import type { VehicleCommander } from '../telematics/vehicle-commander.js';
import { sendCancellation, sendReceipt } from './booking-messages.js';
import { bookingKeys, type BookingPayments } from './booking-payments.js';
import {
  type BookingDetail,
  type BookingFilter,
  type BookingsRepository,
  type ListedBooking,
  violatesNoOverlap,
} from './bookings.repository.js';
import { extensionPrice, isFreeCancellation, lateFee, lateFeePerHour, quote } from './pricing.js';

const HOUR = 3_600_000;
/** A start this far in the past is still accepted (the client's clock, the time to fill the form). */
export const START_GRACE_MS = 5 * 60_000;

const INVALID_VEHICLE = 'The selected vehicle id is invalid.';
const INVALID_CARD = 'The selected payment method id is invalid.';

export interface NewBookingInput {
  vehicleId: number;
  startDate: Date;
  endDate: Date;
  paymentMethodId: number;
  pickupLocationId?: number | null;
  dropoffLocationId?: number | null;
}

export interface BookingPage {
  items: ListedBooking[];
  total: number;
  page: number;
  perPage: number;
}

export interface ExtensionResult {
  booking: BookingRow;
  extension: BookingExtensionRow;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** Why a booking in this status cannot take the step (400 data.reason). */
function statusReason(status: BookingStatus): string {
  switch (status) {
    case 'active':
      return 'Booking has already started';
    case 'cancelled':
      return 'Booking is already cancelled';
    case 'completed':
      return 'Booking has already ended';
    case 'pending':
    case 'upcoming':
      return 'Booking has not started yet';
  }
}

/** Why the client cannot cancel this booking now (400 data.reason), or null when they can. */
export function cancelRefusal(b: Pick<BookingRow, 'status' | 'startAt'>, now: Date): string | null {
  if (b.status !== 'upcoming') return statusReason(b.status);
  // Its start has come, whether or not the worker has activated it yet.
  if (b.startAt.getTime() <= now.getTime()) return statusReason('active');
  return null;
}

/**
 * Why the client cannot extend this booking now (400 data.reason), or null when they can. Past its end
 * and the grace period the booking is overdue: an extension would turn the late fee into hourly rate.
 */
export function extensionRefusal(
  b: Pick<BookingRow, 'status' | 'endAt'>,
  now: Date,
  overdueGraceMinutes: number,
): string | null {
  if (b.status !== 'upcoming' && b.status !== 'active') return statusReason(b.status);
  if (now.getTime() > b.endAt.getTime() + overdueGraceMinutes * 60_000) return 'Booking is overdue';
  return null;
}

/**
 * The booking rules: create (the slot is held by a pending row before the card is charged), list,
 * show, cancel, extend, end. Money moves through the ledger (BookingPayments); the car through
 * VehicleCommander.
 */
export class BookingsService {
  constructor(
    private readonly db: Db,
    private readonly repo: BookingsRepository,
    private readonly ledger: BookingPayments,
    private readonly payments: PaymentsService,
    private readonly eligibility: EligibilityService,
    private readonly notifier: Notifier,
    private readonly vehicles: VehicleCommander,
    private readonly clock: Clock,
    /** BOOKING_PENDING_STALE_SECONDS: how long a pending row holds the slot before the worker releases it. */
    private readonly pendingStaleSeconds = 300,
  ) {}

  /** POST /bookings requests in flight in this process, per agency, client and vehicle. */
  private readonly attempts = new Map<string, number>();

  now(): Date {
    return this.clock.now();
  }

  // ---------------------------------------------------------------------------------------------
  // Reads

  /** One page of the client's bookings, newest start first: one query for the page, one count. */
  async list(
    agency: Agency,
    clientId: number,
    q: { status: BookingFilter; page?: number; perPage?: number },
  ): Promise<BookingPage> {
    const page = q.page ?? 1;
    const perPage = q.perPage ?? 15;
    const [items, total] = await Promise.all([
      this.repo.listPage(this.db, agency.id, clientId, q.status, perPage, (page - 1) * perPage),
      this.repo.count(this.db, agency.id, clientId, q.status),
    ]);
    return { items, total, page, perPage };
  }

  async show(agency: Agency, clientId: number, id: number): Promise<BookingDetail> {
    const detail = await this.repo.detail(this.db, agency.id, clientId, id);
    if (!detail) throw new AppError('BOOKING_NOT_FOUND');
    return detail;
  }

  // ---------------------------------------------------------------------------------------------
  // Create

  /**
   * Validation (422), then eligibility (403), then the slot (409), then the card (402). The slot is
   * held by a `pending` row committed with its authorization row before the provider is called; the
   * settlement hook makes it `upcoming` (or deletes it on a decline).
   */
  async create(agency: Agency, client: ClientRow, input: NewBookingInput): Promise<BookingDetail> {
    const s = agency.settings;
    const now = this.clock.now();
    const { startDate: start, endDate: end } = input;

    // 1. Validation: every field's problem at once.
    const errors: FieldErrors = {};
    const add = (field: string, message: string) => (errors[field] ??= []).push(message);
    if (start.getTime() < now.getTime() - START_GRACE_MS)
      add('start_date', 'The start date must be a date after or equal to now.');
    else if (start.getTime() > now.getTime() + s.booking_advance_days * 24 * HOUR)
      add('start_date', `The start date must not be more than ${plural(s.booking_advance_days, 'day')} from now.`);
    const durationMs = end.getTime() - start.getTime();
    if (durationMs <= 0) add('end_date', 'The end date must be a date after the start date.');
    else if (durationMs < s.min_booking_hours * HOUR)
      add('end_date', `The end date must be at least ${plural(s.min_booking_hours, 'hour')} after the start date.`);
    else if (durationMs > s.max_booking_days * 24 * HOUR)
      add('end_date', `The end date must not be more than ${plural(s.max_booking_days, 'day')} after the start date.`);

    const vehicle = await this.repo.vehicle(this.db, agency.id, input.vehicleId);
    const home =
      vehicle && !vehicle.maintenance
        ? await this.repo.activeStation(this.db, agency.id, vehicle.stationId)
        : undefined;
    // Without a telematics unit the car could never be unlocked or returned.
    if (!vehicle || !home || !vehicle.telematicsDeviceId) add('vehicle_id', INVALID_VEHICLE);
    const station = async (field: string, id: number | null | undefined) => {
      if (id === null || id === undefined) return home;
      const found = await this.repo.activeStation(this.db, agency.id, id);
      if (!found) add(field, `The selected ${field.replace(/_/g, ' ')} is invalid.`);
      return found;
    };
    const pickup = await station('pickup_location_id', input.pickupLocationId);
    const dropoff = await station('dropoff_location_id', input.dropoffLocationId);
    const card = await this.repo.card(this.db, agency.id, client.id, input.paymentMethodId);
    const today = calendarDate(agency.timezone, now);
    if (!card || !isCardUsable(card, today) || card.providerAccount !== (providerAccountOf(agency) ?? null))
      add('payment_method_id', INVALID_CARD);
    if (Object.keys(errors).length > 0 || !vehicle || !pickup || !dropoff || !card) throw AppError.validation(errors);

    // 2. Eligibility (an agency that took bookings off comes first).
    const missing = [
      ...(s.features.bookings_enabled ? [] : ['bookings_enabled']),
      ...(await this.eligibility.canBook(agency, client)),
    ];
    if (missing.length > 0) throw new AppError('BOOKING_REQUIREMENTS_NOT_MET', { data: { missing } });

    // 3. The slot: a quick look first (no write under contention), the exclusion constraint decides.
    const attempt = `${agency.id}:${client.id}:${vehicle.id}`;
    this.attempts.set(attempt, (this.attempts.get(attempt) ?? 0) + 1);
    try {
      return await this.book(agency, client, input, vehicle, pickup, dropoff, card, attempt);
    } finally {
      const n = (this.attempts.get(attempt) ?? 1) - 1;
      if (n > 0) this.attempts.set(attempt, n);
      else this.attempts.delete(attempt);
    }
  }

  /** Steps 3 and 4 of create: the slot, then the card. */
  private async book(
    agency: Agency,
    client: ClientRow,
    input: NewBookingInput,
    vehicle: VehicleRow,
    pickup: StationRow,
    dropoff: StationRow,
    card: PaymentMethodRow,
    attempt: string,
  ): Promise<BookingDetail> {
    const s = agency.settings;
    const now = this.clock.now();
    const { startDate: start, endDate: end } = input;
    const today = calendarDate(agency.timezone, now);
    const blockedUntil = new Date(end.getTime() + s.turnaround_minutes * 60_000);
    if (await this.repo.slotTaken(this.db, agency.id, vehicle.id, start, blockedUntil))
      throw await this.slotRefusal(agency, client.id, vehicle.id, start, blockedUntil, attempt);
    const price = quote(
      start,
      end,
      { hourlyMinor: vehicle.hourlyRateMinor, dailyMinor: vehicle.dailyRateMinor },
      s.tax_rate,
    );
    const depositMinor = s.deposit_required ? toMinor(s.deposit_amount, agency.currency) : 0;
    const holdMinor = price.totalMinor + depositMinor;

    let held: { booking: BookingRow; hold: PaymentRow | null };
    try {
      held = await this.db.transaction(async (tx) => {
        // Document and card removals lock the client row before their guards look for bookings: hold
        // it, then look again at what they could have removed since the checks above.
        await this.repo.shareClient(tx, agency.id, client.id);
        const stillCard = await this.repo.card(tx, agency.id, client.id, card.id, true);
        if (!stillCard) throw AppError.validation({ payment_method_id: [INVALID_CARD] });
        const docs = missingRequired(
          documentRequirements(s),
          await this.repo.documents(tx, agency.id, client.id),
          today,
        );
        if (docs.length > 0) throw new AppError('BOOKING_REQUIREMENTS_NOT_MET', { data: { missing: docs } });

        const reference = await this.repo.nextReference(tx, agency.id, Number(today.slice(0, 4)));
        const booking = await this.repo.insertPending(tx, {
          agencyId: agency.id,
          clientId: client.id,
          vehicleId: vehicle.id,
          pickupStationId: pickup.id,
          dropoffStationId: dropoff.id,
          paymentMethodId: card.id,
          reference,
          startAt: start,
          endAt: end,
          blockedUntil,
          currency: agency.currency,
          hourlyRateMinor: vehicle.hourlyRateMinor,
          dailyRateMinor: vehicle.dailyRateMinor,
          hours: price.hours,
          subtotalMinor: price.subtotalMinor,
          taxMinor: price.taxMinor,
          depositMinor,
          now,
        });
        if (holdMinor === 0) {
          // Nothing to hold (a free vehicle): confirmed at once.
          await this.repo.update(tx, agency.id, booking.id, {
            status: 'upcoming',
            paymentStatus: 'paid',
            updatedAt: now,
          });
          return { booking, hold: null };
        }
        const hold = await this.payments.intend(tx, {
          agency,
          clientId: client.id,
          kind: 'authorization',
          amountMinor: holdMinor,
          key: bookingKeys.hold(booking.id),
          paymentMethodId: card.id,
          bookingId: booking.id,
        });
        await this.repo.update(tx, agency.id, booking.id, { holdPaymentId: hold.id });
        return { booking, hold };
      });
    } catch (err) {
      if (violatesNoOverlap(err))
        throw await this.slotRefusal(agency, client.id, vehicle.id, start, blockedUntil, attempt);
      throw err;
    }

    // 4. The card: the hook confirms the booking or deletes it, in the settlement's transaction.
    if (held.hold) {
      let settled: PaymentRow;
      try {
        settled = await this.payments.execute(agency, held.hold);
      } catch (err) {
        if (err instanceof AppError && err.code === 'PAYMENT_DECLINED')
          throw new AppError('PAYMENT_AUTHORIZATION_FAILED', { data: err.data, cause: err });
        throw err; // provider unreachable (503): the pending row waits for the lifecycle worker
      }
      this.notifier.committed();
      if (settled.status === 'pending') throw new AppError('PAYMENT_PROVIDER_UNAVAILABLE');
    }
    const detail = await this.repo.detail(this.db, agency.id, client.id, held.booking.id);
    // The hold came back after the pending row was given up (released as stale): the slot is gone.
    if (!detail) throw new AppError('VEHICLE_NOT_AVAILABLE');
    return detail;
  }

  /**
   * 409, unless the slot is held only by the client's own pending booking of this vehicle and no other
   * request of theirs for it is in flight here: that is a retry of a request whose card hold is still
   * unresolved (the first answer was 503), so the answer is 503 again, with the seconds until the
   * worker gives that row up (or confirms it). Simultaneous duplicates still get 409.
   */
  private async slotRefusal(
    agency: Agency,
    clientId: number,
    vehicleId: number,
    from: Date,
    until: Date,
    attempt: string,
  ): Promise<AppError> {
    if ((this.attempts.get(attempt) ?? 0) > 1) return new AppError('VEHICLE_NOT_AVAILABLE');
    const holders = await this.repo.holders(this.db, agency.id, vehicleId, from, until);
    const own = holders.length > 0 && holders.every((h) => h.status === 'pending' && h.clientId === clientId);
    if (!own || (this.attempts.get(attempt) ?? 0) > 1) return new AppError('VEHICLE_NOT_AVAILABLE');
    const oldest = Math.min(...holders.map((h) => h.createdAt.getTime()));
    const wait = Math.ceil((oldest + this.pendingStaleSeconds * 1000 - this.clock.now().getTime()) / 1000);
    const retryAfter = Math.max(1, wait);
    return new AppError('PAYMENT_PROVIDER_UNAVAILABLE', {
      data: { retry_after: retryAfter },
      headers: { 'retry-after': String(retryAfter) },
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Cancel

  /**
   * Upcoming and not yet started. At least `cancellation_hours` before the start the whole hold is
   * released; later, `late_cancellation_fee_percent` of what was charged (subtotal plus tax, less
   * extension charges not captured yet) is kept, captured from the hold (BookingPayments.cancellation).
   */
  async cancel(agency: Agency, clientId: number, id: number, reason: string | null): Promise<BookingRow> {
    const s = agency.settings;
    const now = this.clock.now();
    const { booking, movements } = await this.db.transaction(async (tx) => {
      const b = await this.repo.findForClient(tx, agency.id, clientId, id, true);
      if (!b) throw new AppError('BOOKING_NOT_FOUND');
      const refusal = cancelRefusal(b, now);
      if (refusal) throw new AppError('BOOKING_CANNOT_BE_CANCELLED', { data: { reason: refusal } });
      const feePercent = isFreeCancellation(now, b.startAt, s.cancellation_hours) ? 0 : s.late_cancellation_fee_percent;
      const cancelled = (await this.repo.update(tx, agency.id, b.id, {
        status: 'cancelled',
        cancelledAt: now,
        cancellationReason: reason,
        updatedAt: now,
      }))!;
      const money = await this.ledger.cancellation(tx, agency, cancelled, feePercent);
      await this.notify(tx, agency, b.id, 'cancelled');
      return money;
    });
    this.notifier.committed();
    await this.ledger.run(agency, movements);
    return booking;
  }

  // ---------------------------------------------------------------------------------------------
  // Extend

  /**
   * Upcoming or active. The new end is held at once (the exclusion constraint guards it, with the
   * turnaround), the extra hours are charged at the hourly rate: an authorization, then its capture.
   * 200 only once the authorization is placed. A decline undoes the extension (the hook, if nothing
   * changed since) and answers 402. A provider that does not answer (or an authorization still being
   * placed elsewhere) answers 503: the extension stays held until the worker settles the charge, and
   * the hook undoes it if that is a decline.
   */
  async extend(agency: Agency, clientId: number, id: number, newEnd: Date): Promise<ExtensionResult> {
    const s = agency.settings;
    const now = this.clock.now();
    const current = await this.repo.findForClient(this.db, agency.id, clientId, id);
    if (!current) throw new AppError('BOOKING_NOT_FOUND');
    this.checkExtension(agency, current, newEnd, now);
    const blockedUntil = new Date(newEnd.getTime() + s.turnaround_minutes * 60_000);
    if (await this.repo.slotTaken(this.db, agency.id, current.vehicleId, current.startAt, blockedUntil, current.id))
      throw await this.extensionBlocked(agency, current);

    let step: { booking: BookingRow; extension: BookingExtensionRow; auth: PaymentRow | null };
    try {
      step = await this.db.transaction(async (tx) => {
        const b = await this.repo.findForClient(tx, agency.id, clientId, id, true);
        if (!b) throw new AppError('BOOKING_NOT_FOUND');
        this.checkExtension(agency, b, newEnd, now);
        const price = extensionPrice(b.endAt, newEnd, b.hourlyRateMinor, s.tax_rate);
        const updated = (await this.repo.update(tx, agency.id, b.id, {
          endAt: newEnd,
          blockedUntil,
          hours: b.hours + price.hours,
          subtotalMinor: b.subtotalMinor + price.subtotalMinor,
          taxMinor: b.taxMinor + price.taxMinor,
          updatedAt: now,
        }))!;
        const extension = await this.repo.insertExtension(tx, {
          agencyId: agency.id,
          bookingId: b.id,
          originalEndAt: b.endAt,
          newEndAt: newEnd,
          hours: price.hours,
          subtotalMinor: price.subtotalMinor,
          taxMinor: price.taxMinor,
          createdAt: now,
        });
        if (price.totalMinor === 0) return { booking: updated, extension, auth: null };
        const auth = await this.payments.intend(tx, {
          agency,
          clientId,
          kind: 'authorization',
          amountMinor: price.totalMinor,
          key: bookingKeys.extensionAuthorize(b.id, extension.id),
          paymentMethodId: b.paymentMethodId,
          bookingId: b.id,
        });
        await this.repo.setExtensionPayment(tx, agency.id, extension.id, auth.id);
        return { booking: updated, extension, auth };
      });
    } catch (err) {
      if (violatesNoOverlap(err)) throw await this.extensionBlocked(agency, current);
      throw err;
    }

    if (step.auth) {
      let settled: PaymentRow;
      try {
        settled = await this.payments.execute(agency, step.auth);
      } catch (err) {
        if (err instanceof AppError && err.code === 'PAYMENT_DECLINED')
          throw new AppError('PAYMENT_AUTHORIZATION_FAILED', { data: err.data, cause: err });
        throw err;
      }
      this.notifier.committed();
      if (settled.status === 'pending') throw new AppError('PAYMENT_PROVIDER_UNAVAILABLE');
      if (settled.status === 'failed')
        throw new AppError('PAYMENT_AUTHORIZATION_FAILED', { data: { reason: settled.failureCode ?? 'declined' } });
      const capture = await this.repo.paymentByKey(
        this.db,
        agency.id,
        bookingKeys.extensionCapture(step.booking.id, step.extension.id),
      );
      if (capture) await this.ledger.executeQuietly(agency, capture);
    }
    return { booking: step.booking, extension: step.extension };
  }

  private checkExtension(agency: Agency, b: BookingRow, newEnd: Date, now: Date): void {
    const refusal = extensionRefusal(b, now, agency.settings.overdue_grace_minutes);
    if (refusal) throw new AppError('BOOKING_CANNOT_BE_EXTENDED', { data: { reason: refusal } });
    const maxDays = agency.settings.max_booking_days;
    const message =
      newEnd.getTime() <= b.endAt.getTime()
        ? 'The new end date must be a date after the current end date.'
        : newEnd.getTime() <= now.getTime()
          ? 'The new end date must be a date after now.'
          : newEnd.getTime() - b.startAt.getTime() > maxDays * 24 * HOUR
            ? `The new end date must not be more than ${plural(maxDays, 'day')} after the start date.`
            : null;
    if (message) throw AppError.validation({ new_end_date: [message] });
  }

  /** 409 with the latest end that fits before the next booking (and its turnaround), in whole hours. */
  private async extensionBlocked(agency: Agency, b: BookingRow): Promise<AppError> {
    const s = agency.settings;
    const next = await this.repo.nextHoldingStart(this.db, agency.id, b);
    const limits = [b.startAt.getTime() + s.max_booking_days * 24 * HOUR];
    if (next) limits.push(next.getTime() - s.turnaround_minutes * 60_000);
    const hours = Math.max(0, Math.floor((Math.min(...limits) - b.endAt.getTime()) / HOUR));
    return new AppError('EXTENSION_NOT_AVAILABLE', {
      data: {
        reason: 'The vehicle is booked after the current end date',
        max_end_date: isoSeconds(new Date(b.endAt.getTime() + hours * HOUR)),
        max_extension_hours: hours,
      },
    });
  }

  // ---------------------------------------------------------------------------------------------
  // End (return the car)

  /**
   * Active only. The car is locked and immobilised first (no answer: 503, the booking stays active);
   * then, in one transaction, the booking is completed with the final mileage and fuel, the late fee,
   * and the capture of what is owed from the hold (the rest, deposit included, is released).
   */
  async end(agency: Agency, clientId: number, id: number): Promise<BookingDetail> {
    const s = agency.settings;
    const current = await this.repo.findForClient(this.db, agency.id, clientId, id);
    if (!current) throw new AppError('BOOKING_NOT_FOUND');
    if (current.status !== 'active')
      throw new AppError('BOOKING_CANNOT_BE_ENDED', { data: { reason: statusReason(current.status) } });
    await this.vehicles.run(agency, current.vehicleId, 'lock-and-disable-driving', {
      actor: { type: 'client', id: clientId },
      bookingId: current.id,
    });
    const snapshot = await this.vehicles.snapshot(agency, current.vehicleId);
    const now = this.clock.now();
    const movements = await this.db.transaction(async (tx) => {
      const b = await this.repo.findForClient(tx, agency.id, clientId, id, true);
      if (!b) throw new AppError('BOOKING_NOT_FOUND');
      if (b.status !== 'active')
        throw new AppError('BOOKING_CANNOT_BE_ENDED', { data: { reason: statusReason(b.status) } });
      const configured = s.late_fee_per_hour === null ? null : toMinor(s.late_fee_per_hour, b.currency);
      const late = lateFee(b.endAt, now, lateFeePerHour(b.hourlyRateMinor, configured), s.overdue_grace_minutes);
      const mileage = snapshot?.state.mileage;
      const fuel = snapshot?.state.fuel_level;
      const completed = (await this.repo.update(tx, agency.id, b.id, {
        status: 'completed',
        actualEnd: now,
        endMileage: typeof mileage === 'number' ? Math.round(mileage) : null,
        endFuelLevel: typeof fuel === 'number' ? Math.round(fuel * 100) / 100 : null,
        lateFeeMinor: late,
        updatedAt: now,
      }))!;
      // Extensions were charged when they were granted; the hold pays for the rest and the late fee.
      let extensionsMinor = 0;
      for (const e of await this.repo.extensions(tx, agency.id, b.id)) extensionsMinor += e.subtotalMinor + e.taxMinor;
      const charge = completed.subtotalMinor + completed.taxMinor - extensionsMinor + late;
      const movements = await this.ledger.settlement(tx, agency, completed, charge);
      await this.notify(tx, agency, b.id, 'completed');
      return movements;
    });
    this.notifier.committed();
    await this.ledger.run(agency, movements);
    return this.show(agency, clientId, id);
  }

  private async notify(tx: Tx, agency: Agency, bookingId: number, what: 'cancelled' | 'completed'): Promise<void> {
    const notice = await this.repo.notice(tx, agency.id, bookingId);
    if (!notice) return;
    if (what === 'cancelled') await sendCancellation(tx, this.notifier, agency, notice);
    else await sendReceipt(tx, this.notifier, agency, notice);
  }

  // ---------------------------------------------------------------------------------------------
  // Rules other modules were waiting for (installed in deps.ts)

  /** A required document stays while the client has a booking that is pending, upcoming or active. */
  readonly documentDeletionGuard: DocumentDeletionGuard = async (tx, agency, clientId, doc) => {
    if (!documentRequirements(agency.settings).required.includes(doc.type)) return;
    if (!(await this.repo.hasHoldingBooking(tx, agency.id, clientId))) return;
    const what =
      doc.type === LICENSE_FRONT || doc.type === LICENSE_BACK
        ? 'Driver license'
        : doc.type.charAt(0).toUpperCase() + doc.type.slice(1).replace(/_/g, ' ');
    throw new AppError('DOCUMENT_REQUIRED', { data: { reason: `${what} is required for active bookings` } });
  };

  /** A card stays while a pending, upcoming or active booking pays with it. */
  readonly paymentMethodRemovalGuard: PaymentMethodRemovalGuard = async (tx, agency, method) => {
    if (await this.repo.cardInUse(tx, agency.id, method.id))
      throw new AppError('PAYMENT_METHOD_IN_USE', {
        data: { reason: 'Payment method is associated with active bookings' },
      });
  };
}
