import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';
import type { FilesService } from './files.service.js';

/** The public base URL operators configured (APP_URL, behind a proxy or CDN), without a trailing slash. */
export function configuredBaseUrl(config: Config): string | undefined {
  return config.APP_URL?.replace(/\/$/, '');
}

/** Where links point: APP_URL when set, else the host the request came to. */
export function publicBaseUrl(config: Config, req: FastifyRequest): string {
  return configuredBaseUrl(config) ?? `${req.protocol}://${req.host}`;
}

/**
 * GET /files/<key>?expires=&signature=: the signed link is the credential (no headers needed, so
 * an <img> tag or a PDF viewer can open it); a tampered or expired link is a 403.
 */
export function filesRoutes(app: FastifyInstance, deps: { files: FilesService }): void {
  app.get<{ Params: { '*': string }; Querystring: { expires?: string; signature?: string } }>(
    '/files/*',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['Files'],
        summary: 'Download a private file through a signed, expiring link (as returned in `url` fields)',
      },
    },
    async (req, reply) => {
      const q = req.query;
      const file = await deps.files.open(
        req.params['*'],
        typeof q.expires === 'string' ? q.expires : undefined,
        typeof q.signature === 'string' ? q.signature : undefined,
      );
      return reply
        .header('content-type', file.contentType)
        .header('cache-control', `private, max-age=${file.maxAge}`)
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', 'inline')
        .send(file.body);
    },
  );
}
