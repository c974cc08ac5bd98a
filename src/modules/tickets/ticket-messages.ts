import type { Queryable } from '../../db/client.js';
import type { TicketRow, TicketStatus } from '../../db/schema.js';
import type { Agency } from '../agencies/agencies.service.js';
import type { Notifier } from '../notifications/notifier.js';

/**
 * The support emails (through the outbox, in the transaction of the change they announce): the
 * receipt of a new ticket, and a staff reply.
 */

export interface TicketRecipient {
  name: string;
  email: string;
}

const STATUS_WORDS: Record<TicketStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  resolved: 'Resolved',
  closed: 'Closed',
};

function howToOpen(agency: Agency): string {
  return `To read the whole conversation or reply, open the ${agency.name} app and go to Support.`;
}

/** An email subject fits the outbox's 255 characters: a long ticket subject is cut (by code point) with "…". */
export function emailSubject(prefix: string, subject: string): string {
  const room = 255 - [...prefix].length;
  const chars = [...subject];
  return prefix + (chars.length <= room ? subject : `${chars.slice(0, room - 1).join('')}…`);
}

export async function sendTicketReceived(
  tx: Queryable,
  notifier: Notifier,
  agency: Agency,
  to: TicketRecipient,
  ticket: TicketRow,
): Promise<void> {
  await notifier.email(tx, {
    agencyId: agency.id,
    kind: 'ticket_created',
    to: to.email,
    fromName: agency.name,
    subject: emailSubject(`[${ticket.reference}] We received your request: `, ticket.subject),
    text:
      `Hello ${to.name},\n\nThank you for contacting ${agency.name}. Your request "${ticket.subject}" ` +
      `has been received with the reference ${ticket.reference}; our support team will answer you as soon as ` +
      `possible.\n\n${howToOpen(agency)}\n\n${agency.name}\n`,
  });
}

export async function sendTicketReply(
  tx: Queryable,
  notifier: Notifier,
  agency: Agency,
  to: TicketRecipient,
  ticket: TicketRow,
  reply: { senderName: string; text: string },
): Promise<void> {
  const closing =
    ticket.status === 'resolved'
      ? 'We consider this request resolved. If it is not, simply reply in the app and it will be reopened.\n\n'
      : ticket.status === 'closed'
        ? 'This request is now closed. If you need more help, please open a new request in the app.\n\n'
        : '';
  await notifier.email(tx, {
    agencyId: agency.id,
    kind: 'ticket_reply',
    to: to.email,
    fromName: agency.name,
    subject: emailSubject(`[${ticket.reference}] New reply: `, ticket.subject),
    text:
      `Hello ${to.name},\n\n${reply.senderName} replied to your support request ${ticket.reference} ` +
      `("${ticket.subject}"):\n\n${reply.text}\n\nStatus: ${STATUS_WORDS[ticket.status]}\n\n${closing}` +
      `${howToOpen(agency)}\n\n${agency.name}\n`,
  });
}
