import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { agencyOf, clientOf } from '../../http/context.js';
import { envelope, ok } from '../../http/envelope.js';
import { errorsFor, requestBody, successResponse } from '../../http/openapi.js';
import { CLIENT_PREFIX, typed } from '../../http/routing.js';
import { confirmed, emailField, passwordField, phoneField } from '../../http/validation.js';
import { profileSchema, profileUpdatedSchema, toProfile, toProfileUpdated } from '../clients/client.views.js';
import { profileExamples as ex } from './profile.examples.js';
import type { ProfileService } from './profile.service.js';

const tags = ['Client: Profile'];

const updateBody = z.object({
  name: z.string().trim().min(2).max(255).optional().describe('Full name'),
  email: emailField().optional().describe('New email: clears email_verified_at and sends a code'),
  phone: phoneField().optional().describe('New phone: clears phone_verified_at and sends an SMS code'),
});

const passwordBody = confirmed(
  z.object({
    current_password: z.string().min(1).describe('Current password'),
    password: passwordField().describe('New password (min: 8 chars)'),
    password_confirmation: z.string().optional().describe('New password confirmation'),
  }),
);

export function profileRoutes(app: FastifyInstance, deps: { profile: ProfileService }): void {
  const r = typed(app);
  const p = `${CLIENT_PREFIX}/profile`;

  r.get(
    p,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: 'The full profile, with driving licence status',
        description:
          'The client with verification dates and `driver_license`: the number staff entered when approving the ' +
          'licence, its expiry date, and `verified`: the front (and the back, when the agency requires it) ' +
          'approved and not expired. Use it to show what is still needed before booking.',
        response: { 200: successResponse(envelope(profileSchema), ex.profile) },
      },
    },
    async (req) => {
      const c = clientOf(req).client;
      return ok(req, 'Profile retrieved', toProfile(c, await deps.profile.driverLicense(agencyOf(req), c)));
    },
  );

  r.put(
    p,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: 'Update name, email or phone (partial)',
        description:
          'Only the fields sent change. A new email clears `email_verified_at` and emails a code; a new phone ' +
          'clears `phone_verified_at` and sends an SMS code (see Verification), which may block bookings until ' +
          'verified. Email and phone stay unique within the agency (422 "The email has already been taken." / ' +
          '"The phone has already been taken."). When that channel already had 3 codes this hour, nothing ' +
          'changes: 429 with `data.retry_after`.',
        body: requestBody(updateBody, ex.updateBody),
        response: {
          200: successResponse(envelope(profileUpdatedSchema), ex.updated),
          ...errorsFor(
            { code: 'VALIDATION_FAILED', errors: { phone: ['The phone has already been taken.'] } },
            { code: 'TOO_MANY_REQUESTS', data: { retry_after: 1800 } },
          ),
        },
      },
    },
    async (req) => {
      const updated = await deps.profile.update(agencyOf(req), clientOf(req).client, req.body);
      return ok(req, 'Profile updated', toProfileUpdated(updated));
    },
  );

  r.put(
    `${p}/password`,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: 'Change password; other sessions end, this one stays',
        description:
          'Needs the current password (422 with `errors.current_password` ["The current password is ' +
          'incorrect."] otherwise). Every other bearer token of the client is revoked; the one of this ' +
          'request keeps working.',
        body: requestBody(passwordBody, ex.passwordBody),
        response: {
          200: successResponse(envelope(z.null()), ex.passwordUpdated),
          ...errorsFor({
            code: 'VALIDATION_FAILED',
            errors: { current_password: ['The current password is incorrect.'] },
          }),
        },
      },
    },
    async (req) => {
      await deps.profile.changePassword(agencyOf(req), clientOf(req), req.body.current_password, req.body.password);
      return ok(req, 'Password updated successfully', null);
    },
  );
}
