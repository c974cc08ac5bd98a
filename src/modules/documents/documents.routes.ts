import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { DocumentRow } from '../../db/schema.js';
import { agencyOf, clientOf } from '../../http/context.js';
import { envelope, envelopeWithMeta, ok } from '../../http/envelope.js';
import { readMultipart } from '../../http/multipart.js';
import { errorsFor, requestBody, successResponse } from '../../http/openapi.js';
import { CLIENT_PREFIX, typed } from '../../http/routing.js';
import { filePart, multipartBody } from '../../http/validation.js';
import { isoSeconds } from '../../lib/clock.js';
import { publicBaseUrl } from '../files/files.routes.js';
import type { FilesService } from '../files/files.service.js';
import { documentsExamples as ex } from './documents.examples.js';
import type { DocumentsService } from './documents.service.js';

const tags = ['Client: Documents'];

export const documentSchema = z.object({
  id: z.number().int(),
  type: z.string().describe('driver_license_front, driver_license_back, id_card, passport, or an agency type'),
  url: z.string().describe('Signed link to the file, valid for FILE_URL_TTL_SECONDS (default 15 minutes)'),
  status: z.enum(['pending', 'verified', 'rejected']),
  verified_at: z.string().nullable(),
  expires_at: z.string().nullable().describe('YYYY-MM-DD; the document is valid through that day'),
  uploaded_at: z.string(),
  rejection_reason: z.string().nullable().describe('Set when staff rejected the document'),
});

const requirementsMeta = {
  required_types: z.array(z.string()).describe('Types that must be verified before booking'),
  optional_types: z.array(z.string()),
  missing_required: z.array(z.string()).describe('Required types not yet verified and valid'),
};

const uploadBody = multipartBody({
  type: z.string().describe('One of required_types or optional_types'),
  file: filePart().describe('JPEG, PNG or PDF (recognised by content), at most DOCUMENT_MAX_BYTES (10 MiB)'),
  expires_at: z.string().optional().describe('Expiry date (YYYY-MM-DD), after today'),
});

export function documentsRoutes(
  app: FastifyInstance,
  deps: { config: Config; documents: DocumentsService; files: FilesService },
): void {
  const r = typed(app);
  const p = `${CLIENT_PREFIX}/documents`;
  const view = (base: string) => (d: DocumentRow) => ({
    id: d.id,
    type: d.type,
    url: deps.files.link(base, d.storageKey),
    status: d.status,
    verified_at: isoSeconds(d.verifiedAt),
    expires_at: d.expiresAt,
    uploaded_at: isoSeconds(d.uploadedAt)!,
    rejection_reason: d.rejectionReason,
  });

  r.get(
    p,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: "The client's documents, with what the agency requires",
        description:
          'One document per type at most (an upload replaces the one of its type). `status` is pending until ' +
          'agency staff review it, then verified or rejected (with `rejection_reason`; the client is emailed ' +
          'either way). `meta.missing_required` lists the required types not yet verified and valid: bookings ' +
          'need it empty. `url` is a signed link that expires (FILE_URL_TTL_SECONDS, default 15 minutes): ' +
          'list again for fresh links.',
        response: { 200: successResponse(envelopeWithMeta(z.array(documentSchema), requirementsMeta), ex.list) },
      },
    },
    async (req, reply) => {
      const agency = agencyOf(req);
      const o = await deps.documents.overview(agency, clientOf(req).client.id);
      const body = ok(req, 'Documents retrieved', o.documents.map(view(publicBaseUrl(deps.config, req))));
      return reply.send({
        ...body,
        meta: {
          agency_id: agency.id,
          agency_code: agency.code,
          required_types: o.requirements.required,
          optional_types: o.requirements.optional,
          missing_required: o.missingRequired,
        },
      });
    },
  );

  r.post(
    p,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: 'Upload a document (replaces the one of the same type); status starts pending',
        description:
          'A multipart/form-data form with `type`, `file` and, optionally, `expires_at`. The file must be a ' +
          'JPEG, PNG or PDF, recognised by its content (not its name), at most DOCUMENT_MAX_BYTES (10 MiB); ' +
          'images are re-encoded without their metadata (location, camera), PDFs must open without a password. ' +
          'Every field\'s problem comes in one 422 (e.g. "The selected type is invalid.", "The file must be a ' +
          'file of type: jpg, png, pdf.", "The expires at must be a date after today."). A new upload of a ' +
          'type replaces the previous document of that type and goes back to pending. A broken form is 400, ' +
          'too many parts 413; 503 with Retry-After when the server is busy checking other uploads.',
        consumes: ['multipart/form-data'],
        body: requestBody(uploadBody, ex.uploadForm, 'Form fields'),
        response: {
          201: successResponse(envelope(documentSchema), ex.uploaded),
          ...errorsFor(
            { code: 'VALIDATION_FAILED', errors: { file: ['The file must be a file of type: jpg, png, pdf.'] } },
            'MALFORMED_MULTIPART',
            'PAYLOAD_TOO_LARGE',
            { code: 'SERVICE_UNAVAILABLE', data: { retry_after: 5 } },
          ),
        },
      },
    },
    async (req, reply) => {
      const form = await readMultipart(req, 'file');
      const doc = await deps.documents.uploadForm(agencyOf(req), clientOf(req).client, form);
      return reply
        .status(201)
        .send(ok(req, 'Document uploaded successfully', view(publicBaseUrl(deps.config, req))(doc)));
    },
  );

  r.delete(
    `${p}/:type`,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: 'Delete the document of a type',
        description:
          'Deletes the document of that type and its file. A type the agency requires cannot go while the ' +
          'client has a pending, upcoming or active booking: 400 "Cannot delete required document" with ' +
          '`data.reason` (e.g. "Driver license is required for active bookings"). No document of that type: 404.',
        params: z.object({ type: z.string().describe('Document type, e.g. id_card') }),
        response: {
          200: successResponse(envelope(z.null()), ex.deleted),
          ...errorsFor('DOCUMENT_NOT_FOUND', 'DOCUMENT_REQUIRED'),
        },
      },
    },
    async (req) => {
      await deps.documents.remove(agencyOf(req), clientOf(req).client.id, req.params.type);
      return ok(req, 'Document deleted successfully', null);
    },
  );
}
