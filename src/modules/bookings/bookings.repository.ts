import { and, asc, desc, eq, gt, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { preparedFor, type Queryable } from '../../db/client.js';
import { formatReference, nextCounter } from '../../db/references.js';
import {
  bookingExtensions,
  type BookingExtensionRow,
  bookingReferences,
  type BookingPaymentStatus,
  type BookingRow,
  bookings,
  type BookingStatus,
  clients,
  documents,
  type DocumentRow,
  paymentMethods,
  type PaymentMethodRow,
  type PaymentRow,
  payments,
  type StationRow,
  stations,
  type VehicleRow,
  vehicles,
} from '../../db/schema.js';

/** Statuses that hold the car (the exclusion constraint `bookings_no_overlap` covers exactly these). */
export const HOLDING_STATUSES: BookingStatus[] = ['pending', 'upcoming', 'active'];

/** What GET /bookings filters on; `all` is every status the client can see (not `pending`). */
export type BookingFilter = 'all' | 'upcoming' | 'active' | 'completed' | 'cancelled';

/** Largest value of an `integer` column: ids above it exist nowhere (and must not reach a query). */
const INT4_MAX = 2_147_483_647;

export function isIntId(id: number): boolean {
  return Number.isSafeInteger(id) && id > 0 && id <= INT4_MAX;
}

/**
 * Whether `err` is an exclusion_violation (SQLSTATE 23P01): the slot is taken. `bookings_no_overlap` is
 * the only exclusion constraint there is; drivers wrap the error, so the cause chain is followed.
 */
export function violatesNoOverlap(err: unknown): boolean {
  let cur: unknown = err;
  for (let depth = 0; cur && depth < 4; depth++) {
    const e = cur as { code?: string; cause?: unknown };
    if (e.code === '23P01') return true;
    cur = e.cause;
  }
  return false;
}

export type ListedVehicle = Pick<VehicleRow, 'id' | 'plateNumber' | 'brand' | 'model' | 'images'>;

export interface ListedBooking {
  booking: Pick<
    BookingRow,
    | 'id'
    | 'reference'
    | 'status'
    | 'startAt'
    | 'endAt'
    | 'currency'
    | 'subtotalMinor'
    | 'taxMinor'
    | 'lateFeeMinor'
    | 'createdAt'
  >;
  vehicle: ListedVehicle;
  pickup: Pick<StationRow, 'name' | 'address'>;
}

export type StationSummary = Pick<StationRow, 'id' | 'name' | 'address' | 'latitude' | 'longitude'>;
export type DetailVehicle = Pick<
  VehicleRow,
  'id' | 'plateNumber' | 'brand' | 'model' | 'year' | 'color' | 'category' | 'images' | 'features'
>;
export type Movement = Pick<PaymentRow, 'id' | 'kind' | 'amountMinor' | 'status'>;

export interface BookingDetail {
  booking: BookingRow;
  vehicle: DetailVehicle;
  pickup: StationSummary;
  dropoff: StationSummary;
  card: Pick<PaymentMethodRow, 'brand' | 'lastFour'> | null;
  movements: Movement[];
}

/** Who and what a booking message is about. */
export interface BookingNotice {
  booking: BookingRow;
  client: { name: string; email: string; phone: string };
  vehicle: Pick<VehicleRow, 'brand' | 'model' | 'plateNumber'>;
  pickup: Pick<StationRow, 'name' | 'address'>;
}

export interface NewBooking {
  agencyId: number;
  clientId: number;
  vehicleId: number;
  pickupStationId: number;
  dropoffStationId: number;
  paymentMethodId: number;
  reference: string;
  startAt: Date;
  endAt: Date;
  blockedUntil: Date;
  currency: string;
  hourlyRateMinor: number;
  dailyRateMinor: number;
  hours: number;
  subtotalMinor: number;
  taxMinor: number;
  depositMinor: number;
  now: Date;
}

const pickupStation = alias(stations, 'pickup_station');
const dropoffStation = alias(stations, 'dropoff_station');

const pickupColumns = {
  id: pickupStation.id,
  name: pickupStation.name,
  address: pickupStation.address,
  latitude: pickupStation.latitude,
  longitude: pickupStation.longitude,
};
const dropoffColumns = {
  id: dropoffStation.id,
  name: dropoffStation.name,
  address: dropoffStation.address,
  latitude: dropoffStation.latitude,
  longitude: dropoffStation.longitude,
};

/** `status` is a filter name: a status, or 'all' (everything but pending). */
const statusMatches = sql`(${bookings.status} = ${sql.placeholder('status')}::text OR (${sql.placeholder('status')}::text = 'all' AND ${bookings.status} <> 'pending'))`;

const listPage = preparedFor((q) =>
  q
    .select({
      booking: {
        id: bookings.id,
        reference: bookings.reference,
        status: bookings.status,
        startAt: bookings.startAt,
        endAt: bookings.endAt,
        currency: bookings.currency,
        subtotalMinor: bookings.subtotalMinor,
        taxMinor: bookings.taxMinor,
        lateFeeMinor: bookings.lateFeeMinor,
        createdAt: bookings.createdAt,
      },
      vehicle: {
        id: vehicles.id,
        plateNumber: vehicles.plateNumber,
        brand: vehicles.brand,
        model: vehicles.model,
        images: vehicles.images,
      },
      pickup: { name: stations.name, address: stations.address },
    })
    .from(bookings)
    .innerJoin(vehicles, eq(vehicles.id, bookings.vehicleId))
    .innerJoin(stations, eq(stations.id, bookings.pickupStationId))
    .where(
      and(
        eq(bookings.agencyId, sql.placeholder('agencyId')),
        eq(bookings.clientId, sql.placeholder('clientId')),
        statusMatches,
      ),
    )
    .orderBy(desc(bookings.startAt), desc(bookings.id))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'))
    .prepare('bookings_list_page'),
);

const listCount = preparedFor((q) =>
  q
    .select({ total: sql<number>`count(*)::int` })
    .from(bookings)
    .where(
      and(
        eq(bookings.agencyId, sql.placeholder('agencyId')),
        eq(bookings.clientId, sql.placeholder('clientId')),
        statusMatches,
      ),
    )
    .prepare('bookings_list_count'),
);

/** Bookings and what they reference. Every method takes the agency id: another agency's rows do not exist here. */
export class BookingsRepository {
  // ---- reads for the client API ----

  async listPage(
    q: Queryable,
    agencyId: number,
    clientId: number,
    filter: BookingFilter,
    limit: number,
    offset: number,
  ): Promise<ListedBooking[]> {
    return listPage(q).execute({ agencyId, clientId, status: filter, limit, offset });
  }

  async count(q: Queryable, agencyId: number, clientId: number, filter: BookingFilter): Promise<number> {
    const rows = await listCount(q).execute({ agencyId, clientId, status: filter });
    return Number(rows[0]?.total ?? 0);
  }

  /** The client's booking with its vehicle, stations, card and ledger rows (two queries). Pending: not found. */
  async detail(q: Queryable, agencyId: number, clientId: number, id: number): Promise<BookingDetail | undefined> {
    const rows = await q
      .select({
        booking: bookings,
        vehicle: {
          id: vehicles.id,
          plateNumber: vehicles.plateNumber,
          brand: vehicles.brand,
          model: vehicles.model,
          year: vehicles.year,
          color: vehicles.color,
          category: vehicles.category,
          images: vehicles.images,
          features: vehicles.features,
        },
        pickup: pickupColumns,
        dropoff: dropoffColumns,
        card: { brand: paymentMethods.brand, lastFour: paymentMethods.lastFour },
      })
      .from(bookings)
      .innerJoin(vehicles, eq(vehicles.id, bookings.vehicleId))
      .innerJoin(pickupStation, eq(pickupStation.id, bookings.pickupStationId))
      .innerJoin(dropoffStation, eq(dropoffStation.id, bookings.dropoffStationId))
      .leftJoin(paymentMethods, eq(paymentMethods.id, bookings.paymentMethodId))
      .where(
        and(
          eq(bookings.agencyId, agencyId),
          eq(bookings.clientId, clientId),
          eq(bookings.id, id),
          ne(bookings.status, 'pending'),
        ),
      )
      .limit(1);
    const row = rows[0];
    if (!row) return undefined;
    const movements = await q
      .select({ id: payments.id, kind: payments.kind, amountMinor: payments.amountMinor, status: payments.status })
      .from(payments)
      .where(and(eq(payments.agencyId, agencyId), eq(payments.bookingId, id)))
      .orderBy(asc(payments.id));
    return { ...row, card: row.card?.brand ? row.card : null, movements };
  }

  /** The client's booking (not pending), locked until the transaction ends when `lock`. */
  async findForClient(
    q: Queryable,
    agencyId: number,
    clientId: number,
    id: number,
    lock = false,
  ): Promise<BookingRow | undefined> {
    const query = q
      .select()
      .from(bookings)
      .where(
        and(
          eq(bookings.agencyId, agencyId),
          eq(bookings.clientId, clientId),
          eq(bookings.id, id),
          ne(bookings.status, 'pending'),
        ),
      )
      .limit(1);
    const rows = lock ? await query.for('update') : await query;
    return rows[0];
  }

  /** Any booking of the agency by id, locked (the ledger hook: it may be pending or gone). */
  async lockById(q: Queryable, agencyId: number, id: number): Promise<BookingRow | undefined> {
    const rows = await q
      .select()
      .from(bookings)
      .where(and(eq(bookings.agencyId, agencyId), eq(bookings.id, id)))
      .for('update');
    return rows[0];
  }

  async notice(q: Queryable, agencyId: number, id: number): Promise<BookingNotice | undefined> {
    const rows = await q
      .select({
        booking: bookings,
        client: { name: clients.name, email: clients.email, phone: clients.phone },
        vehicle: { brand: vehicles.brand, model: vehicles.model, plateNumber: vehicles.plateNumber },
        pickup: { name: stations.name, address: stations.address },
      })
      .from(bookings)
      .innerJoin(clients, eq(clients.id, bookings.clientId))
      .innerJoin(vehicles, eq(vehicles.id, bookings.vehicleId))
      .innerJoin(stations, eq(stations.id, bookings.pickupStationId))
      .where(and(eq(bookings.agencyId, agencyId), eq(bookings.id, id)))
      .limit(1);
    return rows[0];
  }

  // ---- what a new booking refers to ----

  async vehicle(q: Queryable, agencyId: number, id: number): Promise<VehicleRow | undefined> {
    if (!isIntId(id)) return undefined;
    const rows = await q
      .select()
      .from(vehicles)
      .where(and(eq(vehicles.agencyId, agencyId), eq(vehicles.id, id)))
      .limit(1);
    return rows[0];
  }

  async activeStation(q: Queryable, agencyId: number, id: number): Promise<StationRow | undefined> {
    if (!isIntId(id)) return undefined;
    const rows = await q
      .select()
      .from(stations)
      .where(and(eq(stations.agencyId, agencyId), eq(stations.id, id), eq(stations.status, 'active')))
      .limit(1);
    return rows[0];
  }

  /** The client's card; `share` locks it against removal until the transaction ends. */
  async card(
    q: Queryable,
    agencyId: number,
    clientId: number,
    id: number,
    share = false,
  ): Promise<PaymentMethodRow | undefined> {
    if (!Number.isSafeInteger(id) || id <= 0) return undefined;
    const query = q
      .select()
      .from(paymentMethods)
      .where(
        and(eq(paymentMethods.agencyId, agencyId), eq(paymentMethods.clientId, clientId), eq(paymentMethods.id, id)),
      )
      .limit(1);
    const rows = share ? await query.for('share') : await query;
    return rows[0];
  }

  /**
   * Hold the client row against document and card removals (they lock it FOR UPDATE before their
   * guards run) until the booking's transaction ends.
   */
  async shareClient(q: Queryable, agencyId: number, clientId: number): Promise<void> {
    await q
      .select({ id: clients.id })
      .from(clients)
      .where(and(eq(clients.agencyId, agencyId), eq(clients.id, clientId)))
      .for('share');
  }

  async documents(q: Queryable, agencyId: number, clientId: number): Promise<DocumentRow[]> {
    return q
      .select()
      .from(documents)
      .where(and(eq(documents.agencyId, agencyId), eq(documents.clientId, clientId)));
  }

  // ---- availability ----

  /** Whether another booking holds the vehicle anywhere in [from, until). */
  async slotTaken(
    q: Queryable,
    agencyId: number,
    vehicleId: number,
    from: Date,
    until: Date,
    exceptId?: number,
  ): Promise<boolean> {
    const conds = [
      eq(bookings.agencyId, agencyId),
      eq(bookings.vehicleId, vehicleId),
      inArray(bookings.status, HOLDING_STATUSES),
      lt(bookings.startAt, until),
      gt(bookings.blockedUntil, from),
    ];
    if (exceptId !== undefined) conds.push(ne(bookings.id, exceptId));
    const rows = await q
      .select({ id: bookings.id })
      .from(bookings)
      .where(and(...conds))
      .limit(1);
    return rows.length > 0;
  }

  /** The bookings holding the vehicle anywhere in [from, until): who holds it, and since when. */
  async holders(
    q: Queryable,
    agencyId: number,
    vehicleId: number,
    from: Date,
    until: Date,
  ): Promise<Array<Pick<BookingRow, 'id' | 'clientId' | 'status' | 'createdAt'>>> {
    return q
      .select({ id: bookings.id, clientId: bookings.clientId, status: bookings.status, createdAt: bookings.createdAt })
      .from(bookings)
      .where(
        and(
          eq(bookings.agencyId, agencyId),
          eq(bookings.vehicleId, vehicleId),
          inArray(bookings.status, HOLDING_STATUSES),
          lt(bookings.startAt, until),
          gt(bookings.blockedUntil, from),
        ),
      )
      .limit(10);
  }

  /** The start of the next booking holding the vehicle after `booking` starts (null: none). */
  async nextHoldingStart(q: Queryable, agencyId: number, booking: BookingRow): Promise<Date | null> {
    const rows = await q
      .select({ startAt: bookings.startAt })
      .from(bookings)
      .where(
        and(
          eq(bookings.agencyId, agencyId),
          eq(bookings.vehicleId, booking.vehicleId),
          inArray(bookings.status, HOLDING_STATUSES),
          ne(bookings.id, booking.id),
          gte(bookings.startAt, booking.startAt),
        ),
      )
      .orderBy(asc(bookings.startAt))
      .limit(1);
    return rows[0]?.startAt ?? null;
  }

  // ---- writes ----

  /** The next BK-YYYY-NNNNN number of the agency for a year (the counter row stays locked until commit). */
  async nextReference(q: Queryable, agencyId: number, year: number): Promise<string> {
    return formatReference('BK', year, await nextCounter(q, bookingReferences, agencyId, year));
  }

  async insertPending(q: Queryable, b: NewBooking): Promise<BookingRow> {
    const rows = await q
      .insert(bookings)
      .values({
        agencyId: b.agencyId,
        clientId: b.clientId,
        vehicleId: b.vehicleId,
        pickupStationId: b.pickupStationId,
        dropoffStationId: b.dropoffStationId,
        paymentMethodId: b.paymentMethodId,
        reference: b.reference,
        status: 'pending',
        startAt: b.startAt,
        endAt: b.endAt,
        blockedUntil: b.blockedUntil,
        currency: b.currency,
        hourlyRateMinor: b.hourlyRateMinor,
        dailyRateMinor: b.dailyRateMinor,
        hours: b.hours,
        subtotalMinor: b.subtotalMinor,
        taxMinor: b.taxMinor,
        depositMinor: b.depositMinor,
        paymentStatus: 'pending',
        createdAt: b.now,
        updatedAt: b.now,
      })
      .returning();
    return rows[0]!;
  }

  async update(
    q: Queryable,
    agencyId: number,
    id: number,
    set: Partial<Omit<typeof bookings.$inferInsert, 'id' | 'agencyId'>>,
  ): Promise<BookingRow | undefined> {
    const rows = await q
      .update(bookings)
      .set(set)
      .where(and(eq(bookings.agencyId, agencyId), eq(bookings.id, id)))
      .returning();
    return rows[0];
  }

  /** A pending booking becomes upcoming once its hold is placed (only a pending one: idempotent). */
  async promote(
    q: Queryable,
    agencyId: number,
    id: number,
    holdPaymentId: number,
    holdExpiresAt: Date,
    now: Date,
  ): Promise<boolean> {
    const rows = await q
      .update(bookings)
      .set({ status: 'upcoming', paymentStatus: 'authorized', holdPaymentId, holdExpiresAt, updatedAt: now })
      .where(and(eq(bookings.agencyId, agencyId), eq(bookings.id, id), eq(bookings.status, 'pending')))
      .returning({ id: bookings.id });
    return rows.length > 0;
  }

  async deletePending(q: Queryable, agencyId: number, id: number): Promise<void> {
    await q
      .delete(bookings)
      .where(and(eq(bookings.agencyId, agencyId), eq(bookings.id, id), eq(bookings.status, 'pending')));
  }

  /** Money the client still owes after a failed capture or charge. */
  async addAmountDue(q: Queryable, agencyId: number, id: number, amountMinor: number, now: Date): Promise<void> {
    await q
      .update(bookings)
      .set({
        amountDueMinor: sql`${bookings.amountDueMinor} + ${amountMinor}`,
        paymentStatus: 'unpaid',
        updatedAt: now,
      })
      .where(and(eq(bookings.agencyId, agencyId), eq(bookings.id, id)));
  }

  /** Set the payment status, unless money is still owed (then it stays `unpaid`). */
  async settlePaymentStatus(
    q: Queryable,
    agencyId: number,
    id: number,
    status: BookingPaymentStatus,
    now: Date,
  ): Promise<void> {
    await q
      .update(bookings)
      .set({
        paymentStatus: sql`CASE WHEN ${bookings.amountDueMinor} > 0 THEN 'unpaid' ELSE ${status} END`,
        updatedAt: now,
      })
      .where(and(eq(bookings.agencyId, agencyId), eq(bookings.id, id)));
  }

  // ---- extensions ----

  async insertExtension(
    q: Queryable,
    e: Omit<typeof bookingExtensions.$inferInsert, 'id'>,
  ): Promise<BookingExtensionRow> {
    const rows = await q.insert(bookingExtensions).values(e).returning();
    return rows[0]!;
  }

  async setExtensionPayment(q: Queryable, agencyId: number, id: number, paymentId: number): Promise<void> {
    await q
      .update(bookingExtensions)
      .set({ paymentId })
      .where(and(eq(bookingExtensions.agencyId, agencyId), eq(bookingExtensions.id, id)));
  }

  async extension(q: Queryable, agencyId: number, id: number): Promise<BookingExtensionRow | undefined> {
    const rows = await q
      .select()
      .from(bookingExtensions)
      .where(and(eq(bookingExtensions.agencyId, agencyId), eq(bookingExtensions.id, id)))
      .limit(1);
    return rows[0];
  }

  async extensions(q: Queryable, agencyId: number, bookingId: number): Promise<BookingExtensionRow[]> {
    return q
      .select()
      .from(bookingExtensions)
      .where(and(eq(bookingExtensions.agencyId, agencyId), eq(bookingExtensions.bookingId, bookingId)))
      .orderBy(asc(bookingExtensions.id));
  }

  async deleteExtension(q: Queryable, agencyId: number, id: number): Promise<void> {
    await q
      .delete(bookingExtensions)
      .where(and(eq(bookingExtensions.agencyId, agencyId), eq(bookingExtensions.id, id)));
  }

  // ---- the ledger rows of a booking ----

  async payment(q: Queryable, agencyId: number, id: number): Promise<PaymentRow | undefined> {
    const rows = await q
      .select()
      .from(payments)
      .where(and(eq(payments.agencyId, agencyId), eq(payments.id, id)))
      .limit(1);
    return rows[0];
  }

  /** Every ledger row of a booking, oldest first. */
  async payments(q: Queryable, agencyId: number, bookingId: number): Promise<PaymentRow[]> {
    return q
      .select()
      .from(payments)
      .where(and(eq(payments.agencyId, agencyId), eq(payments.bookingId, bookingId)))
      .orderBy(asc(payments.id));
  }

  async paymentByKey(q: Queryable, agencyId: number, key: string): Promise<PaymentRow | undefined> {
    const rows = await q
      .select()
      .from(payments)
      .where(and(eq(payments.agencyId, agencyId), eq(payments.idempotencyKey, key)))
      .limit(1);
    return rows[0];
  }

  // ---- rules other modules ask about ----

  /** Whether the client has a booking that is pending, upcoming or active. */
  async hasHoldingBooking(q: Queryable, agencyId: number, clientId: number): Promise<boolean> {
    const rows = await q
      .select({ id: bookings.id })
      .from(bookings)
      .where(
        and(
          eq(bookings.agencyId, agencyId),
          eq(bookings.clientId, clientId),
          inArray(bookings.status, HOLDING_STATUSES),
        ),
      )
      .limit(1);
    return rows.length > 0;
  }

  /** Whether a pending, upcoming or active booking pays with this card. */
  async cardInUse(q: Queryable, agencyId: number, paymentMethodId: number): Promise<boolean> {
    const rows = await q
      .select({ id: bookings.id })
      .from(bookings)
      .where(
        and(
          eq(bookings.agencyId, agencyId),
          eq(bookings.paymentMethodId, paymentMethodId),
          inArray(bookings.status, HOLDING_STATUSES),
        ),
      )
      .limit(1);
    return rows.length > 0;
  }

  /** Whether the client owes money on any booking (a failed capture or charge). */
  async hasAmountDue(q: Queryable, agencyId: number, clientId: number): Promise<boolean> {
    const rows = await q
      .select({ id: bookings.id })
      .from(bookings)
      .where(and(eq(bookings.agencyId, agencyId), eq(bookings.clientId, clientId), gt(bookings.amountDueMinor, 0)))
      .limit(1);
    return rows.length > 0;
  }
}
