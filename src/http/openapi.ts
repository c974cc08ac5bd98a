import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import type { FastifySchema } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type ErrorCode, errorSpec, type FieldErrors } from '../errors.js';
import type { RouteAuth } from './context.js';
import { errorEnvelopeSchema } from './envelope.js';
import { laravelErrors } from './validation.js';

/**
 * The OpenAPI document: its head (info, tags, security schemes), the examples every operation
 * carries, and the error responses each one lists with the exact messages of src/errors.ts.
 *
 * Examples sit in zod metadata as `x-examples` on the root schema of a request body or response.
 * @fastify/swagger moves that keyword to the media type's `examples` map (OpenAPI 3.0.3), the
 * validator ignores metadata, and fast-json-stringify ignores unknown keywords, so requests and
 * responses are handled exactly as without them. (`examples`, zod's own keyword, would not do:
 * zod drops it from the input side of any schema with a transform, i.e. most request bodies.)
 * Every example is parsed with its schema when the route is built: one that drifts from its schema
 * stops the app at start, like a route without `config.auth`.
 */

// ---------------------------------------------------------------------------------------------
// The document

const INFO = `Multi-tenant, white-label car-sharing backend. The Client API (\`/api/v1/client\`) serves the agencies' mobile apps.

**Authentication.** Every client request is signed for its agency with the \`X-Agency-Signature\` header (scheme *AgencySignature*). All but \`GET /config\` and \`POST /auth/register\`, \`/auth/login\`, \`/auth/forgot-password\` and \`/auth/reset-password\` also carry the client's bearer token (scheme *BearerToken*), returned by register and login. Each operation names the schemes it needs.

**Envelope.** Every JSON response has the same shape: \`{success, message, data, meta, request_id, timestamp}\`. \`message\` is a short sentence, listed for each operation; \`data\` is the operation's payload (or null); \`meta\` is \`{agency_id, agency_code}\` of the signing agency (null when no agency is known yet, e.g. without a valid signature); \`request_id\` is also sent as the \`X-Request-Id\` header (a UUID sent in \`X-Request-Id\` is kept, so a trace can span app and API); \`timestamp\` is ISO-8601 UTC with milliseconds.

**Errors.** An error is the same envelope with \`success: false\`, \`data\` null or details (\`reason\`, \`retry_after\`, \`missing\` ...) and, for 422 (and the login 401), \`errors\`: each field with its Laravel-style messages. Each operation lists its error statuses with their exact messages. Every operation may also answer 429 "Too many requests" (with \`data.retry_after\` and a \`Retry-After\` header) and 500 "Server error" (details only in the server log, under the request id). An unknown path answers 404 "Not found"; a known path with another method 405 "Method not allowed", with an \`Allow\` header.

**Pagination.** Paged lists (e.g. \`GET /bookings\`, \`GET /vehicles\`) take \`page\` (from 1) and \`per_page\` (default 15, at most 50) and add \`current_page\`, \`last_page\`, \`per_page\` and \`total\` to \`meta\`.

**Dates and money.** Date-times are ISO-8601 UTC (\`2024-01-20T10:00:00Z\`); date-times sent to the API need an offset (\`Z\` or \`+02:00\`). Amounts are decimals in the agency's currency (\`pricing.currency\`, ISO 4217).`;

const SIGNATURE = `Names the agency (the white-label app) and proves the app holds the agency's secret key. Value: \`<payload>.<mac>\`, where
- payload = base64url, without padding, of the UTF-8 JSON \`{"agency_code":"<CODE>","timestamp":<unix seconds>}\`
- mac = lowercase hex HMAC-SHA256 of the payload text, keyed with the agency's secret key (the whole \`sk_live_...\` string, shown once when the agency is created).

A signature is accepted for AGENCY_SIGNATURE_MAX_AGE seconds (default 300) either side of its timestamp: sign each request. Example, agency \`DAAKEY01\` at 1732233600 with the secret \`sk_live_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN\`: \`eyJhZ2VuY3lfY29kZSI6IkRBQUtFWTAxIiwidGltZXN0YW1wIjoxNzMyMjMzNjAwfQ.730cd29157eb033e3b5362cbe72c0cf5a040461abecb243314d5a9555002eda5\`. \`signAgencyRequest(code, secret)\` from \`daakey/sign\` (src/lib/agency-signature.ts, no dependencies) builds it.

Answers: no header, 401 "Agency signature required"; a malformed header, an unknown agency, a wrong MAC or a timestamp outside the window, 401 "Invalid agency signature" with \`data.reason\` \`malformed\`, \`unknown_agency\`, \`mismatch\` or \`expired\`; an inactive agency, 403 "Agency is not active".`;

