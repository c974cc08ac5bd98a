import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { agencyOf, clientOf } from '../../http/context.js';
import { envelope, envelopeWithMeta, ok, pageMeta, paginationMeta } from '../../http/envelope.js';
import { errorsFor, requestBody, successResponse } from '../../http/openapi.js';
import { CLIENT_PREFIX, typed } from '../../http/routing.js';
import { resourceId } from '../../http/validation.js';
import { publicBaseUrl } from '../files/files.routes.js';
import type { FilesService } from '../files/files.service.js';
import { ticketsExamples as ex } from './tickets.examples.js';
import {
  createTicketBody,
  listTicketsQuery,
  MAX_ATTACHMENTS,
  MAX_MESSAGE_LENGTH,
  ticketMessageBody,
  ticketParams,
} from './tickets.schemas.js';
import type { TicketsService } from './tickets.service.js';
import {
  type Linker,
  ticketListItemSchema,
  ticketMessageSchema,
  ticketSchema,
  toListItem,
  toMessage,
  toTicket,
} from './tickets.views.js';

const tags = ['Client: Support tickets'];

const ATTACHMENTS_RULE =
  `\`attachments\`: up to ${MAX_ATTACHMENTS} of the client's uploads (POST /media), each its \`id\` or its ` +
  '`url` (an expired link still names its file; a file named twice is attached once); anything else is 422 ' +
  '`attachments.N: ["The selected attachments.N is invalid."]`. In responses, `attachments` are signed links ' +
  '(valid FILE_URL_TTL_SECONDS, default 15 minutes).';

export function ticketsRoutes(
  app: FastifyInstance,
  deps: { config: Config; tickets: TicketsService; files: FilesService },
): void {
  const r = typed(app);
  const p = `${CLIENT_PREFIX}/tickets`;
  const tickets = deps.tickets;
  const linker = (req: FastifyRequest): Linker => {
    const base = publicBaseUrl(deps.config, req);
    return (key) => deps.files.link(base, key);
  };

  r.get(
    p,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: "The client's support tickets, newest activity first",
        description:
          'Paged (`page`, `per_page` up to 50, default 15; `meta` has current_page, last_page, per_page and ' +
          'total), ordered by the latest message (newest first), filtered by `status` (open, in_progress, ' +
          'resolved, closed; anything else is 422 "The selected status is invalid."). `last_message` is the ' +
          'latest message (staff-only notes never show), cut to 100 characters then "..."; `unread_count` ' +
          'counts the support replies the client has not opened yet (GET /tickets/{id} reads them).',
        querystring: listTicketsQuery,
        response: {
          200: successResponse(envelopeWithMeta(z.array(ticketListItemSchema), paginationMeta), ex.list),
        },
      },
    },
    async (req) => {
      const agency = agencyOf(req);
      const q = req.query;
      const page = await tickets.list(agency, clientOf(req).client.id, {
        status: q.status,
        page: q.page,
        perPage: q.per_page,
      });
      return {
        ...ok(req, 'Tickets retrieved', page.items.map(toListItem)),
        meta: pageMeta(agency, page),
      };
    },
  );

  r.post(
    p,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: 'Open a support ticket with its first message; the client gets a receipt by email',
        description:
          "The ticket starts open with the client's message as its first; its reference is TK-YYYY-NNNNN, " +
          "numbered per agency and calendar year (the agency's time zone). The client is emailed a receipt " +
          'with the reference. `subject` (at most 255 characters), `message` (at most ' +
          `${MAX_MESSAGE_LENGTH} characters) and \`category\` are required (e.g. "The subject field is ` +
          'required."); `priority` is low, normal (the default), high or critical. Then the fields are ' +
          'checked against the agency\'s data, all at once in one 422: "The selected category is invalid." ' +
          'for a category outside the agency\'s list (GET /config: support.ticket_categories); "The ' +
          'selected booking id is invalid." for a booking that is not one of the client\'s (nor a pending ' +
          'one); ' +
          ATTACHMENTS_RULE,
        body: requestBody(createTicketBody, ex.createBody),
        response: {
          201: successResponse(envelope(ticketSchema), ex.created),
          ...errorsFor({
            code: 'VALIDATION_FAILED',
            errors: {
              category: ['The selected category is invalid.'],
              booking_id: ['The selected booking id is invalid.'],
            },
          }),
        },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const detail = await tickets.create(agencyOf(req), clientOf(req).client, {
        subject: b.subject,
        message: b.message,
        category: b.category,
        priority: b.priority ?? 'normal',
        bookingId: b.booking_id ?? null,
        attachments: b.attachments ?? [],
      });
      return reply.status(201).send(ok(req, 'Ticket created successfully', toTicket(detail, linker(req))));
    },
  );

  r.get(
    `${p}/:id`,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: 'One ticket with its conversation; marks the support replies read',
        description:
          'The ticket with its messages, oldest first (staff-only notes never show), each with its ' +
          'attachments as signed links (valid FILE_URL_TTL_SECONDS, default 15 minutes), and the booking it ' +
          'is about (null when none, or once that booking is deleted). Opening it marks the support replies ' +
          "read: `unread_count` in GET /tickets drops to 0. Another client's or another agency's ticket, " +
          'or an unknown id: 404 "Ticket not found".',
        params: ticketParams,
        response: { 200: successResponse(envelope(ticketSchema), ex.show), ...errorsFor('TICKET_NOT_FOUND') },
      },
    },
    async (req) => {
      const detail = await tickets.show(agencyOf(req), clientOf(req).client.id, resourceId(req.params.id));
      return ok(req, 'Ticket retrieved', toTicket(detail, linker(req)));
    },
  );

  r.post(
    `${p}/:id/messages`,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: 'Write in a ticket; a resolved ticket is reopened',
        description:
          `\`message\` is required (at most ${MAX_MESSAGE_LENGTH} characters). A resolved ticket goes back to ` +
          'open; any other status stays; the ticket moves to the top of GET /tickets. A closed ticket takes ' +
          'no more messages: 400 "Cannot add message to closed ticket" (open a new one). Another ' +
          'client\'s or another agency\'s ticket, or an unknown id: 404 "Ticket not found". ' +
          ATTACHMENTS_RULE,
        params: ticketParams,
        body: requestBody(ticketMessageBody, ex.messageBody),
        response: {
          201: successResponse(envelope(ticketMessageSchema), ex.messageAdded),
          ...errorsFor(
            { code: 'VALIDATION_FAILED', errors: { 'attachments.0': ['The selected attachments.0 is invalid.'] } },
            'TICKET_NOT_FOUND',
            'TICKET_CLOSED',
          ),
        },
      },
    },
    async (req, reply) => {
      const posted = await tickets.addMessage(agencyOf(req), clientOf(req).client, resourceId(req.params.id), {
        message: req.body.message,
        attachments: req.body.attachments ?? [],
      });
      return reply.status(201).send(ok(req, 'Message added', toMessage(posted, linker(req))));
    },
  );
}
