import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { agencyOf, clientOf } from '../../http/context.js';
import { envelope, ok } from '../../http/envelope.js';
import { errorsFor, requestBody, successResponse } from '../../http/openapi.js';
import { CLIENT_PREFIX, typed } from '../../http/routing.js';
import { isoSeconds } from '../../lib/clock.js';
import { verificationExamples as ex } from './verification.examples.js';
import type { VerificationService } from './verification.service.js';

const tags = ['Client: Verification'];
const codeBody = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(32)
    .describe('The code from the SMS (6 digits) or the email (6 letters and digits)'),
});

const statusData = z.object({
  phone: z.object({ number: z.string(), verified: z.boolean(), verified_at: z.string().nullable() }),
  email: z.object({ address: z.string(), verified: z.boolean(), verified_at: z.string().nullable() }),
});

export function verificationRoutes(app: FastifyInstance, deps: { verification: VerificationService }): void {
  const r = typed(app);
  const p = `${CLIENT_PREFIX}/verification`;
  const v = deps.verification;

  r.get(
    `${p}/status`,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: 'Phone and email verification status',
        description:
          'Whether the phone number and the email address are verified, and when. The agency decides which of ' +
          'the two a booking needs (`features.phone_verification_required` and `email_verification_required` ' +
          'in GET /config). Changing either in PUT /profile makes it unverified again.',
        response: { 200: successResponse(envelope(statusData), ex.status) },
      },
    },
    async (req) => {
      const c = clientOf(req).client;
      return ok(req, 'Verification status retrieved', {
        phone: { number: c.phone, verified: c.phoneVerifiedAt !== null, verified_at: isoSeconds(c.phoneVerifiedAt) },
        email: { address: c.email, verified: c.emailVerifiedAt !== null, verified_at: isoSeconds(c.emailVerifiedAt) },
      });
    },
  );

  r.post(
    `${p}/verify-phone`,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: 'Verify the phone number with the SMS code',
        description:
          'The code of the last SMS (6 digits, valid 10 minutes; a newer code voids it). Five wrong codes void ' +
          'it: ask for a new one. A wrong, expired or voided code is 422 "Invalid verification code" with ' +
          '`errors.code` ["The verification code is invalid or expired."]; an already verified phone, 400.',
        body: requestBody(codeBody, ex.phoneCode),
        response: {
          200: successResponse(envelope(z.object({ phone: z.string(), verified_at: z.string() })), ex.phoneVerified),
          ...errorsFor('INVALID_VERIFICATION_CODE', 'PHONE_ALREADY_VERIFIED'),
        },
      },
    },
    async (req) => {
      const c = await v.verify(agencyOf(req), clientOf(req).client, 'phone', req.body.code);
      return ok(req, 'Phone verified successfully', { phone: c.phone, verified_at: isoSeconds(c.phoneVerifiedAt)! });
    },
  );

  r.post(
    `${p}/resend-phone`,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: 'Send a new SMS code (voids the previous one; at most 3 sends an hour)',
        description:
          'Sends a new 6-digit code to the phone on file; `expires_in` is its lifetime in seconds (600). The ' +
          'previous code stops working. At most 3 codes per hour, the one sent at registration included: ' +
          'beyond, 429 with `data.retry_after` (seconds) and a Retry-After header. An already verified phone: 400.',
        response: {
          200: successResponse(envelope(z.object({ phone: z.string(), expires_in: z.number().int() })), ex.phoneSent),
          ...errorsFor('PHONE_ALREADY_VERIFIED', { code: 'TOO_MANY_REQUESTS', data: { retry_after: 1800 } }),
        },
      },
    },
    async (req) => {
      const c = clientOf(req).client;
      const { expiresIn } = await v.resend(agencyOf(req), c, 'phone');
      return ok(req, 'Verification code sent', { phone: c.phone, expires_in: expiresIn });
    },
  );

  r.post(
    `${p}/verify-email`,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: 'Verify the email address with the emailed code',
        description:
          'The code of the last email (6 letters and digits, case-insensitive, valid 24 hours; a newer code ' +
          'voids it). Five wrong codes void it. A wrong, expired or voided code is 422 "Invalid verification ' +
          'code" with `errors.code` ["The verification code is invalid or expired."]; an already verified ' +
          'address, 400.',
        body: requestBody(codeBody, ex.emailCode),
        response: {
          200: successResponse(envelope(z.object({ email: z.string(), verified_at: z.string() })), ex.emailVerified),
          ...errorsFor('INVALID_VERIFICATION_CODE', 'EMAIL_ALREADY_VERIFIED'),
        },
      },
    },
    async (req) => {
      const c = await v.verify(agencyOf(req), clientOf(req).client, 'email', req.body.code);
      return ok(req, 'Email verified successfully', { email: c.email, verified_at: isoSeconds(c.emailVerifiedAt)! });
    },
  );

  r.post(
    `${p}/resend-email`,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: 'Send a new email code (voids the previous one; at most 3 sends an hour)',
        description:
          'Emails a new code (valid 24 hours) to the address on file; the previous code stops working. At most ' +
          '3 emails per hour, the one sent at registration included: beyond, 429 with `data.retry_after` ' +
          '(seconds) and a Retry-After header. An already verified address: 400.',
        response: {
          200: successResponse(envelope(z.object({ email: z.string() })), ex.emailSent), // seed 003: the address only
          ...errorsFor('EMAIL_ALREADY_VERIFIED', { code: 'TOO_MANY_REQUESTS', data: { retry_after: 1800 } }),
        },
      },
    },
    async (req) => {
      const c = clientOf(req).client;
      await v.resend(agencyOf(req), c, 'email');
      return ok(req, 'Verification email sent', { email: c.email });
    },
  );
}
