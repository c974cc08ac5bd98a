import type { Db } from '../../db/client.js';
import type { ClientRow, TicketMessageRow, TicketPriority, TicketRow, TicketStatus } from '../../db/schema.js';
import { AppError, type FieldErrors } from '../../errors.js';
import { calendarDate, type Clock } from '../../lib/clock.js';
import type { Agency } from '../agencies/agencies.service.js';
import type { ClientsRepository } from '../clients/clients.repository.js';
import type { AttachmentRef, MediaService } from '../media/media.service.js';
import type { Notifier } from '../notifications/notifier.js';
import { sendTicketReceived, sendTicketReply } from './ticket-messages.js';
import type {
  AgencyTicket,
  ListedTicket,
  ShownMessage,
  TicketBooking,
  TicketChange,
  TicketsRepository,
} from './tickets.repository.js';

/** The statuses staff may set with a reply (a ticket is only ever `open` again by the client's message). */
export const STAFF_STATUSES = ['in_progress', 'resolved', 'closed'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];

export const DEFAULT_SUPPORT_NAME = 'Support Team';

export interface NewTicketInput {
  subject: string;
  message: string;
  category: string;
  priority: TicketPriority;
  bookingId: number | null;
  attachments: AttachmentRef[];
}

export interface NewMessageInput {
  message: string;
  attachments: AttachmentRef[];
}

export interface StaffReplyInput {
  message: string;
  /** Without it, an `open` ticket becomes `in_progress` and any other status stays. */
  status?: StaffStatus;
  /** A staff-only note: never shown to the client, no email, no change to the client's last activity. */
  internal: boolean;
  senderName?: string;
}

export interface TicketDetail {
  ticket: TicketRow;
  booking: TicketBooking | null;
  messages: ShownMessage[];
}

export interface TicketPage {
  items: ListedTicket[];
  total: number;
  page: number;
  perPage: number;
}

export interface StaffReply {
  ticket: TicketRow;
  message: TicketMessageRow;
  /** Whether the client was emailed (not for internal notes). */
  notified: boolean;
}

/** The status a staff reply leaves: the one asked for, else `open` moves to `in_progress`. */
export function staffReplyStatus(current: TicketStatus, requested: StaffStatus | undefined): TicketStatus {
  return requested ?? (current === 'open' ? 'in_progress' : current);
}

/** resolved_at and closed_at for a move to `next`: set when reached, kept when closing a resolved ticket. */
export function statusTimes(
  ticket: Pick<TicketRow, 'status' | 'resolvedAt'>,
  next: TicketStatus,
  now: Date,
): Pick<TicketRow, 'resolvedAt' | 'closedAt'> {
  switch (next) {
    case 'resolved':
      return { resolvedAt: ticket.status === 'resolved' ? ticket.resolvedAt : now, closedAt: null };
    case 'closed':
      return { resolvedAt: ticket.resolvedAt, closedAt: now };
    default:
      return { resolvedAt: null, closedAt: null };
  }
}

/**
 * Support tickets: the client opens one (with a first message) and writes in it; staff answer from the
 * CLI (the Dashboard API later). Every change is one transaction, its email in the outbox.
 */
export class TicketsService {
  constructor(
    private readonly db: Db,
    private readonly repo: TicketsRepository,
    private readonly clients: ClientsRepository,
    private readonly media: MediaService,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
  ) {}

  async list(
    agency: Agency,
    clientId: number,
    q: { status?: TicketStatus; page?: number; perPage?: number },
  ): Promise<TicketPage> {
    const page = q.page ?? 1;
    const perPage = q.perPage ?? 15;
    const [items, total] = await Promise.all([
      this.repo.listPage(this.db, agency.id, clientId, q.status, perPage, (page - 1) * perPage),
      this.repo.count(this.db, agency.id, clientId, q.status),
    ]);
    return { items, total, page, perPage };
  }

  /** The ticket with what the client may see; its support messages become read. */
  async show(agency: Agency, clientId: number, id: number): Promise<TicketDetail> {
    const ticket = await this.repo.findForClient(this.db, agency.id, clientId, id);
    if (!ticket) throw new AppError('TICKET_NOT_FOUND');
    const booking = ticket.bookingId === null ? null : await this.repo.booking(this.db, agency.id, ticket.bookingId);
    const messages = await this.repo.visibleMessages(this.db, agency.id, ticket.id);
    // Only what was shown becomes read: a reply committed after the read above stays unread.
    const lastShown = messages.at(-1)?.message.id;
    if (lastShown !== undefined) await this.repo.markRead(this.db, agency.id, ticket.id, lastShown, this.clock.now());
    return { ticket, booking, messages };
  }

