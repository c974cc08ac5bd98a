import type { FastifyRequest } from 'fastify';
import type {} from '@fastify/multipart';
import { AppError } from '../errors.js';

export interface ReceivedFile {
  field: string;
  /** As the client named it; never trusted for anything but display. */
  filename: string;
  bytes: Buffer;
}

export interface MultipartForm {
  fields: Record<string, string>;
  /** The one file part named `fileField`, or null when none came. */
  file: ReceivedFile | null;
  /** The file was larger than the limit: its bytes past the limit were discarded unread into memory. */
  fileTooLarge: boolean;
}

/** Multipart limits, enforced by the parser while it streams (see app.ts registration). */
export function multipartLimits(maxFileBytes: number) {
  return { fileSize: maxFileBytes, files: 1, fields: 10, fieldSize: 4096, parts: 11, headerPairs: 50 };
}

/**
 * Read a multipart/form-data request: text fields plus one file, never holding more than the file
 * limit in memory. Limits on the number of parts are a 413; a broken body is a 400. A request that
 * is not multipart (a JSON body) gives its fields and no file, so the caller reports what is missing.
 */
export async function readMultipart(req: FastifyRequest, fileField: string): Promise<MultipartForm> {
  const form: MultipartForm = { fields: {}, file: null, fileTooLarge: false };
  if (!req.isMultipart()) {
    const body = req.body;
    if (body && typeof body === 'object' && !Array.isArray(body))
      for (const [k, v] of Object.entries(body as Record<string, unknown>))
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') form.fields[k] = String(v);
    return form;
  }
  try {
    for await (const part of req.parts()) {
      if (part.type === 'field') {
        // A value cut at the field size limit still fails its own validation (every field is short).
        if (typeof part.value === 'string') form.fields[part.fieldname] = part.value;
        continue;
      }
      if (part.fieldname !== fileField || form.file) {
        part.file.resume(); // not ours: let it flow past
        continue;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) if (!part.file.truncated) chunks.push(chunk as Buffer);
      if (part.file.truncated) form.fileTooLarge = true;
      else form.file = { field: part.fieldname, filename: part.filename, bytes: Buffer.concat(chunks) };
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    const status = (err as { statusCode?: number }).statusCode;
    throw new AppError(status === 413 ? 'PAYLOAD_TOO_LARGE' : 'MALFORMED_MULTIPART', { cause: err });
  }
  return form;
}