const BEARER = `The client's access token, \`<id>|<40 letters and digits>\` (Laravel Sanctum's format), returned as \`data.token\` by \`POST /auth/register\` and \`POST /auth/login\`; send \`Authorization: Bearer <token>\` together with a signature of the same agency. It stays valid until \`POST /auth/logout\`, a password reset (which ends every session) or a password change (which ends every other session). Answers: a missing, unknown or revoked token, 401 "Unauthenticated"; a suspended client, 403 "Account suspended".`;

const TAGS = [
  { name: 'Client: Config', description: "The agency's branding, features and rules; needs only the signature" },
  { name: 'Client: Auth', description: 'Register, log in and out, password reset, the current client' },
  { name: 'Client: Home', description: "The app's home screen in one call" },
  { name: 'Client: Verification', description: 'Phone (SMS code) and email (emailed code) verification' },
  { name: 'Client: Profile', description: "The client's profile and password" },
  { name: 'Client: Documents', description: 'Driving licence and identity documents, reviewed by agency staff' },
  { name: 'Client: Payment methods', description: 'Saved cards (Stripe PaymentMethods)' },
  { name: 'Client: Stations', description: 'Where vehicles are picked up and returned' },
  { name: 'Client: Vehicles', description: 'The bookable fleet' },
  {
    name: 'Client: Vehicle control',
    description: 'Keyless access during a booking: lock, unlock, immobilizer, live status',
  },
  { name: 'Client: Bookings', description: 'Book, cancel, extend and end a rental' },
  { name: 'Client: Support tickets', description: "Questions and problems for the agency's support team" },
  { name: 'Client: Media', description: 'Photos and files attached to tickets' },
  { name: 'Files', description: 'Private files through signed, expiring links' },
  { name: 'System', description: 'Liveness and readiness probes' },
  { name: 'Development', description: 'What the log drivers "sent" (not registered in production)' },
];

