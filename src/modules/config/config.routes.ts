import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { agencyOf } from '../../http/context.js';
import { envelope, ok } from '../../http/envelope.js';
import { successResponse } from '../../http/openapi.js';
import { CLIENT_PREFIX, typed } from '../../http/routing.js';
import type { Agency } from '../agencies/agencies.service.js';
import { configExamples as ex } from './config.examples.js';

const configData = z.object({
  agency: z.object({
    id: z.number().int(),
    name: z.string(),
    code: z.string(),
    logo_url: z.string().nullable(),
    primary_color: z.string().nullable(),
    secondary_color: z.string().nullable(),
  }),
  features: z.object({
    bookings_enabled: z.boolean(),
    payments_enabled: z.boolean(),
    documents_required: z.boolean(),
    phone_verification_required: z.boolean(),
    email_verification_required: z.boolean(),
  }),
  documents: z.object({ required: z.array(z.string()), optional: z.array(z.string()) }),
  booking: z.object({
    min_hours: z.number(),
    max_days: z.number(),
    advance_days: z.number(),
    cancellation_hours: z.number(),
  }),
  payment: z.object({
    currency: z.string(),
    deposit_required: z.boolean(),
    deposit_amount: z.number(),
    accepted_methods: z.array(z.string()),
  }),
  support: z.object({
    email: z.string().nullable(),
    phone: z.string().nullable(),
    hours: z.string().nullable(),
    ticket_categories: z.array(z.string()).describe('What POST /tickets accepts as `category`'),
  }),
});

export function agencyConfig(a: Agency): z.infer<typeof configData> {
  const s = a.settings;
  return {
    agency: {
      id: a.id,
      name: a.name,
      code: a.code,
      logo_url: a.logoUrl,
      primary_color: a.primaryColor,
      secondary_color: a.secondaryColor,
    },
    features: s.features,
    documents: s.documents,
    booking: {
      min_hours: s.min_booking_hours,
      max_days: s.max_booking_days,
      advance_days: s.booking_advance_days,
      cancellation_hours: s.cancellation_hours,
    },
    payment: {
      currency: a.currency,
      deposit_required: s.deposit_required,
      deposit_amount: s.deposit_amount,
      accepted_methods: s.accepted_methods,
    },
    support: {
      email: a.supportEmail,
      phone: a.supportPhone,
      hours: a.supportHours,
      ticket_categories: s.ticket_categories,
    },
  };
}

export function configRoutes(app: FastifyInstance): void {
  typed(app).get(
    `${CLIENT_PREFIX}/config`,
    {
      config: { auth: 'agency' },
      schema: {
        tags: ['Client: Config'],
        summary: "The signing agency's branding, features, document and booking rules (no login needed)",
        description:
          'Usually the first call when the app starts, before anyone logs in (only the signature is needed): ' +
          'branding (name, logo, colours), feature flags, the document types bookings require, the booking ' +
          'rules (shortest booking in hours, longest in days, how far ahead, free cancellation up to ' +
          '`cancellation_hours` before the start), payment settings (currency, deposit held with each ' +
          'booking) and support contacts.',
        response: { 200: successResponse(envelope(configData), ex.config) },
      },
    },
    async (req) => ok(req, 'Configuration retrieved', agencyConfig(agencyOf(req))),
  );
}
