import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode } from '../errors.js';
import { type ErrorEnvelope, metaOf } from './envelope.js';

/** Fastify's own errors (body parsing, limits) mapped onto our closed set of codes. */
function fromFastify(err: FastifyError): ErrorCode {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'MALFORMED_JSON';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'PAYLOAD_TOO_LARGE';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return 'UNSUPPORTED_MEDIA_TYPE';
  }
  if (err instanceof SyntaxError || (err.statusCode === 400 && err.code?.startsWith('FST_ERR_CTP')))
    return 'MALFORMED_JSON';
  if (err.statusCode === 413) return 'PAYLOAD_TOO_LARGE';
  if (err.statusCode === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (err.statusCode === 429) return 'TOO_MANY_REQUESTS';
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return 'BAD_REQUEST';
  return 'SERVER_ERROR';
}

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = fromFastify(err as FastifyError);
  return new AppError(code, { cause: err });
}

export function errorBody(req: FastifyRequest, e: AppError): ErrorEnvelope {
  return {
    success: false,
    message: e.message,
    ...(e.errors ? { errors: e.errors } : {}),
    data: e.data ?? null,
    meta: metaOf(req),
    request_id: req.id,
    timestamp: new Date().toISOString(),
  };
}

export function errorHandler(err: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const e = toAppError(err);
  if (e.status >= 500) {
    // Internals go to the log with the request id; the client sees only "Server error".
    req.log.error({ err, request_id: req.id }, 'request failed');
  }
  if (e.headers) reply.headers(e.headers);
  return reply.status(e.status).send(errorBody(req, e));
}
