import { z } from 'zod';
import { confirmed, emailField, passwordField, phoneField, requiredString } from '../../http/validation.js';
import { userSchema } from '../clients/client.views.js';

export const registerBody = confirmed(
  z.object({
    name: requiredString().min(2).max(255).describe('Full name (min: 2 chars)'),
    email: emailField().describe('Valid email address; unique within the agency'),
    phone: phoneField().describe('Phone number with country code; spaces, dashes and brackets are ignored'),
    password: passwordField().describe('Password (min: 8 chars)'),
    password_confirmation: z.string().optional().describe('Must equal password'),
  }),
);

export const loginBody = z.object({
  email: emailField().describe('Client email address'),
  // Not trimmed: passwords are taken as typed (as Laravel's TrimStrings leaves them).
  password: z.string().min(1).max(255).describe('Client password'),
});

export const authData = z.object({ user: userSchema, token: z.string().describe('Bearer token "<id>|<secret>"') });

export const forgotPasswordBody = z.object({ email: emailField().describe('Registered email address') });

export const resetPasswordBody = confirmed(
  z.object({
    email: emailField().describe('Registered email address'),
    token: requiredString().max(255).describe('Reset token from email'),
    password: passwordField().describe('New password (min: 8 chars)'),
    password_confirmation: z.string().optional().describe('Password confirmation'),
  }),
);
