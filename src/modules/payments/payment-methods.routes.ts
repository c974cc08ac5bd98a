import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { PaymentMethodRow } from '../../db/schema.js';
import { agencyOf, clientOf } from '../../http/context.js';
import { envelope, ok } from '../../http/envelope.js';
import { errorsFor, requestBody, successResponse } from '../../http/openapi.js';
import { CLIENT_PREFIX, typed } from '../../http/routing.js';
import { requiredString, resourceId } from '../../http/validation.js';
import { isoSeconds } from '../../lib/clock.js';
import { paymentMethodsExamples as ex } from './payment-methods.examples.js';
import type { PaymentMethodsService } from './payment-methods.service.js';

const tags = ['Client: Payment methods'];

export const paymentMethodSchema = z.object({
  id: z.number().int(),
  type: z.literal('card'),
  brand: z.string().describe('visa, mastercard, amex, discover, diners, jcb, unionpay ...'),
  last_four: z.string(),
  exp_month: z.number().int(),
  exp_year: z.number().int(),
  is_default: z.boolean(),
  created_at: z.string(),
});

export function toPaymentMethod(m: PaymentMethodRow): z.infer<typeof paymentMethodSchema> {
  return {
    id: m.id,
    type: 'card',
    brand: m.brand,
    last_four: m.lastFour,
    exp_month: m.expMonth,
    exp_year: m.expYear,
    is_default: m.isDefault,
    created_at: isoSeconds(m.createdAt)!,
  };
}

const addBody = z.object({
  payment_method_id: requiredString()
    .max(255)
    .describe('PaymentMethod id from Stripe.js or a Stripe mobile SDK (pm_...)'),
  set_default: z.boolean().optional().describe('Make it the default card (the first card always is)'),
});

const idParams = z.object({ id: z.string().describe('Payment method ID') });

export function paymentMethodsRoutes(app: FastifyInstance, deps: { paymentMethods: PaymentMethodsService }): void {
  const r = typed(app);
  const p = `${CLIENT_PREFIX}/payment-methods`;

  r.get(
    p,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: 'Saved cards (only brand, last four and expiry: card numbers never reach Daakey)',
        description:
          "The client's cards, in the order they were added (`is_default` marks the default). Stripe holds " +
          "the cards under the agency's account; Daakey keeps only the brand, the last four digits and the " +
          'expiry. A booking is paid with the card it names (`payment_method_id`).',
        response: { 200: successResponse(envelope(z.array(paymentMethodSchema)), ex.list) },
      },
    },
    async (req) => {
      const list = await deps.paymentMethods.list(agencyOf(req), clientOf(req).client.id);
      return ok(req, 'Payment methods retrieved', list.map(toPaymentMethod));
    },
  );

  r.post(
    p,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: 'Add a card by its Stripe PaymentMethod id; the first card becomes the default',
        description:
          'The app collects the card with Stripe.js or a Stripe mobile SDK (publishable key of the agency) and ' +
          "sends the resulting PaymentMethod id; it is attached to the client's Stripe customer. The first card " +
          'becomes the default; `set_default: true` moves the default to the new one. An id Stripe does not ' +
          'know, or a card that cannot be used, is 422 ["The payment method ID is invalid."]; the same card ' +
          'twice is 422 "This payment method has already been added.". 503 when Stripe does not answer.',
        body: requestBody(addBody, ex.addBody),
        response: {
          201: successResponse(envelope(paymentMethodSchema), ex.added),
          ...errorsFor(
            { code: 'VALIDATION_FAILED', errors: { payment_method_id: ['The payment method ID is invalid.'] } },
            'PAYMENT_METHOD_DUPLICATE',
            'PAYMENT_PROVIDER_UNAVAILABLE',
          ),
        },
      },
    },
    async (req, reply) => {
      const added = await deps.paymentMethods.add(
        agencyOf(req),
        clientOf(req).client,
        req.body.payment_method_id,
        req.body.set_default ?? false,
      );
      return reply.status(201).send(ok(req, 'Payment method added', toPaymentMethod(added)));
    },
  );

  r.post(
    `${p}/:id/default`,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: 'Make a card the default (the previous default is unset)',
        description:
          'Only one card is the default at a time; the previous one is unset in the same step. A card of ' +
          'another client (or none with that id): 404.',
        params: idParams,
        response: {
          200: successResponse(envelope(paymentMethodSchema), ex.madeDefault),
          ...errorsFor('PAYMENT_METHOD_NOT_FOUND'),
        },
      },
    },
    async (req) => {
      const m = await deps.paymentMethods.makeDefault(
        agencyOf(req),
        clientOf(req).client.id,
        resourceId(req.params.id),
      );
      return ok(req, 'Default payment method updated', toPaymentMethod(m));
    },
  );

  r.delete(
    `${p}/:id`,
    {
      config: { auth: 'client' },
      schema: {
        tags,
        summary: 'Remove a card (not the default while others exist)',
        description:
          'Deletes the card and detaches it at Stripe. The default card cannot go while the client has other ' +
          'cards: 400 "Cannot remove default payment method" (`data.reason` "Set another payment method as ' +
          'default first"); the only card can. A card paying for a pending, upcoming or active booking cannot ' +
          'go: 400 "Cannot remove payment method" (`data.reason` "Payment method is associated with active ' +
          'bookings").',
        params: idParams,
        response: {
          200: successResponse(envelope(z.null()), ex.removed),
          ...errorsFor('PAYMENT_METHOD_NOT_FOUND', 'PAYMENT_METHOD_IS_DEFAULT', 'PAYMENT_METHOD_IN_USE'),
        },
      },
    },
    async (req) => {
      await deps.paymentMethods.remove(agencyOf(req), clientOf(req).client.id, resourceId(req.params.id));
      return ok(req, 'Payment method removed', null);
    },
  );
}
