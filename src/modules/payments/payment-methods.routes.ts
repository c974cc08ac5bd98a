import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { PaymentMethodRow } from '../../db/schema.js';
import { agencyOf, clientOf } from '../../http/context.js';
import { envelope, errorResponses, ok } from '../../http/envelope.js';
import { CLIENT_PREFIX, typed } from '../../http/routing.js';
import { requiredString, resourceId } from '../../http/validation.js';
import { isoSeconds } from '../../lib/clock.js';
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
        response: { 200: envelope(z.array(paymentMethodSchema)) },
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
        body: addBody,
        response: { 201: envelope(paymentMethodSchema), ...errorResponses(503) },
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
        params: idParams,
        response: { 200: envelope(paymentMethodSchema), ...errorResponses(404) },
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
        params: idParams,
        response: { 200: envelope(z.null()), ...errorResponses(404, 503) },
      },
    },
    async (req) => {
      await deps.paymentMethods.remove(agencyOf(req), clientOf(req).client.id, resourceId(req.params.id));
      return ok(req, 'Payment method removed', null);
    },
  );
}
