import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { agencyOf, clientOf } from '../../http/context.js';
import { envelope, ok } from '../../http/envelope.js';
import { CLIENT_PREFIX, typed } from '../../http/routing.js';
import { isoSeconds } from '../../lib/clock.js';
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
      schema: { tags, summary: 'Phone and email verification status', response: { 200: envelope(statusData) } },
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
        body: codeBody,
        response: { 200: envelope(z.object({ phone: z.string(), verified_at: z.string() })) },
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
        response: { 200: envelope(z.object({ phone: z.string(), expires_in: z.number().int() })) },
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
        body: codeBody,
        response: { 200: envelope(z.object({ email: z.string(), verified_at: z.string() })) },
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
        response: { 200: envelope(z.object({ email: z.string() })) }, // seed 003: the address only
      },
    },
    async (req) => {
      const c = clientOf(req).client;
      await v.resend(agencyOf(req), c, 'email');
      return ok(req, 'Verification email sent', { email: c.email });
    },
  );
}
