import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { agencyOf, clientOf } from '../../http/context.js';
import { envelope, ok } from '../../http/envelope.js';
import { CLIENT_PREFIX, typed } from '../../http/routing.js';
import { meSchema, toMe, toUser } from '../clients/client.views.js';
import { authData, forgotPasswordBody, loginBody, registerBody, resetPasswordBody } from './auth.schemas.js';
import type { AuthService } from './auth.service.js';
import type { PasswordResetService } from './password-reset.service.js';

const tags = ['Client: Auth'];

export function authRoutes(
  app: FastifyInstance,
  deps: { auth: AuthService; passwordReset: PasswordResetService },
): void {
  const r = typed(app);
  const p = `${CLIENT_PREFIX}/auth`;

  r.post(
    `${p}/register`,
    {
      config: { auth: 'agency' },
      schema: {
        tags,
        summary: 'Register a new client of the signing agency',
        body: registerBody,
        response: { 201: envelope(authData) },
      },
    },
    async (req, reply) => {
      const { client, token } = await deps.auth.register(agencyOf(req), req.body);
      return reply.code(201).send(ok(req, 'Registration successful', { user: toUser(client), token }));
    },
  );

  r.post(
    `${p}/login`,
    {
      config: { auth: 'agency' },
      schema: {
        tags,
        summary: 'Log in with email and password',
        body: loginBody,
        response: { 200: envelope(authData) },
      },
    },
    async (req) => {
      const { client, token } = await deps.auth.login(agencyOf(req), req.body.email, req.body.password, req.ip);
      return ok(req, 'Login successful', { user: toUser(client), token });
    },
  );

  r.post(
    `${p}/forgot-password`,
    {
      config: { auth: 'agency' },
      schema: {
        tags,
        summary: 'Request a password reset email (same answer whether or not the email is registered)',
        body: forgotPasswordBody,
        response: { 200: envelope(z.null()) },
      },
    },
    async (req) => {
      await deps.passwordReset.requestReset(agencyOf(req), req.body.email);
      return ok(req, 'Password reset link sent to your email', null);
    },
  );

  r.post(
    `${p}/reset-password`,
    {
      config: { auth: 'agency' },
      schema: {
        tags,
        summary: 'Set a new password with the emailed token; ends every session',
        body: resetPasswordBody,
        response: { 200: envelope(z.null()) },
      },
    },
    async (req) => {
      await deps.passwordReset.reset(agencyOf(req), req.body);
      return ok(req, 'Password reset successful', null);
    },
  );

  r.post(
    `${p}/logout`,
    {
      config: { auth: 'client' },
      schema: { tags, summary: 'Revoke the current token', response: { 200: envelope(z.null()) } },
    },
    async (req) => {
      await deps.auth.logout(agencyOf(req), clientOf(req));
      return ok(req, 'Logged out successfully', null);
    },
  );

  r.get(
    `${p}/me`,
    {
      config: { auth: 'client' },
      schema: { tags, summary: 'The current client', response: { 200: envelope(meSchema) } },
    },
    async (req) => ok(req, 'User retrieved', toMe(clientOf(req).client)),
  );
}
