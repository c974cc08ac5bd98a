import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../errors.js';
import { z } from 'zod';
import { typed } from '../../http/routing.js';
import type { NotificationsService } from '../notifications/notifications.service.js';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const query = z.object({ to: z.string().optional(), limit: z.coerce.number().int().min(1).max(500).default(100) });

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
      schema: { tags: ['Development'], summary: 'Messages sent through the log drivers', querystring: query },
    },
    async (req) => ({
      success: true,
      message: 'Inbox retrieved',
      data: await list(req.query),
      meta: null,
      request_id: req.id,
      timestamp: new Date().toISOString(),
    }),
  );

  r.get(
    '/dev/inbox',
    {
      config: { auth: 'public' },
      onRequest: loopbackOnly,
      schema: { tags: ['Development'], summary: 'The same, as a page', querystring: query },
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