  /**
   * Open a ticket with its first message. 422 for a category the agency does not offer, a booking that
   * is not the client's, an attachment that is not the client's upload (every field at once).
   */
  async create(agency: Agency, client: ClientRow, input: NewTicketInput): Promise<TicketDetail> {
    const now = this.clock.now();
    const errors: FieldErrors = {};
    if (!agency.settings.ticket_categories.includes(input.category))
      errors.category = ['The selected category is invalid.'];

    const detail = await this.db.transaction(async (tx) => {
      if (input.bookingId !== null && !(await this.repo.isClientBooking(tx, agency.id, client.id, input.bookingId)))
        errors.booking_id = ['The selected booking id is invalid.'];
      const files = await this.media.resolveAttachments(tx, agency, client.id, input.attachments);
      if (files.errors) Object.assign(errors, files.errors);
      if (Object.keys(errors).length > 0 || !files.media) throw AppError.validation(errors);

      // Numbered per agency and calendar year in the agency's time zone, as booking references are.
      const year = Number(calendarDate(agency.timezone, now).slice(0, 4));
      const reference = await this.repo.nextReference(tx, agency.id, year);
      const ticket = await this.repo.insertTicket(tx, {
        agencyId: agency.id,
        clientId: client.id,
        bookingId: input.bookingId,
        reference,
        subject: input.subject,
        category: input.category,
        priority: input.priority,
        now,
      });
      const message = await this.repo.insertMessage(tx, {
        agencyId: agency.id,
        ticketId: ticket.id,
        sender: 'client',
        senderName: client.name,
        body: input.message,
        internal: false,
        now,
      });
      await this.repo.attach(
        tx,
        message.id,
        files.media.map((m) => m.id),
      );
      await sendTicketReceived(tx, this.notifier, agency, client, ticket);
      const booking = ticket.bookingId === null ? null : await this.repo.booking(tx, agency.id, ticket.bookingId);
      return { ticket, booking, messages: [{ message, attachmentKeys: files.media.map((m) => m.storageKey) }] };
    });
    this.notifier.committed();
    return detail;
  }

  /**
   * The client writes in their ticket (row locked): a resolved ticket is reopened; a closed one takes
   * no more messages (400).
   */
  async addMessage(agency: Agency, client: ClientRow, ticketId: number, input: NewMessageInput): Promise<ShownMessage> {
    return this.db.transaction(async (tx) => {
      const ticket = await this.repo.findForClient(tx, agency.id, client.id, ticketId, true);
      if (!ticket) throw new AppError('TICKET_NOT_FOUND');
      if (ticket.status === 'closed') throw new AppError('TICKET_CLOSED');
      const files = await this.media.resolveAttachments(tx, agency, client.id, input.attachments);
      if (files.errors) throw AppError.validation(files.errors);

      const now = this.clock.now();
      const message = await this.repo.insertMessage(tx, {
        agencyId: agency.id,
        ticketId: ticket.id,
        sender: 'client',
        senderName: client.name,
        body: input.message,
        internal: false,
        now,
      });
      await this.repo.attach(
        tx,
        message.id,
        files.media.map((m) => m.id),
      );
      const change: TicketChange = { lastMessageAt: now, updatedAt: now };
      if (ticket.status === 'resolved') Object.assign(change, { status: 'open', ...statusTimes(ticket, 'open', now) });
      await this.repo.update(tx, agency.id, ticket.id, change);
      return { message, attachmentKeys: files.media.map((m) => m.storageKey) };
    });
  }

  /**
   * A staff reply (or internal note) to the ticket with this reference: the status moves (see
   * staffReplyStatus), and the client is emailed unless the note is internal. A closed ticket takes none.
   */
  async reply(agency: Agency, reference: string, input: StaffReplyInput): Promise<StaffReply> {
    const result = await this.db.transaction(async (tx) => {
      const ticket = await this.repo.lockByReference(tx, agency.id, reference.trim().toUpperCase());
      if (!ticket) throw new AppError('TICKET_NOT_FOUND');
      if (ticket.status === 'closed') throw new AppError('TICKET_CLOSED');

      const now = this.clock.now();
      const senderName = input.senderName?.trim() || DEFAULT_SUPPORT_NAME;
      const message = await this.repo.insertMessage(tx, {
        agencyId: agency.id,
        ticketId: ticket.id,
        sender: 'support',
        senderName,
        body: input.message,
        internal: input.internal,
        now,
      });
      // A staff-only note changes the status only when asked to (the client would see the change).
      const next = input.internal ? (input.status ?? ticket.status) : staffReplyStatus(ticket.status, input.status);
      const change: TicketChange = {};
      if (next !== ticket.status)
        Object.assign(change, { status: next, ...statusTimes(ticket, next, now), updatedAt: now });
      // An internal note is invisible to the client: it moves neither the list order nor last_message_at.
      if (!input.internal) Object.assign(change, { lastMessageAt: now, updatedAt: now });
      const updated =
        Object.keys(change).length > 0 ? await this.repo.update(tx, agency.id, ticket.id, change) : ticket;

      let notified = false;
      if (!input.internal) {
        const client = await this.clients.findById(tx, agency.id, ticket.clientId);
        if (client) {
          await sendTicketReply(tx, this.notifier, agency, client, updated, { senderName, text: input.message });
          notified = true;
        }
      }
      return { ticket: updated, message, notified };
    });
    this.notifier.committed();
    return result;
  }

  async listForAgency(agency: Agency, status?: TicketStatus): Promise<AgencyTicket[]> {
    return this.repo.listForAgency(this.db, agency.id, status);
  }
}
