import { okExample } from '../../http/openapi.js';

/** OpenAPI example of GET /config (values of the documentation page). */
export const configExamples = {
  config: okExample('Configuration retrieved', {
    agency: {
      id: 123,
      name: 'Daakey Car Rental',
      code: 'AGENCY123',
      logo_url: 'https://api.daakey.com/storage/agencies/123/logo.png',
      primary_color: '#6366f1',
      secondary_color: '#8b5cf6',
    },
    features: {
      bookings_enabled: true,
      payments_enabled: true,
      documents_required: true,
      phone_verification_required: true,
      email_verification_required: false,
    },
    documents: { required: ['driver_license_front', 'driver_license_back'], optional: ['id_card', 'passport'] },
    booking: { min_hours: 1, max_days: 30, advance_days: 90, cancellation_hours: 24 },
    payment: { currency: 'USD', deposit_required: true, deposit_amount: 200, accepted_methods: ['card'] },
    support: {
      email: 'support@daakey.com',
      phone: '+1234567890',
      hours: 'Mon-Sun 08:00-20:00',
      ticket_categories: ['vehicle_issue', 'billing', 'booking', 'account', 'damage', 'other'],
    },
  }),
};
