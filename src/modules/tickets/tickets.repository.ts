import { and, asc, desc, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { formatReference, nextCounter } from '../../db/references.js';
import {
  bookings,
  type BookingRow,
  clients,
  media,
  ticketMessageAttachments,
  type TicketMessageRow,
  ticketMessages,
  type TicketPriority,
  ticketReferences,
  type TicketRow,
  tickets,
  type TicketSender,
  type TicketStatus,
  type VehicleRow,
  vehicles,
} from '../../db/schema.js';

/** How much of the latest message a list row carries (one more than shown, to know it was cut). */
export const EXCERPT_FETCH = 101;

export interface ListedTicket {
  ticket: Pick<
    TicketRow,
    'id' | 'reference' | 'subject' | 'status' | 'priority' | 'category' | 'bookingId' | 'lastMessageAt' | 'createdAt'
  >;
  /** The start (EXCERPT_FETCH characters) of the latest message the client can see. */
  lastMessage: string | null;
  /** Support messages the client has not read yet. */
  unreadCount: number;
}

export interface TicketBooking {
  booking: Pick<BookingRow, 'id' | 'reference' | 'startAt' | 'endAt'>;
  vehicle: Pick<VehicleRow, 'id' | 'plateNumber' | 'brand' | 'model'>;
}

export interface ShownMessage {
  message: Pick<TicketMessageRow, 'id' | 'sender' | 'senderName' | 'body' | 'createdAt'>;
  /** Storage keys of its attachments, in order. */
  attachmentKeys: string[];
}

export interface AgencyTicket extends TicketRow {
  clientName: string;
  clientEmail: string;
}

export interface NewTicket {
  agencyId: number;
  clientId: number;
  bookingId: number | null;
  reference: string;
  subject: string;
  category: string;
  priority: TicketPriority;
  now: Date;
}

export interface NewTicketMessage {
  agencyId: number;
  ticketId: number;
  sender: TicketSender;
  senderName: string;
  body: string;
  internal: boolean;
  now: Date;
}

export type TicketChange = Partial<
  Pick<TicketRow, 'status' | 'lastMessageAt' | 'resolvedAt' | 'closedAt' | 'updatedAt'>
>;

// Correlated on the outer tickets row by name: drizzle leaves columns unqualified in a one-table select.

/** The latest message the client can see (internal notes never count). */
const lastVisibleMessage = sql<string | null>`(
  select left(m.body, ${sql.raw(String(EXCERPT_FETCH))}) from ticket_messages m
  where m.ticket_id = tickets.id and not m.internal
  order by m.id desc limit 1)`;

const unreadCount = sql<number>`(
  select count(*)::int from ticket_messages u
  where u.ticket_id = tickets.id and u.sender = 'support' and not u.internal and u.read_at is null)`;

/** Tickets and their messages. Every method takes the agency id: another agency's rows do not exist here. */
export class TicketsRepository {
  // ---- reads ----

  /** One page of the client's tickets, newest activity first, with the excerpt and unread count (one query). */
  async listPage(
    q: Queryable,
    agencyId: number,
    clientId: number,
    status: TicketStatus | undefined,
    limit: number,
    offset: number,
  ): Promise<ListedTicket[]> {
    const rows = await q
      .select({
        ticket: {
          id: tickets.id,
          reference: tickets.reference,
          subject: tickets.subject,
          status: tickets.status,
          priority: tickets.priority,
          category: tickets.category,
          bookingId: tickets.bookingId,
          lastMessageAt: tickets.lastMessageAt,
          createdAt: tickets.createdAt,
        },
        lastMessage: lastVisibleMessage,
        unreadCount,
      })
      .from(tickets)
      .where(this.clientFilter(agencyId, clientId, status))
      .orderBy(desc(tickets.lastMessageAt), desc(tickets.id))
      .limit(limit)
      .offset(offset);
    return rows.map((r) => ({ ...r, unreadCount: Number(r.unreadCount) }));
  }

  async count(q: Queryable, agencyId: number, clientId: number, status: TicketStatus | undefined): Promise<number> {
    const rows = await q
      .select({ total: sql<number>`count(*)::int` })
      .from(tickets)
      .where(this.clientFilter(agencyId, clientId, status));
    return Number(rows[0]?.total ?? 0);
  }

  /** The client's ticket, locked until the transaction ends when `lock`. */
  async findForClient(
    q: Queryable,
    agencyId: number,
    clientId: number,
    id: number,
    lock = false,
  ): Promise<TicketRow | undefined> {
    const query = q
      .select()
      .from(tickets)
      .where(and(eq(tickets.agencyId, agencyId), eq(tickets.clientId, clientId), eq(tickets.id, id)))
      .limit(1);
    const rows = lock ? await query.for('update') : await query;
    return rows[0];
  }

  /** A ticket of the agency by its reference (staff), locked until the transaction ends. */
  async lockByReference(q: Queryable, agencyId: number, reference: string): Promise<TicketRow | undefined> {
    const rows = await q
      .select()
      .from(tickets)
      .where(and(eq(tickets.agencyId, agencyId), eq(tickets.reference, reference)))
      .limit(1)
      .for('update');
    return rows[0];
  }

  /** Whether the booking is one of the client's (a pending one, never shown to the client, is not). */
  async isClientBooking(q: Queryable, agencyId: number, clientId: number, bookingId: number): Promise<boolean> {
    const rows = await q
      .select({ id: bookings.id })
      .from(bookings)
      .where(
        and(
          eq(bookings.agencyId, agencyId),
          eq(bookings.clientId, clientId),
          eq(bookings.id, bookingId),
          ne(bookings.status, 'pending'),
        ),
      )
      .limit(1);
    return rows.length > 0;
  }

  async booking(q: Queryable, agencyId: number, bookingId: number): Promise<TicketBooking | null> {
    const rows = await q
      .select({
        booking: { id: bookings.id, reference: bookings.reference, startAt: bookings.startAt, endAt: bookings.endAt },
        vehicle: { id: vehicles.id, plateNumber: vehicles.plateNumber, brand: vehicles.brand, model: vehicles.model },
      })
      .from(bookings)
      .innerJoin(vehicles, eq(vehicles.id, bookings.vehicleId))
      .where(and(eq(bookings.agencyId, agencyId), eq(bookings.id, bookingId)))
      .limit(1);
    return rows[0] ?? null;
  }

  /** The messages the client may see (no internal notes), oldest first, with their attachments (one query). */
  async visibleMessages(q: Queryable, agencyId: number, ticketId: number): Promise<ShownMessage[]> {
    const rows = await q
      .select({
        message: {
          id: ticketMessages.id,
          sender: ticketMessages.sender,
          senderName: ticketMessages.senderName,
          body: ticketMessages.body,
          createdAt: ticketMessages.createdAt,
        },
        key: media.storageKey,
      })
      .from(ticketMessages)
      .leftJoin(ticketMessageAttachments, eq(ticketMessageAttachments.messageId, ticketMessages.id))
      .leftJoin(media, eq(media.id, ticketMessageAttachments.mediaId))
      .where(
        and(
          eq(ticketMessages.agencyId, agencyId),
          eq(ticketMessages.ticketId, ticketId),
          eq(ticketMessages.internal, false),
        ),
      )
      .orderBy(asc(ticketMessages.id), asc(ticketMessageAttachments.position));
    const out: ShownMessage[] = [];
    for (const r of rows) {
      let last = out.at(-1);
      if (!last || last.message.id !== r.message.id) {
        last = { message: r.message, attachmentKeys: [] };
        out.push(last);
      }
      if (r.key !== null) last.attachmentKeys.push(r.key);
    }
    return out;
  }

  /** The agency's tickets for staff, newest activity first, with whose they are. */
  async listForAgency(q: Queryable, agencyId: number, status?: TicketStatus): Promise<AgencyTicket[]> {
    const conds: SQL[] = [eq(tickets.agencyId, agencyId)];
    if (status) conds.push(eq(tickets.status, status));
    const rows = await q
      .select({ ticket: tickets, clientName: clients.name, clientEmail: clients.email })
      .from(tickets)
      .innerJoin(clients, and(eq(clients.id, tickets.clientId), eq(clients.agencyId, tickets.agencyId)))
      .where(and(...conds))
      .orderBy(desc(tickets.lastMessageAt), desc(tickets.id))
      .limit(1000);
    return rows.map((r) => ({ ...r.ticket, clientName: r.clientName, clientEmail: r.clientEmail }));
  }

  // ---- writes ----

  /** The next TK-YYYY-NNNNN number of the agency for a year (the counter row stays locked until commit). */
  async nextReference(q: Queryable, agencyId: number, year: number): Promise<string> {
    return formatReference('TK', year, await nextCounter(q, ticketReferences, agencyId, year));
  }

  async insertTicket(q: Queryable, t: NewTicket): Promise<TicketRow> {
    const rows = await q
      .insert(tickets)
      .values({
        agencyId: t.agencyId,
        clientId: t.clientId,
        bookingId: t.bookingId,
        reference: t.reference,
        subject: t.subject,
        category: t.category,
        priority: t.priority,
        status: 'open',
        lastMessageAt: t.now,
        createdAt: t.now,
        updatedAt: t.now,
      })
      .returning();
    return rows[0]!;
  }

  async insertMessage(q: Queryable, m: NewTicketMessage): Promise<TicketMessageRow> {
    const rows = await q
      .insert(ticketMessages)
      .values({
        agencyId: m.agencyId,
        ticketId: m.ticketId,
        sender: m.sender,
        senderName: m.senderName,
        body: m.body,
        internal: m.internal,
        createdAt: m.now,
      })
      .returning();
    return rows[0]!;
  }

  /** Attach media to a message, in the given order. */
  async attach(q: Queryable, messageId: number, mediaIds: number[]): Promise<void> {
    if (mediaIds.length === 0) return;
    await q
      .insert(ticketMessageAttachments)
      .values(mediaIds.map((mediaId, position) => ({ messageId, mediaId, position })));
  }

  async update(q: Queryable, agencyId: number, id: number, change: TicketChange): Promise<TicketRow> {
    const rows = await q
      .update(tickets)
      .set(change)
      .where(and(eq(tickets.agencyId, agencyId), eq(tickets.id, id)))
      .returning();
    return rows[0]!;
  }

  /** The client has read every support message of the ticket (internal notes are not theirs to read). */
  /** Support messages up to `upToId` (what the client was shown) become read. */
  async markRead(q: Queryable, agencyId: number, ticketId: number, upToId: number, now: Date): Promise<void> {
    await q
      .update(ticketMessages)
      .set({ readAt: now })
      .where(
        and(
          eq(ticketMessages.agencyId, agencyId),
          eq(ticketMessages.ticketId, ticketId),
          eq(ticketMessages.sender, 'support'),
          eq(ticketMessages.internal, false),
          sql`${ticketMessages.readAt} is null`,
          sql`${ticketMessages.id} <= ${upToId}`,
        ),
      );
  }

  private clientFilter(agencyId: number, clientId: number, status: TicketStatus | undefined): SQL | undefined {
    const conds: SQL[] = [eq(tickets.agencyId, agencyId), eq(tickets.clientId, clientId)];
    if (status) conds.push(eq(tickets.status, status));
    return and(...conds);
  }
}
