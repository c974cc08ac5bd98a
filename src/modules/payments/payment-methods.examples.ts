import { okExample } from '../../http/openapi.js';

const visa = {
  id: 1,
  type: 'card' as const,
  brand: 'visa',
  last_four: '4242',
  exp_month: 12,
  exp_year: 2025,
  is_default: true,
  created_at: '2024-01-01T00:00:00Z',
};
const mastercard = {
  id: 2,
  type: 'card' as const,
  brand: 'mastercard',
  last_four: '5555',
  exp_month: 6,
  exp_year: 2026,
  is_default: false,
  created_at: '2024-01-10T00:00:00Z',
};

/** OpenAPI examples of the payment methods endpoints (values of the documentation pages). */
export const paymentMethodsExamples = {
  list: okExample('Payment methods retrieved', [visa, mastercard]),
  addBody: { payment_method_id: 'pm_1234567890abcdef', set_default: true },
  added: okExample('Payment method added', { ...visa, id: 3, created_at: '2024-01-15T00:00:00Z' }),
  madeDefault: okExample('Default payment method updated', { ...mastercard, is_default: true }),
  removed: okExample('Payment method removed', null),
};