/** The `openapi` option of @fastify/swagger. */
export function openapiDocument(version: string): NonNullable<FastifyDynamicSwaggerOptions['openapi']> {
  return {
    openapi: '3.0.3',
    info: { title: 'Daakey API', version, description: INFO },
    tags: TAGS,
    components: {
      securitySchemes: {
        AgencySignature: { type: 'apiKey', in: 'header', name: 'X-Agency-Signature', description: SIGNATURE },
        BearerToken: { type: 'http', scheme: 'bearer', bearerFormat: '<id>|<secret>', description: BEARER },
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Examples

/** The agency of every example (the one of the documentation pages). */
export const EXAMPLE_META = { agency_id: 123, agency_code: 'AGENCY123' };
export const EXAMPLE_REQUEST_ID = '3f2b8c1e-5d4a-4e7b-9c6f-1a2b3c4d5e6f';
export const EXAMPLE_TIMESTAMP = '2024-01-15T10:00:00.000Z';

const EXAMPLES = 'x-examples';

interface NamedExample {
  summary: string;
  value: unknown;
}

/** A success envelope as the API sends it; `meta` defaults to the example agency. */
export function okExample<D, M extends object | null = typeof EXAMPLE_META>(message: string, data: D, meta?: M) {
  return {
    success: true as const,
    message,
    data,
    meta: (meta === undefined ? EXAMPLE_META : meta) as M,
    request_id: EXAMPLE_REQUEST_ID,
    timestamp: EXAMPLE_TIMESTAMP,
  };
}

function documented<S extends z.ZodType>(schema: S, examples: Record<string, NamedExample>, description?: string): S {
  for (const [name, example] of Object.entries(examples)) {
    const parsed = schema.safeParse(example.value);
    if (!parsed.success)
      throw new Error(`OpenAPI example "${name}" does not match its schema:\n${z.prettifyError(parsed.error)}`);
  }
  return schema.meta({ ...(description === undefined ? {} : { description }), [EXAMPLES]: examples });
}

/** A success response documented with an example envelope (its message becomes the response's description). */
export function successResponse<S extends z.ZodType>(schema: S, example: z.input<S>): S {
  const message = String((example as { message?: unknown }).message);
  return documented(schema, { success: { summary: message, value: example } }, `Success: "${message}"`);
}

/** A request body documented with an example (the raw JSON or form fields a client sends). */
export function requestBody<S extends z.ZodType>(schema: S, example: z.input<S>, summary = 'Request'): S {
  return documented(schema, { request: { summary, value: example } });
}

// ---------------------------------------------------------------------------------------------
// Error responses

/** One error an operation can answer with; `errors`, `data` and `meta` shape its example. */
export interface ErrorExample {
  code: ErrorCode;
  errors?: FieldErrors;
  data?: Record<string, unknown>;
  /** null: raised before the agency is known. */
  meta?: null;
}

/** The details errors carry by default (a route passes its own where they differ). */
const DETAILS: Partial<Record<ErrorCode, Omit<ErrorExample, 'code'>>> = {
  TOO_MANY_REQUESTS: { data: { retry_after: 42 } },
  SIGNATURE_REQUIRED: { meta: null },
  SIGNATURE_INVALID: { data: { reason: 'expired' }, meta: null },
  AGENCY_INACTIVE: { meta: null },
  BAD_REQUEST: { meta: null },
  INVALID_CREDENTIALS: { errors: { email: ['These credentials do not match our records.'] } },
  INVALID_VERIFICATION_CODE: { errors: { code: ['The verification code is invalid or expired.'] } },
  PAYMENT_METHOD_DUPLICATE: { errors: { payment_method_id: ['This payment method has already been added.'] } },
  PAYMENT_METHOD_IS_DEFAULT: { data: { reason: 'Set another payment method as default first' } },
  PAYMENT_METHOD_IN_USE: { data: { reason: 'Payment method is associated with active bookings' } },
  DOCUMENT_REQUIRED: { data: { reason: 'Driver license is required for active bookings' } },
  PAYMENT_AUTHORIZATION_FAILED: { data: { reason: 'insufficient_funds' } },
  BOOKING_REQUIREMENTS_NOT_MET: { data: { missing: ['phone_verified', 'driver_license_back'] } },
  BOOKING_CANNOT_BE_CANCELLED: { data: { reason: 'Booking has already started' } },
  BOOKING_CANNOT_BE_EXTENDED: { data: { reason: 'Booking is overdue' } },
  BOOKING_CANNOT_BE_ENDED: { data: { reason: 'Booking has not started yet' } },
  EXTENSION_NOT_AVAILABLE: {
    data: {
      reason: 'The vehicle is booked after the current end date',
      max_end_date: '2024-01-15T20:00:00Z',
      max_extension_hours: 2,
    },
  },
  VEHICLE_DID_NOT_RESPOND: {
    data: { vehicle_id: 1, action: 'unlock', status: 'failed', reason: 'timeout', retry_after: 10 },
  },
};

/** The documented error examples of a response schema made here (also read by openapiTransform). */
const examplesOf = new WeakMap<object, readonly ErrorExample[]>();
const built = new Map<string, z.ZodType>();

function fill(e: ErrorCode | ErrorExample): ErrorExample {
  return typeof e === 'string' ? { code: e, ...DETAILS[e] } : e;
}

/** The response schema of one status: the error envelope, its messages as description, one example per error. */
function errorResponse(errors: readonly ErrorExample[], publicRoute: boolean): z.ZodType {
  const key = JSON.stringify([errors, publicRoute]);
  const cached = built.get(key);
  if (cached) return cached;
  const messages = [...new Set(errors.map((e) => errorSpec(e.code).message))];
  const examples: Record<string, NamedExample> = {};
  for (const e of errors) {
    const message = errorSpec(e.code).message;
    examples[e.code.toLowerCase()] = {
      summary: message,
      value: {
        success: false,
        message,
        ...(e.errors ? { errors: e.errors } : {}),
        data: e.data ?? null,
        meta: publicRoute || e.meta === null ? null : EXAMPLE_META,
        request_id: EXAMPLE_REQUEST_ID,
        timestamp: EXAMPLE_TIMESTAMP,
      },
    };
  }
  const schema = documented(errorEnvelopeSchema, examples, messages.map((m) => `"${m}"`).join(' or '));
  examplesOf.set(schema, errors);
  built.set(key, schema);
  return schema;
}

function byStatus(errors: readonly ErrorExample[]): Map<number, ErrorExample[]> {
  const out = new Map<number, ErrorExample[]>();
  for (const e of errors) {
    const status = errorSpec(e.code).status;
    const list = out.get(status) ?? [];
    if (!list.some((x) => x.code === e.code)) list.push(e);
    out.set(status, list);
  }
  return out;
}

/**
 * The error responses of a route, by status, from its error codes (statuses and messages come from
 * errorSpec). Spread into `response`; the errors every route shares are added by withCommonErrors.
 */
export function errorsFor(...errors: Array<ErrorCode | ErrorExample>): Record<number, z.ZodType> {
  const out: Record<number, z.ZodType> = {};
  for (const [status, list] of byStatus(errors.map(fill))) out[status] = errorResponse(list, false);
  return out;
}

/**
 * The 422 a route's validator really gives for a first wrong input (an empty body, a field of the
 * wrong type), or undefined when its schemas accept anything. Multipart bodies are validated by
 * their handler, which declares its own 422.
 */
function validationExample(schema: FastifySchema): ErrorExample | undefined {
  const parts: Array<[unknown, Array<Record<string, unknown>>]> = [];
  const keys = (s: unknown) => (s instanceof z.ZodObject ? Object.keys(s.shape) : []);
  if (!schema.consumes?.includes('multipart/form-data'))
    parts.push([schema.body, [{}, ...keys(schema.body).flatMap((k) => [{ [k]: 'x' }, { [k]: 12345 }])]]);
  parts.push([schema.querystring, keys(schema.querystring).map((k) => ({ [k]: 'x' }))]);
  for (const [part, inputs] of parts) {
    if (!(part instanceof z.ZodType)) continue;
    for (const input of inputs) {
      const result = part.safeParse(input);
      if (!result.success) return { code: 'VALIDATION_FAILED', errors: laravelErrors(result.error.issues, input) };
    }
  }
  return undefined;
}

/**
 * A route's response schemas plus the errors it shares with every route of its kind: the guard's
 * (signature, token), the body parser's and the validator's, the rate limit and the 500. Errors the
 * route declared with errorsFor keep their examples; a plain error envelope at a status gives way.
 */
export function withCommonErrors(auth: RouteAuth, schema: FastifySchema): Record<string, unknown> {
  const common: Array<ErrorCode | ErrorExample> = [];
  if (auth !== 'public') {
    common.push('SIGNATURE_REQUIRED', 'SIGNATURE_INVALID', 'AGENCY_INACTIVE');
    if (auth === 'client') common.push('UNAUTHENTICATED', 'ACCOUNT_SUSPENDED');
    if (schema.body) common.push('MALFORMED_JSON', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE');
    else if (schema.params || schema.querystring) common.push('BAD_REQUEST');
    const invalid = validationExample(schema);
    if (invalid) common.push(invalid);
  }
  common.push({ code: 'TOO_MANY_REQUESTS', data: { retry_after: 42 }, meta: null }, 'SERVER_ERROR');

  const response: Record<string, unknown> = { ...(schema.response as Record<string, unknown> | undefined) };
  const declared: ErrorExample[] = [];
  for (const [status, s] of Object.entries(response)) {
    const own = examplesOf.get(s as object);
    if (own) {
      declared.push(...own);
      delete response[status];
    }
  }
  for (const [status, list] of byStatus([...declared, ...common.map(fill)]))
    response[status] = errorResponse(list, auth === 'public');
  return response;
}

/** Where the generated part of a description starts. */
export const ERRORS_HEADING = '\n\n**Errors**\n\n';

/**
 * jsonSchemaTransform, plus an "Errors" section at the end of each operation's description: every
 * error status with its exact messages, from the same codes as its responses.
 */
export const openapiTransform: typeof jsonSchemaTransform = (document) => {
  const out = jsonSchemaTransform(document);
  const response = document.schema?.response as Record<string, unknown> | undefined;
  if (!response || out.schema.hide) return out;
  const lines: string[] = [];
  for (const status of Object.keys(response).sort()) {
    const errors = examplesOf.get(response[status] as object);
    if (!errors) continue;
    const messages = [...new Set(errors.map((e) => `"${errorSpec(e.code).message}"`))];
    lines.push(`- ${status}: ${messages.join(', ')}`);
  }
  if (lines.length > 0) out.schema.description = `${out.schema.description ?? ''}${ERRORS_HEADING}${lines.join('\n')}`;
  return out;
};
