import { z } from 'zod';
import { AppError, type FieldErrors } from '../../errors.js';
import type { MultipartForm } from '../../http/multipart.js';
import { laravelErrors, requiredString } from '../../http/validation.js';
import { checkFormFile } from '../files/upload-check.js';
import type { DocumentRequirements } from './document-rules.js';
import type { UploadInput } from './documents.service.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A calendar date: YYYY-MM-DD (an ISO date-time is cut to its date). Null when not a real date. */
export function parseCalendarDate(value: string): string | null {
  const m = DATE.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

export { FILE_TYPES_MESSAGE } from '../files/upload-check.js';

/**
 * Validate an upload form as Laravel would (every field's errors at once): `type` one of the agency's
 * types, `expires_at` a date after today (optional), `file` present, within the size limit, and a
 * JPEG, PNG or PDF by content that can be read.
 */
export async function parseUploadForm(
  form: MultipartForm,
  reqs: DocumentRequirements,
  today: string,
  maxBytes: number,
): Promise<UploadInput> {
  const allowed = [...reqs.required, ...reqs.optional];
  const schema = z.object({
    // Only a present type is checked against the list (Laravel stops at "required").
    type: requiredString().pipe(
      z.string().refine((t) => allowed.includes(t), { message: 'The selected type is invalid.' }),
    ),
    expires_at: z
      .string()
      .trim()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined || v === '') return null;
        const date = parseCalendarDate(v);
        if (!date) ctx.addIssue({ code: 'custom', message: 'The expires at is not a valid date.' });
        else if (date <= today) ctx.addIssue({ code: 'custom', message: 'The expires at must be a date after today.' });
        return date;
      }),
  });
  const fields = schema.safeParse(form.fields);
  const errors: FieldErrors = fields.success ? {} : laravelErrors(fields.error.issues, form.fields);

  const { file, error } = await checkFormFile(form, maxBytes);
  if (error) errors.file = [error];
  if (!fields.success || !file || Object.keys(errors).length > 0) throw AppError.validation(errors);
  return { type: fields.data.type, expiresAt: fields.data.expires_at, file };
}
