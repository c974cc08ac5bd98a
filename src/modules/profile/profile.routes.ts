import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { agencyOf, clientOf } from '../../http/context.js';
import { envelope, ok } from '../../http/envelope.js';
import { CLIENT_PREFIX, typed } from '../../http/routing.js';
import { confirmed, emailField, passwordField, phoneField } from '../../http/validation.js';
import { profileSchema, profileUpdatedSchema, toProfile, toProfileUpdated } from '../clients/client.views.js';
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
        response: { 200: envelope(profileSchema) },
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
        body: updateBody,
        response: { 200: envelope(profileUpdatedSchema) },
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
        body: passwordBody,
        response: { 200: envelope(z.null()) },
      },
    },
    async (req) => {
      await deps.profile.changePassword(agencyOf(req), clientOf(req), req.body.current_password, req.body.password);
      return ok(req, 'Password updated successfully', null);
    },
  );
}
