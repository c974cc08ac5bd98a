import { z } from 'zod';
import { TICKET_PRIORITIES, TICKET_STATUSES } from '../../db/schema.js';
import { isoSeconds } from '../../lib/clock.js';
import type { ListedTicket, ShownMessage } from './tickets.repository.js';
import type { TicketDetail } from './tickets.service.js';

/** Response shapes of the ticket endpoints, and the functions that fill them. */

/** Turns a storage key into a signed, expiring link. */
export type Linker = (storageKey: string) => string;

export const EXCERPT_LENGTH = 100;

/** A list row's `last_message`: the first 100 characters, then "..." when there was more. */
export function excerpt(text: string): string {
  const chars = Array.from(text); // code points: never half of an emoji
  return chars.length <= EXCERPT_LENGTH ? text : `${chars.slice(0, EXCERPT_LENGTH).join('')}...`;
}

const status = z.enum(TICKET_STATUSES);
const priority = z.enum(TICKET_PRIORITIES);

export const ticketListItemSchema = z.object({
  id: z.number().int(),
  reference: z.string().describe('TK-YYYY-NNNNN'),
  subject: z.string(),
  status,
  priority,
  category: z.string(),
  booking_id: z.number().int().nullable(),
  last_message: z.string().nullable().describe(`The latest message, cut to ${EXCERPT_LENGTH} characters (then "...")`),
  last_message_at: z.string(),
  unread_count: z.number().int().describe('Support replies not read yet (GET /tickets/{id} reads them)'),
  created_at: z.string(),
});

export const ticketMessageSchema = z.object({
  id: z.number().int(),
  message: z.string(),
  sender: z.enum(['client', 'support']),
  sender_name: z.string(),
  attachments: z
    .array(z.string())
    .describe('Signed links to the attached files, valid for FILE_URL_TTL_SECONDS (default 15 minutes)'),
  created_at: z.string(),
});

export const ticketSchema = z.object({
  id: z.number().int(),
  reference: z.string().describe('TK-YYYY-NNNNN'),
  subject: z.string(),
  status,
  priority,
  category: z.string(),
  booking: z
    .object({
      id: z.number().int(),
      reference: z.string(),
      vehicle: z.object({
        id: z.number().int(),
        plate_number: z.string(),
        brand: z.string(),
        model: z.string(),
      }),
      start_date: z.string(),
      end_date: z.string(),
    })
    .nullable(),
  messages: z.array(ticketMessageSchema).describe('Oldest first'),
  created_at: z.string(),
  updated_at: z.string(),
});

export function toListItem(t: ListedTicket): z.infer<typeof ticketListItemSchema> {
  const r = t.ticket;
  return {
    id: r.id,
    reference: r.reference,
    subject: r.subject,
    status: r.status,
    priority: r.priority,
    category: r.category,
    booking_id: r.bookingId,
    last_message: t.lastMessage === null ? null : excerpt(t.lastMessage),
    last_message_at: isoSeconds(r.lastMessageAt)!,
    unread_count: t.unreadCount,
    created_at: isoSeconds(r.createdAt)!,
  };
}

export function toMessage(m: ShownMessage, link: Linker): z.infer<typeof ticketMessageSchema> {
  return {
    id: m.message.id,
    message: m.message.body,
    sender: m.message.sender,
    sender_name: m.message.senderName,
    attachments: m.attachmentKeys.map(link),
    created_at: isoSeconds(m.message.createdAt)!,
  };
}

export function toTicket(d: TicketDetail, link: Linker): z.infer<typeof ticketSchema> {
  const t = d.ticket;
  return {
    id: t.id,
    reference: t.reference,
    subject: t.subject,
    status: t.status,
    priority: t.priority,
    category: t.category,
    booking: d.booking
      ? {
          id: d.booking.booking.id,
          reference: d.booking.booking.reference,
          vehicle: {
            id: d.booking.vehicle.id,
            plate_number: d.booking.vehicle.plateNumber,
            brand: d.booking.vehicle.brand,
            model: d.booking.vehicle.model,
          },
          start_date: isoSeconds(d.booking.booking.startAt)!,
          end_date: isoSeconds(d.booking.booking.endAt)!,
        }
      : null,
    messages: d.messages.map((m) => toMessage(m, link)),
    created_at: isoSeconds(t.createdAt)!,
    updated_at: isoSeconds(t.updatedAt)!,
  };
}
