import { z } from 'zod';
import { TICKET_PRIORITIES, TICKET_STATUSES } from '../../db/schema.js';
import { requiredString } from '../../http/validation.js';
import { listBookingsQuery } from '../bookings/bookings.schemas.js';

/** Request schemas of the ticket endpoints. */

export const MAX_ATTACHMENTS = 10;
export const MAX_MESSAGE_LENGTH = 5000;

/** One attachment: a media id, or the `url` POST /media returned (an expired link still names its file). */
const attachmentRef = z.union([z.number().int(), z.string().max(2048)]);

const attachments = z
  .array(attachmentRef)
  .max(MAX_ATTACHMENTS)
  .nullish()
  .describe(`Up to ${MAX_ATTACHMENTS} of the client's uploads (POST /media): each its id or its url`);

const messageText = () => requiredString().max(MAX_MESSAGE_LENGTH);

export const listTicketsQuery = listBookingsQuery.pick({ page: true, per_page: true }).extend({
  status: z.enum(TICKET_STATUSES).optional().describe('Only tickets in this status'),
});

export const createTicketBody = z.object({
  subject: requiredString().max(255).describe('Ticket subject'),
  message: messageText().describe('The first message'),
  category: requiredString().describe("One of the agency's ticket categories (GET /config: support.ticket_categories)"),
  priority: z.enum(TICKET_PRIORITIES).nullish().describe('Default normal'),
  booking_id: z.number().int().nullish().describe("One of the client's bookings this is about"),
  attachments,
});

export const ticketMessageBody = z.object({
  message: messageText().describe('Message content'),
  attachments,
});

export const ticketParams = z.object({ id: z.string().describe('Ticket ID') });
