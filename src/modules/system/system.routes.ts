import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { envelope, ok } from '../../http/envelope.js';
import { typed } from '../../http/routing.js';

const tags = ['System'];

export function systemRoutes(app: FastifyInstance, deps: { database: Database }): void {
  const r = typed(app);
  r.get(
    '/health',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: 'The process is up',
        response: { 200: envelope(z.object({ status: z.literal('ok') })) },
      },
    },
    async (req) => ok(req, 'OK', { status: 'ok' as const }),
  );
  r.get(
    '/ready',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: 'The database answers',
        response: { 200: envelope(z.object({ status: z.literal('ready'), database: z.string() })) },
      },
    },
    async (req) => {
      try {
        await deps.database.ping();
      } catch (err) {
        throw new AppError('SERVICE_UNAVAILABLE', { cause: err, data: { database: 'unreachable' } });
      }
      return ok(req, 'Ready', { status: 'ready' as const, database: deps.database.kind });
    },
  );
}
