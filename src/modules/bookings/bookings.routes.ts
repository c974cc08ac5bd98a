import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { agencyOf, clientOf } from '../../http/context.js';
import { envelope, envelopeWithMeta, ok, pageMeta, paginationMeta } from '../../http/envelope.js';
import { errorsFor, requestBody, successResponse } from '../../http/openapi.js';
import { CLIENT_PREFIX, typed } from '../../http/routing.js';
import { resourceId } from '../../http/validation.js';
import {
  bookingParams,
  cancelBookingBody,
  createBookingBody,
  extensionBody,
  listBookingsQuery,
} from './bookings.schemas.js';
import { bookingsExamples as ex } from './bookings.examples.js';
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
        description:
          'Paged (`page`, `per_page` up to 50, default 15; `meta` has current_page, last_page, per_page and ' +
          'total), filtered by `status`. A booking is upcoming until the first unlock inside its pickup ' +
          'window (or its start), active until it is ended, then completed; or cancelled. `is_overdue`: ' +
          'active and past its end date (a late fee accrues after the grace period).',
        querystring: listBookingsQuery,
        response: {
          200: successResponse(envelopeWithMeta(z.array(bookingListItemSchema), paginationMeta), ex.list),
        },
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
        meta: pageMeta(agency, page),
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
        description:
          'The booking with its vehicle, pick-up and drop-off stations, price breakdown (billed hours, ' +
          'subtotal, tax, deposit, late fee), payment state with its card movements, and `can_cancel` / ' +
          "`can_extend` as the API would answer now. Another client's booking or an unknown id: 404.",
        params: bookingParams,
        response: { 200: successResponse(envelope(bookingSchema), ex.show), ...errorsFor('BOOKING_NOT_FOUND') },
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
          'Price: billed hours are the duration rounded up to the hour; each full 24 hours costs at most the ' +
          "daily rate; tax is the agency's `tax_rate` percent. The card named by `payment_method_id` gets a " +
          "hold of the total plus the agency's deposit; nothing is captured before the return. " +
          'Checks in this order: validation (422, every field at once: the start no earlier than 5 minutes ' +
          'ago and at most `advance_days` ahead, at least `min_hours` and at most `max_days` long; a vehicle ' +
          'of the agency, not in maintenance, at an active station and with a telematics unit; active ' +
          'stations; one of the client\'s usable cards), booking requirements (403 "Booking requirements ' +
          'not met" with `data.missing`, e.g. phone_verified, email_verified, a document type, ' +
          'payment_method, unpaid_balance; "bookings_enabled" first when the agency took bookings off), the ' +
          'slot (409; the vehicle stays blocked for the turnaround time after each booking), the card (402 ' +
          '"Payment authorization failed" with `data.reason`; 503 when Stripe does not answer). A retry ' +
          'while the first attempt still holds the slot as pending gets 503 with `data.retry_after` and a ' +
          'Retry-After header, not 409.',
        body: requestBody(createBookingBody, ex.createBody),
        response: {
          201: successResponse(envelope(bookingSchema), ex.created),
          ...errorsFor(
            {
              code: 'VALIDATION_FAILED',
              errors: { start_date: ['The start date must be a date after or equal to now.'] },
            },
            'BOOKING_REQUIREMENTS_NOT_MET',
            'VEHICLE_NOT_AVAILABLE',
            'PAYMENT_AUTHORIZATION_FAILED',
            { code: 'PAYMENT_PROVIDER_UNAVAILABLE', data: { retry_after: 240 } },
          ),
        },
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
          'Only an upcoming booking whose start has not come. Up to `cancellation_hours` (GET /config) before ' +
          "the start the whole hold is released; later, the agency's late cancellation fee (a percentage of " +
          'the price) is captured and the rest released: `refund.amount` is what the client gets back. The ' +
          'client is emailed. 400 "Booking cannot be cancelled" with `data.reason` once the start has come ' +
          '("Booking has already started", even before the booking is activated), or when it is cancelled ' +
          '("Booking is already cancelled") or completed ("Booking has already ended").',
        params: bookingParams,
        body: requestBody(cancelBookingBody, ex.cancelBody),
        response: {
          200: successResponse(envelope(cancellationSchema), ex.cancelled),
          ...errorsFor('BOOKING_NOT_FOUND', 'BOOKING_CANNOT_BE_CANCELLED'),
        },
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
          'Moves the end of an upcoming or active booking later (422 unless after the current end and after ' +
          'now, and at most `max_days` from the start). The extra started hours are charged at the hourly ' +
          "rate plus tax, at once, on the booking's card. If another booking blocks the new end: 409 " +
          '"Extension not available" with `data.max_end_date` and `data.max_extension_hours` (the latest end ' +
          'that fits, in whole hours). 400 "Booking cannot be extended" with `data.reason`: "Booking is ' +
          'overdue" past the end plus the grace period, or the status ("Booking is already cancelled", ' +
          '"Booking has already ended"). 200 only once the charge is authorized; 402 when it is declined ' +
          '(the extension is undone); 503 when Stripe does not answer (the extension stays held until the ' +
          'charge settles, and is undone if it is declined).',
        params: bookingParams,
        body: requestBody(extensionBody, ex.extensionBody),
        response: {
          200: successResponse(envelope(extensionSchema), ex.extended),
          ...errorsFor(
            {
              code: 'VALIDATION_FAILED',
              errors: { new_end_date: ['The new end date must be a date after the current end date.'] },
            },
            'BOOKING_NOT_FOUND',
            'BOOKING_CANNOT_BE_EXTENDED',
            'EXTENSION_NOT_AVAILABLE',
            'PAYMENT_AUTHORIZATION_FAILED',
            'PAYMENT_PROVIDER_UNAVAILABLE',
          ),
        },
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
          'Only an active booking (400 "Booking cannot be ended" with `data.reason`, e.g. "Booking has not ' +
          'started yet"). The vehicle is locked and immobilised first and must answer (else 503 "Vehicle did ' +
          'not respond" with `data.reason` and `retry_after`; the booking stays active; 409 when another ' +
          'command to the car does not finish in time). Then the booking is completed with the final ' +
          'mileage and fuel level; the price, and a late fee when returned after the end plus the grace ' +
          'period, is captured from the hold and the rest (deposit included) released. The client is ' +
          'emailed a receipt.',
        params: bookingParams,
        response: {
          200: successResponse(envelope(bookingSchema), ex.ended),
          ...errorsFor('BOOKING_NOT_FOUND', 'BOOKING_CANNOT_BE_ENDED', 'VEHICLE_BUSY', {
            code: 'VEHICLE_DID_NOT_RESPOND',
            data: {
              vehicle_id: 1,
              action: 'lock-and-disable-driving',
              status: 'failed',
              reason: 'offline',
              retry_after: 30,
            },
          }),
        },
      },
    },
    async (req) => {
      const agency = agencyOf(req);
      const detail = await bookings.end(agency, clientOf(req).client.id, resourceId(req.params.id));
      return ok(req, 'Booking completed', toBooking(detail, bookings.now(), agency.settings.overdue_grace_minutes));
    },
  );
}
