import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../errors.js';
import { z } from 'zod';
import { envelope, ok } from '../../http/envelope.js';
import { errorsFor, okExample, successResponse } from '../../http/openapi.js';
import { typed } from '../../http/routing.js';
import type { NotificationsService } from '../notifications/notifications.service.js';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const query = z.object({
  to: z.string().optional().describe('Only messages to this address or phone number'),
  limit: z.coerce.number().int().min(1).max(500).default(100).describe('At most this many, newest first (1-500)'),
});

const messageSchema = z.object({
  id: z.number().int(),
  agency_id: z.number().int().nullable(),
  channel: z.enum(['email', 'sms', 'job']),
  kind: z.string().describe('e.g. verification_phone, verification_email, password_reset, booking_confirmed'),
  to: z.string(),
  subject: z.string().nullable(),
  body: z.string().nullable().describe('The text sent (null once erased)'),
  status: z.string().describe('pending, sent, failed or skipped'),
  attempts: z.number().int(),
  driver: z.string().nullable(),
  last_error: z.string().nullable(),
  created_at: z.string(),
  sent_at: z.string().nullable(),
});

const inboxExample = okExample(
  'Inbox retrieved',
  [
    {
      id: 7,
      agency_id: 123,
      channel: 'sms' as const,
      kind: 'verification_phone',
      to: '+1234567890',
      subject: null,
      body: 'Daakey Car Rental: your verification code is 123456. It expires in 10 minutes.',
      status: 'sent',
      attempts: 1,
      driver: 'log',
      last_error: null,
      created_at: '2024-01-15T10:00:00Z',
      sent_at: '2024-01-15T10:00:01Z',
    },
  ],
  null,
);

const DEV_DESCRIPTION =
  'Development only: not registered when APP_ENV=production, and answered only to connections from this ' +
  'machine (404 "Not found" otherwise, whatever X-Forwarded-For says). Lists what the log drivers would ' +
  'have sent (verification codes, reset tokens, booking emails), newest first.';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * The inbox shows codes and reset tokens: it answers only connections from this machine (the
 * socket's address, not X-Forwarded-For), so a development server bound to 0.0.0.0 does not publish them.
 */
async function loopbackOnly(req: FastifyRequest): Promise<void> {
  if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) throw new AppError('ROUTE_NOT_FOUND');
}

/** Development inbox: what the log drivers "sent". Registered only when APP_ENV is not production. */
export function devRoutes(app: FastifyInstance, deps: { notifications: NotificationsService }): void {
  const r = typed(app);
  const list = async (q: z.infer<typeof query>) =>
    (await deps.notifications.list({ to: q.to, limit: q.limit })).filter((n) => n.driver === 'log');

  r.get(
    '/dev/inbox.json',
    {
      config: { auth: 'public' },
      onRequest: loopbackOnly,
      schema: {
        tags: ['Development'],
        summary: 'Messages sent through the log drivers',
        description: DEV_DESCRIPTION,
        querystring: query,
        response: {
          200: successResponse(envelope(z.array(messageSchema)), inboxExample),
          ...errorsFor('ROUTE_NOT_FOUND'),
        },
      },
    },
    async (req) => ok(req, 'Inbox retrieved', await list(req.query)),
  );

  r.get(
    '/dev/inbox',
    {
      config: { auth: 'public' },
      onRequest: loopbackOnly,
      schema: {
        tags: ['Development'],
        summary: 'The same, as a page',
        description: `${DEV_DESCRIPTION} The same list as /dev/inbox.json, as an HTML page for a browser.`,
        querystring: query,
        response: {
          200: {
            description: 'An HTML page',
            content: {
              'text/html': {
                schema: z.string().meta({
                  example:
                    '<!doctype html><html><head><title>Daakey dev inbox</title></head><body><h1>Dev inbox</h1>...',
                }),
              },
            },
          },
          ...errorsFor('ROUTE_NOT_FOUND'),
        },
      },
    },
    async (req, reply) => {
      const items = await list(req.query);
      const rows = items
        .map(
          (n) =>
            `<article><header><b>${escape(n.channel.toUpperCase())}</b> to <code>${escape(n.to)}</code> · ${escape(n.kind)} · ${escape(
              n.status,
            )} · ${escape(n.created_at)}</header>${n.subject ? `<h3>${escape(n.subject)}</h3>` : ''}<pre>${escape(n.body ?? '(body erased)')}</pre></article>`,
        )
        .join('\n');
      return reply
        .type('text/html; charset=utf-8')
        .send(
          `<!doctype html><html><head><meta charset="utf-8"><title>Daakey dev inbox</title><style>body{font:14px system-ui;max-width:60rem;margin:2rem auto}article{border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem;margin:.75rem 0}pre{white-space:pre-wrap}</style></head><body><h1>Dev inbox</h1><p>${items.length} message(s). Newest first.</p>${rows || '<p>Nothing sent yet.</p>'}</body></html>`,
        );
    },
  );
}
