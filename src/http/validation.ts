import type { FastifySchemaCompiler } from 'fastify';
import { z } from 'zod';
import { AppError, type FieldErrors } from '../errors.js';

type Issue = z.core.$ZodIssue;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** Laravel converts "" (after trimming) to null before validating, so blank counts as absent. */
function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

const TYPE_MESSAGES: Record<string, string> = {
  string: 'must be a string',
  number: 'must be a number',
  int: 'must be an integer',
  boolean: 'field must be true or false',
  array: 'must be an array',
  object: 'must be an array', // Laravel calls associative arrays "arrays"
  date: 'is not a valid date',
};

/** One zod issue as Laravel 9's English validation message, with the attribute's underscores shown as spaces. */
export function laravelMessage(issue: Issue, input: unknown): string {
  const attr = issue.path.map(String).join('.').replace(/_/g, ' ') || 'input';
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (isBlank(value)) return `The ${attr} field is required.`;
      return `The ${attr} ${TYPE_MESSAGES[issue.expected] ?? 'is invalid'}.`;
    case 'too_small':
      if (issue.origin === 'string') {
        if (isBlank(value)) return `The ${attr} field is required.`;
        return `The ${attr} must be at least ${String(issue.minimum)} characters.`;
      }
      if (issue.origin === 'array') return `The ${attr} must have at least ${String(issue.minimum)} items.`;
      return `The ${attr} must be at least ${String(issue.minimum)}.`;
    case 'too_big':
      if (issue.origin === 'string') return `The ${attr} must not be greater than ${String(issue.maximum)} characters.`;
      if (issue.origin === 'array') return `The ${attr} must not have more than ${String(issue.maximum)} items.`;
      return `The ${attr} must not be greater than ${String(issue.maximum)}.`;
    case 'invalid_format':
      if (issue.format === 'email') return `The ${attr} must be a valid email address.`;
      if (issue.format === 'url') return `The ${attr} must be a valid URL.`;
      if (issue.format === 'datetime' || issue.format === 'date') return `The ${attr} is not a valid date.`;
      return `The ${attr} format is invalid.`;
    case 'invalid_value':
    case 'invalid_union':
      return `The selected ${attr} is invalid.`;
    case 'custom':
      return issue.message;
    default:
      return `The ${attr} is invalid.`;
  }
}

export function laravelErrors(issues: readonly Issue[], input: unknown): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || 'body';
    const message = laravelMessage(issue, input);
    const list = (errors[key] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return errors;
}

/** Paths of strings holding a NUL character, which PostgreSQL cannot store in text. */
function nulPaths(value: unknown, path: string[] = [], out: string[][] = []): string[][] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => nulPaths(v, [...path, String(i)], out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) nulPaths(v, [...path, k], out);
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Fastify validator compiler: zod parses each request part; failures become one AppError with
 * Laravel-style field messages. A body that is not a JSON object is validated as an empty one,
 * so the client sees which fields are required rather than a type error about the root.
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema, httpPart }) => {
  // A multipart body is read by its handler while it streams; its schema only documents it.
  if (httpPart === 'body' && schema.meta()?.[MULTIPART] === true) return (data) => ({ value: data });
  return (data) => {
    const input = httpPart === 'body' && !isPlainObject(data) ? {} : data;
    const result = schema.safeParse(input);
    if (result.success) {
      const bad = nulPaths(result.data);
      if (bad.length === 0) return { value: result.data };
      const errors: FieldErrors = {};
      for (const path of bad)
        errors[path.join('.') || 'body'] = [`The ${path.join('.').replace(/_/g, ' ')} format is invalid.`];
      return { error: AppError.validation(errors) };
    }
    return { error: AppError.validation(laravelErrors(result.error.issues, input)) };
  };
};

const MULTIPART = 'x-multipart';

/**
 * The documented shape of a multipart/form-data body (OpenAPI only: the handler reads the parts as
 * they stream, with size limits, and validates them itself). Pair with `consumes: ['multipart/form-data']`.
 */
export function multipartBody<S extends z.ZodRawShape>(shape: S) {
  return z.object(shape).meta({ [MULTIPART]: true });
}

/** A file part, as OpenAPI shows it. */
export const filePart = () => z.string().meta({ format: 'binary' });

// ---- reusable field schemas (one definition each) ----

/** A required string: blank counts as missing, as in Laravel. */
export const requiredString = () => z.string().trim().min(1);

export const emailField = () =>
  z
    .string()
    .trim()
    .min(1)
    .max(255)
    .pipe(z.email())
    .transform((e) => e.toLowerCase());

/** E.164 after removing spaces, dashes, dots and brackets. */
export const phoneField = () =>
  z
    .string()
    .trim()
    .min(1)
    .transform((p) => p.replace(/[\s\-().]/g, ''))
    .refine((p) => /^\+[1-9]\d{6,14}$/.test(p), {
      message: 'The phone must be a valid phone number with country code (E.164), e.g. +14155550123.',
    });

export const passwordField = () => z.string().min(8).max(255);

/**
 * Laravel's "confirmed" rule: the error sits on the password field itself. It runs even when other
 * fields failed (zod skips object refinements then by default), so the client sees every error at once.
 */
export function confirmed<S extends z.ZodType<{ password?: unknown; password_confirmation?: unknown }>>(schema: S) {
  return schema.refine(
    (v) => typeof v.password !== 'string' || v.password.length < 8 || v.password === v.password_confirmation,
    {
      path: ['password'],
      message: 'The password confirmation does not match.',
      when: (payload) => typeof payload.value === 'object' && payload.value !== null,
    },
  );
}

/**
 * A numeric path id. Anything else maps to 0, which matches no row, so a malformed id is the same
 * 404 as an unknown one (as Laravel's route model binding answers).
 */
export function resourceId(raw: string): number {
  return /^[1-9]\d{0,14}$/.test(raw) ? Number(raw) : 0;
}
