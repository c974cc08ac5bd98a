import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { agencyOf, clientOf } from '../../http/context.js';
import { envelope, envelopeWithMeta, errorResponses, ok } from '../../http/envelope.js';
import { CLIENT_PREFIX, typed } from '../../http/routing.js';
import { resourceId } from '../../http/validation.js';
import {
  bookingParams,
  cancelBookingBody,
  createBookingBody,
  extensionBody,
  listBookingsQuery,
} from './bookings.schemas.js';
import type { BookingsService } from './bookings.service.js';
import {
  bookingListItemSchema,
  bookingSchema,
  cancellationSchema,
  extensionSchema,
  toBooking,
  toCancellation,
  toExtension,
  toListItem,
} from './bookings.views.js';

const tags = ['Client: Bookings'];

const paginationMeta = {
  current_page: z.number().int(),
  last_page: z.number().int(),
  per_page: z.number().int(),
  total: z.number().int(),
};

export function bookingsRoutes(app: FastifyInstance, deps: { bookings: BookingsService }): void {
  const r = typed(app);
  const p = `${CLIENT_PREFIX}/bookings`;
  const bookings = deps.bookings;

  r.get(
    p,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: "The client's bookings, newest start first",
        querystring: listBookingsQuery,
        response: { 200: envelopeWithMeta(z.array(bookingListItemSchema), paginationMeta) },
      },
    },
    async (req) => {
      const agency = agencyOf(req);
      const q = req.query;
      const page = await bookings.list(agency, clientOf(req).client.id, {
        status: q.status,
        page: q.page,
        perPage: q.per_page,
      });
      const now = bookings.now();
      return {
        ...ok(
          req,
          'Bookings retrieved',
          page.items.map((b) => toListItem(b, now)),
        ),
        meta: {
          agency_id: agency.id,
          agency_code: agency.code,
          current_page: page.page,
          last_page: Math.max(1, Math.ceil(page.total / page.perPage)),
          per_page: page.perPage,
          total: page.total,
        },
      };
    },
  );

  r.get(
    `${p}/:id`,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: 'One booking: vehicle, stations, price, payment, what the client may do with it',
        params: bookingParams,
        response: { 200: envelope(bookingSchema), ...errorResponses(404) },
      },
    },
    async (req) => {
      const agency = agencyOf(req);
      const detail = await bookings.show(agency, clientOf(req).client.id, resourceId(req.params.id));
      return ok(req, 'Booking retrieved', toBooking(detail, bookings.now(), agency.settings.overdue_grace_minutes));
    },
  );

  r.post(
    p,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: 'Book a vehicle: the price plus deposit is held on the card (authorized, not captured)',
        description:
          'Checks in this order: validation (422; a vehicle without a telematics unit is not bookable), ' +
          'booking requirements (403, data.missing; "bookings_enabled" first when the agency took bookings ' +
          'off), the slot (409), the card (402 "Payment authorization failed", data.reason; 503 when the ' +
          'provider does not answer). A retry while the first attempt still holds the slot as pending gets ' +
          '503 with data.retry_after and a Retry-After header, not 409.',
        body: createBookingBody,
        response: { 201: envelope(bookingSchema), ...errorResponses(402, 409, 503) },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const agency = agencyOf(req);
      const detail = await bookings.create(agency, clientOf(req).client, {
        vehicleId: b.vehicle_id,
        startDate: b.start_date,
        endDate: b.end_date,
        paymentMethodId: b.payment_method_id,
        pickupLocationId: b.pickup_location_id,
        dropoffLocationId: b.dropoff_location_id,
      });
      const shown = toBooking(detail, bookings.now(), agency.settings.overdue_grace_minutes);
      return reply.status(201).send(ok(req, 'Booking created successfully', shown));
    },
  );

  r.post(
    `${p}/:id/cancel`,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: 'Cancel an upcoming booking; a late cancellation keeps a fee (agency policy)',
        description:
          '400 "Booking cannot be cancelled" with data.reason once the start has come ("Booking has already ' +
          'started", even before the booking is activated), or when it is cancelled or completed.',
        params: bookingParams,
        body: cancelBookingBody,
        response: { 200: envelope(cancellationSchema), ...errorResponses(400, 404) },
      },
    },
    async (req) => {
      const reason = req.body?.reason;
      const cancelled = await bookings.cancel(
        agencyOf(req),
        clientOf(req).client.id,
        resourceId(req.params.id),
        reason ? reason : null,
      );
      return ok(req, 'Booking cancelled successfully', toCancellation(cancelled));
    },
  );

  r.post(
    `${p}/:id/request-extension`,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: 'Extend an upcoming or active booking; the extra hours are charged at once at the hourly rate',
        description:
          'If another booking blocks the new end: 409 "Extension not available" with data.max_end_date and ' +
          'data.max_extension_hours (the latest end that fits, in whole hours). 400 "Booking cannot be ' +
          'extended" with data.reason "Booking is overdue" past the end plus overdue_grace_minutes. 200 only ' +
          'once the charge is authorized; 503 when the provider does not answer (the extension stays held ' +
          'until the charge settles, and is undone if it is declined).',
        params: bookingParams,
        body: extensionBody,
        response: { 200: envelope(extensionSchema), ...errorResponses(400, 402, 404, 409, 503) },
      },
    },
    async (req) => {
      const result = await bookings.extend(
        agencyOf(req),
        clientOf(req).client.id,
        resourceId(req.params.id),
        req.body.new_end_date,
      );
      return ok(req, 'Extension approved', toExtension(result.booking, result.extension));
    },
  );

  r.post(
    `${p}/:id/end`,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: 'Return the car: it is locked and immobilised, the booking completed and charged',
        description:
          'The vehicle must answer the lock (else 503 "Vehicle did not respond"; the booking stays active). ' +
          'The price, and any late fee, is captured from the hold; the rest (deposit included) is released.',
        params: bookingParams,
        response: { 200: envelope(bookingSchema), ...errorResponses(404, 503) },
      },
    },
    async (req) => {
      const agency = agencyOf(req);
      const detail = await bookings.end(agency, clientOf(req).client.id, resourceId(req.params.id));
      return ok(req, 'Booking completed', toBooking(detail, bookings.now(), agency.settings.overdue_grace_minutes));
    },
  );
}
