import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { agencyOf, clientOf } from '../../http/context.js';
import { envelope, ok } from '../../http/envelope.js';
import { errorsFor, requestBody, successResponse } from '../../http/openapi.js';
import { CLIENT_PREFIX, typed } from '../../http/routing.js';
import { meSchema, toMe, toUser } from '../clients/client.views.js';
import { authExamples as ex } from './auth.examples.js';
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
        description:
          'Creates the client in the agency of the signature and signs them in: `data.token` is their bearer ' +
          'token. An SMS code goes to the phone and a code to the email address at once (see Verification); ' +
          'until verified, `phone_verified_at` and `email_verified_at` are null. The email is kept in lower case, ' +
          'the phone in E.164 after removing spaces, dashes, dots and brackets. Email and phone are unique ' +
          'within the agency: 422 with "The email has already been taken." or "The phone has already been taken.".',
        body: requestBody(registerBody, ex.registerBody),
        response: {
          201: successResponse(envelope(authData), ex.registered),
          ...errorsFor({ code: 'VALIDATION_FAILED', errors: { email: ['The email has already been taken.'] } }),
        },
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
        description:
          'Issues a new bearer token (`data.token`) for a client of the agency of the signature; it stays valid ' +
          'until logout. A client of another agency is unknown here. A wrong email or password is 401 "Invalid ' +
          'credentials" with `errors.email` ["These credentials do not match our records."], the same for both, ' +
          'and takes as long. After LOGIN_MAX_ATTEMPTS (default 5) failures for one email from one IP within a ' +
          'minute: 429 with `data.retry_after`. A suspended client gets 403 "Account suspended".',
        body: requestBody(loginBody, ex.loginBody),
        response: {
          200: successResponse(envelope(authData), ex.loggedIn),
          ...errorsFor('INVALID_CREDENTIALS', 'ACCOUNT_SUSPENDED', {
            code: 'TOO_MANY_REQUESTS',
            data: { retry_after: 37 },
          }),
        },
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
        description:
          'Always 200 for a well-formed email, registered or not, and in the same time: whether an account ' +
          'exists is decided later by a background job, which emails a reset token (valid 60 minutes, usable ' +
          "once; a newer request voids older tokens) and, when the agency configured its app's reset link, " +
          'that link with `token` and `email` in its query.',
        body: requestBody(forgotPasswordBody, ex.forgotBody),
        response: { 200: successResponse(envelope(z.null()), ex.forgotSent) },
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
        description:
          'Sets the new password when `token` is the live token emailed to `email` (60 minutes, once). Every ' +
          'bearer token of the client is revoked: the app must log in again. An unknown email, a wrong, used or ' +
          'expired token: 400 "Invalid or expired reset token".',
        body: requestBody(resetPasswordBody, ex.resetBody),
        response: { 200: successResponse(envelope(z.null()), ex.resetDone), ...errorsFor('INVALID_RESET_TOKEN') },
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
      schema: {
        tags,
        summary: 'Revoke the current token',
        description:
          "Deletes the bearer token of this request at once (the client's other sessions stay). The app should " +
          'forget the token and any cached user data.',
        response: { 200: successResponse(envelope(z.null()), ex.loggedOut) },
      },
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
      schema: {
        tags,
        summary: 'The current client',
        description:
          'The client the bearer token belongs to, with the verification dates. Answered from the session ' +
          'cache: a cheap way to check at app start that a stored token still works (401 "Unauthenticated" ' +
          'when it does not).',
        response: { 200: successResponse(envelope(meSchema), ex.me) },
      },
    },
    async (req) => ok(req, 'User retrieved', toMe(clientOf(req).client)),
  );
}
