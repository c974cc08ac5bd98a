import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { envelope, ok } from '../../http/envelope.js';
import { errorsFor, okExample, successResponse } from '../../http/openapi.js';
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
        description:
          'Liveness: answers as long as the process serves HTTP, without touching the database. No ' +
          'signature needed.',
        response: {
          200: successResponse(
            envelope(z.object({ status: z.literal('ok') })),
            okExample('OK', { status: 'ok' as const }, null),
          ),
        },
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
        description:
          'Readiness: 200 once the database answers a query (`database`: pglite or postgres), 503 "Service ' +
          'unavailable" with `data.database` "unreachable" otherwise. No signature needed.',
        response: {
          200: successResponse(
            envelope(z.object({ status: z.literal('ready'), database: z.string() })),
            okExample('Ready', { status: 'ready' as const, database: 'postgres' }, null),
          ),
          ...errorsFor({ code: 'SERVICE_UNAVAILABLE', data: { database: 'unreachable' } }),
        },
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
