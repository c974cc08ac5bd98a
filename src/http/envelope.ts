import type { FastifyRequest } from 'fastify';
import { z } from 'zod';

/** meta on client responses: the agency resolved from the signature (plus, for lists, pagination). */
export const agencyMetaSchema = z.object({
  agency_id: z.number().int(),
  agency_code: z.string(),
});

export const fieldErrorsSchema = z.record(z.string(), z.array(z.string()));

const trailer = {
  request_id: z.string().describe('UUID of this request, also sent as the X-Request-Id header'),
  timestamp: z.string().describe('ISO-8601 UTC with milliseconds'),
};

/** The success envelope around one endpoint's data schema. */
export function envelope<D extends z.ZodType>(data: D) {
  return z.object({
    success: z.literal(true),
    message: z.string(),
    data,
    meta: agencyMetaSchema.nullable(),
    ...trailer,
  });
}

export const errorEnvelopeSchema = z
  .object({
    success: z.literal(false),
    message: z.string(),
    errors: fieldErrorsSchema.optional(),
    data: z.record(z.string(), z.unknown()).nullable(),
    meta: agencyMetaSchema.nullable(),
    ...trailer,
  })
  .describe('Error envelope');

export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

export function metaOf(req: FastifyRequest): z.infer<typeof agencyMetaSchema> | null {
  const agency = req.agency;
  return agency ? { agency_id: agency.id, agency_code: agency.code } : null;
}

/** Build a success envelope; handlers return this. */
export function ok<T>(req: FastifyRequest, message: string, data: T) {
  return {
    success: true as const,
    message,
    data,
    meta: metaOf(req),
    request_id: req.id,
    timestamp: new Date().toISOString(),
  };
}

/** Error responses documented on each route (OpenAPI); the error handler produces them. */
export function errorResponses(...statuses: number[]): Record<number, typeof errorEnvelopeSchema> {
  const out: Record<number, typeof errorEnvelopeSchema> = {};
  for (const s of statuses) out[s] = errorEnvelopeSchema;
  return out;
}

/** A success envelope whose meta carries more than the agency (e.g. document requirements). */
export function envelopeWithMeta<D extends z.ZodType, M extends z.ZodRawShape>(data: D, meta: M) {
  return z.object({
    success: z.literal(true),
    message: z.string(),
    data,
    meta: agencyMetaSchema.extend(meta),
    ...trailer,
  });
}

/** `meta` keys of a paginated client list (after agency_id and agency_code). */
export const paginationMeta = {
  current_page: z.number().int(),
  last_page: z.number().int(),
  per_page: z.number().int(),
  total: z.number().int(),
};

/** The `meta` of one page of a client list: the agency, then Laravel's pagination keys. */
export function pageMeta(agency: { id: number; code: string }, p: { page: number; perPage: number; total: number }) {
  return {
    agency_id: agency.id,
    agency_code: agency.code,
    current_page: p.page,
    last_page: Math.max(1, Math.ceil(p.total / p.perPage)),
    per_page: p.perPage,
    total: p.total,
  };
}
