import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { MediaRow } from '../../db/schema.js';
import { agencyOf, clientOf } from '../../http/context.js';
import { envelope, ok } from '../../http/envelope.js';
import { readMultipart } from '../../http/multipart.js';
import { errorsFor, requestBody, successResponse } from '../../http/openapi.js';
import { CLIENT_PREFIX, typed } from '../../http/routing.js';
import { filePart, multipartBody, resourceId } from '../../http/validation.js';
import { isoSeconds } from '../../lib/clock.js';
import { publicBaseUrl } from '../files/files.routes.js';
import type { FilesService } from '../files/files.service.js';
import { MAX_PDF_PAGES } from '../files/file-inspection.js';
import { FILE_TYPES_MESSAGE } from '../files/upload-check.js';
import { mediaExamples as ex } from './media.examples.js';
import type { MediaService } from './media.service.js';

const tags = ['Client: Media'];

export const mediaSchema = z.object({
  id: z.number().int().describe("Give it (or the url) in a ticket message's `attachments`"),
  url: z.string().describe('Signed link to the file, valid for FILE_URL_TTL_SECONDS (default 15 minutes)'),
  content_type: z.enum(['image/jpeg', 'image/png', 'application/pdf']),
  size: z.number().int().describe('Bytes stored (images re-encoded without metadata)'),
  created_at: z.string(),
});

const uploadBody = multipartBody({
  file: filePart().describe('JPEG, PNG or PDF (recognised by content), at most DOCUMENT_MAX_BYTES (10 MiB)'),
});

export function mediaRoutes(
  app: FastifyInstance,
  deps: { config: Config; media: MediaService; files: FilesService },
): void {
  const r = typed(app);
  const p = `${CLIENT_PREFIX}/media`;
  const view = (base: string) => (m: MediaRow) => ({
    id: m.id,
    url: deps.files.link(base, m.storageKey),
    content_type: m.contentType as z.infer<typeof mediaSchema>['content_type'],
    size: m.sizeBytes,
    created_at: isoSeconds(m.createdAt)!,
  });

  r.post(
    p,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: 'Upload a file to attach to support messages',
        description:
          'A multipart/form-data form with one `file`, checked as document uploads are: a JPEG, PNG or PDF ' +
          'recognised by its content (not its name), at most DOCUMENT_MAX_BYTES (10 MiB); images are ' +
          're-encoded without their metadata (EXIF, GPS), PDFs must open without a password. A missing, ' +
          'empty, oversized, unknown or unreadable file is 422 with `errors.file` (e.g. "The file field is ' +
          'required.", "The file must not be greater than 10240 kilobytes.", "' +
          FILE_TYPES_MESSAGE +
          `", "The file must not be password-protected.", "The file must not have more than ${MAX_PDF_PAGES} ` +
          'pages.", "The file failed to upload."); a JSON body counts as a form without a file, a body of ' +
          'any other type is 415. A broken form is 400, more than one file or too many parts 413; 503 ' +
          'with Retry-After when the server is busy checking other uploads. Pass the returned `id` or `url` ' +
          'in `attachments` of POST /tickets or POST /tickets/{id}/messages.',
        consumes: ['multipart/form-data'],
        body: requestBody(uploadBody, ex.uploadForm, 'Form fields'),
        response: {
          201: successResponse(envelope(mediaSchema), ex.uploaded),
          ...errorsFor(
            { code: 'VALIDATION_FAILED', errors: { file: [FILE_TYPES_MESSAGE] } },
            'MALFORMED_MULTIPART',
            'PAYLOAD_TOO_LARGE',
            { code: 'SERVICE_UNAVAILABLE', data: { retry_after: 5 } },
          ),
        },
      },
    },
    async (req, reply) => {
      const form = await readMultipart(req, 'file');
      const row = await deps.media.upload(agencyOf(req), clientOf(req).client, form);
      return reply.status(201).send(ok(req, 'Media uploaded successfully', view(publicBaseUrl(deps.config, req))(row)));
    },
  );

  r.get(
    `${p}/:id`,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: "One of the client's uploaded files, with a fresh signed link",
        description:
          "The client's own upload with a new signed `url` (valid FILE_URL_TTL_SECONDS, default 15 minutes): " +
          "ask again when a link has expired. Another client's or another agency's upload, or an unknown id: " +
          '404 "Media not found".',
        params: z.object({ id: z.string().describe('Media ID') }),
        response: { 200: successResponse(envelope(mediaSchema), ex.shown), ...errorsFor('MEDIA_NOT_FOUND') },
      },
    },
    async (req) => {
      const row = await deps.media.show(agencyOf(req), clientOf(req).client.id, resourceId(req.params.id));
      return ok(req, 'Media retrieved', view(publicBaseUrl(deps.config, req))(row));
    },
  );
}
