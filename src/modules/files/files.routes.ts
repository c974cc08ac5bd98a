import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { errorsFor } from '../../http/openapi.js';
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
        description:
          'The links in `url` fields (documents, media) are this route with `expires` (unix seconds) and ' +
          '`signature` (an HMAC under the server key): the link itself is the credential, so an <img> tag or ' +
          'a PDF viewer can open it without headers. It works until `expires` (FILE_URL_TTL_SECONDS after it ' +
          'was issued, default 15 minutes): ask the API again for a fresh link. The file comes decrypted with ' +
          'its type (JPEG, PNG or PDF) and `Cache-Control: private` for the rest of its lifetime. A tampered ' +
          'or expired link: 403; a file that no longer exists: 404.',
        params: z.object({ '*': z.string().describe('The file key, as in the link') }),
        // Documentation only: any value passes (the service checks the link and answers 403).
        querystring: z.object({
          expires: z.unknown().optional().meta({ type: 'string' }).describe('Unix seconds, from the link'),
          signature: z.unknown().optional().meta({ type: 'string' }).describe('From the link'),
        }),
        response: {
          200: {
            description: 'The file',
            content: Object.fromEntries(
              ['image/jpeg', 'image/png', 'application/pdf'].map((type) => [
                type,
                { schema: z.string().meta({ format: 'binary' }) },
              ]),
            ),
          },
          ...errorsFor('FILE_LINK_INVALID', 'FILE_NOT_FOUND'),
        },
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
