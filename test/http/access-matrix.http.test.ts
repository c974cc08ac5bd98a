import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { VEHICLE_ACTIONS } from '../../src/providers/telematics/telematics.provider.js';
import { accessMatrix, type ProtectedRoute } from '../helpers/access-matrix.js';
import { CLIENT, call, makeTestApp, type TestApp } from '../helpers/app.js';

/** Every signed route of the Client API so far. A route added without a row here fails the last test. */
const ROUTES: ProtectedRoute[] = [
  { method: 'GET', path: '/config', auth: 'agency' },
  {
    method: 'POST',
    path: '/auth/register',
    auth: 'agency',
    body: {
      name: 'Matrix',
      email: 'matrix@example.com',
      phone: '+15550009999',
      password: 'password-1',
      password_confirmation: 'password-1',
    },
  },
  {
    method: 'POST',
    path: '/auth/login',
    auth: 'agency',
    body: { email: 'matrix@example.com', password: 'password-1' },
  },
  { method: 'POST', path: '/auth/forgot-password', auth: 'agency', body: { email: 'matrix@example.com' } },
  {
    method: 'POST',
    path: '/auth/reset-password',
    auth: 'agency',
    body: {
      email: 'matrix@example.com',
      token: 'x'.repeat(64),
      password: 'password-2',
      password_confirmation: 'password-2',
    },
  },
  { method: 'POST', path: '/auth/logout', auth: 'client' },
  { method: 'GET', path: '/auth/me', auth: 'client' },
  { method: 'GET', path: '/verification/status', auth: 'client' },
  { method: 'POST', path: '/verification/verify-phone', auth: 'client', body: { code: '000000' } },
  { method: 'POST', path: '/verification/resend-phone', auth: 'client' },
  { method: 'POST', path: '/verification/verify-email', auth: 'client', body: { code: 'aaaaaa' } },
  { method: 'POST', path: '/verification/resend-email', auth: 'client' },
  { method: 'GET', path: '/profile', auth: 'client' },
  { method: 'PUT', path: '/profile', auth: 'client', body: { name: 'Matrix Renamed' } },
  {
    method: 'PUT',
    path: '/profile/password',
    auth: 'client',
    body: { current_password: 'wrong-one', password: 'password-3', password_confirmation: 'password-3' },
  },
  { method: 'GET', path: '/documents', auth: 'client' },
  // A JSON body on the upload route is validated like a form without a file (422).
  { method: 'POST', path: '/documents', auth: 'client', body: { type: 'id_card' }, ownStatuses: [422] },
  { method: 'DELETE', path: '/documents/id_card', template: '/documents/{type}', auth: 'client', ownStatuses: [404] },
  { method: 'GET', path: '/payment-methods', auth: 'client' },
  { method: 'POST', path: '/payment-methods', auth: 'client', body: { payment_method_id: 'pm_card_visa' } },
  {
    method: 'POST',
    path: '/payment-methods/999999/default',
    template: '/payment-methods/{id}/default',
    auth: 'client',
    ownStatuses: [404],
  },
  {
    method: 'DELETE',
    path: '/payment-methods/999999',
    template: '/payment-methods/{id}',
    auth: 'client',
    ownStatuses: [404],
  },
  { method: 'GET', path: '/stations', auth: 'client' },
  { method: 'GET', path: '/stations/999999', template: '/stations/{id}', auth: 'client', ownStatuses: [404] },
  { method: 'GET', path: '/vehicles', auth: 'client' },
  { method: 'GET', path: '/vehicles/999999', template: '/vehicles/{id}', auth: 'client', ownStatuses: [404] },
  {
    method: 'GET',
    path: '/vehicles/999999/status',
    template: '/vehicles/{id}/status',
    auth: 'client',
    ownStatuses: [404],
  },
  // Both documented forms of every control action (the seed's /control/{action} and the page's /{action}).
  ...VEHICLE_ACTIONS.flatMap((action) =>
    [`/vehicles/999999/control/${action}`, `/vehicles/999999/${action}`].map((path): ProtectedRoute => ({
      method: 'POST',
      path,
      template: path.replace('999999', '{id}'),
      auth: 'client',
      ownStatuses: [404],
    })),
  ),
  { method: 'GET', path: '/home', auth: 'client' },
  { method: 'GET', path: '/bookings', auth: 'client' },
  { method: 'GET', path: '/bookings/999999', template: '/bookings/{id}', auth: 'client', ownStatuses: [404] },
  {
    method: 'POST',
    path: '/bookings',
    auth: 'client',
    body: { vehicle_id: 1, start_date: '2030-01-20T10:00:00Z', end_date: '2030-01-20T18:00:00Z', payment_method_id: 1 },
    // A fresh client of the agency: the vehicle and card are not theirs.
    ownStatuses: [422],
  },
  ...(['cancel', 'request-extension', 'end'] as const).map((action): ProtectedRoute => ({
    method: 'POST',
    path: `/bookings/999999/${action}`,
    template: `/bookings/{id}/${action}`,
    auth: 'client',
    body: action === 'request-extension' ? { new_end_date: '2030-01-20T22:00:00Z' } : undefined,
    ownStatuses: [404],
  })),
  // A JSON body on the upload route is validated like a form without a file (422).
  { method: 'POST', path: '/media', auth: 'client', body: {}, ownStatuses: [422] },
  { method: 'GET', path: '/media/999999', template: '/media/{id}', auth: 'client', ownStatuses: [404] },
  { method: 'GET', path: '/tickets', auth: 'client' },
  {
    method: 'POST',
    path: '/tickets',
    auth: 'client',
    body: { subject: 'Matrix', message: 'Checking access.', category: 'other' },
    ownStatuses: [201],
  },
  { method: 'GET', path: '/tickets/999999', template: '/tickets/{id}', auth: 'client', ownStatuses: [404] },
  {
    method: 'POST',
    path: '/tickets/999999/messages',
    template: '/tickets/{id}/messages',
    auth: 'client',
    body: { message: 'Hello' },
    ownStatuses: [404],
  },
];

describe('access matrix of the Client API', () => {
  let t: TestApp;
  before(async () => {
    t = await makeTestApp();
  });
  after(() => t.close());

  accessMatrix(() => t, ROUTES);

  it('covers every signed route the application declares', async () => {
    const doc = (await call(t, { url: '/openapi.json' })).json();
    const declared: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, { security?: unknown[] }>>)) {
      for (const [method, op] of Object.entries(ops)) {
        if (op.security?.length) declared.push(`${method.toUpperCase()} ${path}`);
      }
    }
    const listed = ROUTES.map((r) => `${r.method} ${CLIENT}${r.template ?? r.path}`);
    assert.deepEqual(declared.sort(), listed.sort());
  });
});
