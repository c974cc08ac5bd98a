import { EXAMPLE_META, okExample } from '../../http/openapi.js';

/** OpenAPI examples of the bookings endpoints (values of the documentation pages, in this API's shapes). */

const station = {
  id: 1,
  name: 'Downtown Station',
  address: '123 Main St, New York, NY',
  latitude: 40.7128,
  longitude: -74.006,
};

const vehicle = {
  id: 1,
  plate_number: 'ABC-123',
  brand: 'Toyota',
  model: 'Corolla',
  year: 2023,
  color: 'White',
  category: 'sedan',
  image: 'https://api.daakey.com/storage/vehicles/1/image.jpg',
  features: ['AC', 'Bluetooth', 'GPS'],
};

/** 8 hours at 15.00/h (the day rate, 80.00, would cost more), 10% tax, a 200.00 deposit held on top. */
const pricing = {
  hourly_rate: 15,
  hours: 8,
  subtotal: 120,
  tax: 12,
  deposit: 200,
  late_fee: 0,
  total: 132,
  currency: 'USD',
};

const upcoming = {
  id: 1,
  reference: 'BK-2024-00001',
  status: 'upcoming' as const,
  start_date: '2024-01-20T10:00:00Z',
  end_date: '2024-01-20T18:00:00Z',
  actual_start: null,
  actual_end: null,
  vehicle,
  pickup_station: station,
  dropoff_station: station,
  pricing,
  payment: {
    status: 'authorized' as const,
    method: 'Visa •••• 4242',
    transactions: [{ type: 'authorization' as const, amount: 332, status: 'succeeded' as const }],
  },
  can_cancel: true,
  can_extend: true,
  is_overdue: false,
  cancellation: null,
  created_at: '2024-01-15T09:58:12Z',
};

export const bookingsExamples = {
  list: okExample(
    'Bookings retrieved',
    [
      {
        id: 1,
        reference: 'BK-2024-00001',
        status: 'upcoming' as const,
        start_date: '2024-01-20T10:00:00Z',
        end_date: '2024-01-20T18:00:00Z',
        vehicle: {
          id: 1,
          plate_number: 'ABC-123',
          brand: 'Toyota',
          model: 'Corolla',
          image: 'https://api.daakey.com/storage/vehicles/1/thumb.jpg',
        },
        pickup_location: { name: 'Downtown Station', address: '123 Main St' },
        pricing: { subtotal: 120, tax: 12, total: 132, currency: 'USD' },
        is_overdue: false,
        created_at: '2024-01-15T09:58:12Z',
      },
      {
        id: 2,
        reference: 'BK-2023-00042',
        status: 'completed' as const,
        start_date: '2023-12-10T09:00:00Z',
        end_date: '2023-12-10T13:00:00Z',
        vehicle: {
          id: 3,
          plate_number: 'DEF-456',
          brand: 'Honda',
          model: 'Civic',
          image: null,
        },
        pickup_location: { name: 'Airport Station', address: 'JFK Airport, Terminal 4' },
        pricing: { subtotal: 64, tax: 6.4, total: 70.4, currency: 'USD' },
        is_overdue: false,
        created_at: '2023-12-01T18:20:00Z',
      },
    ],
    { ...EXAMPLE_META, current_page: 1, last_page: 1, per_page: 15, total: 2 },
  ),
  show: okExample('Booking retrieved', {
    ...upcoming,
    status: 'active' as const,
    start_date: '2024-01-15T10:00:00Z',
    end_date: '2024-01-15T18:00:00Z',
    actual_start: '2024-01-15T10:05:00Z',
    can_cancel: false,
    created_at: '2024-01-10T08:00:00Z',
  }),
  createBody: {
    vehicle_id: 1,
    start_date: '2024-01-20T10:00:00Z',
    end_date: '2024-01-20T18:00:00Z',
    payment_method_id: 1,
  },
  created: okExample('Booking created successfully', upcoming),
  cancelBody: { reason: 'Change of plans' },
  cancelled: okExample('Booking cancelled successfully', {
    id: 1,
    status: 'cancelled' as const,
    cancelled_at: '2024-01-16T00:00:00Z',
    cancellation_reason: 'Change of plans',
    refund: { amount: 132, status: 'processing' as const, method: 'Original payment method' as const },
  }),
  extensionBody: { new_end_date: '2024-01-15T22:00:00Z' },
  extended: okExample('Extension approved', {
    id: 1,
    original_end_date: '2024-01-15T18:00:00Z',
    new_end_date: '2024-01-15T22:00:00Z',
    extension_hours: 4,
    additional_cost: { subtotal: 60, tax: 6, total: 66, currency: 'USD' },
  }),
  ended: okExample('Booking completed', {
    ...upcoming,
    status: 'completed' as const,
    start_date: '2024-01-15T10:00:00Z',
    end_date: '2024-01-15T18:00:00Z',
    actual_start: '2024-01-15T10:05:00Z',
    actual_end: '2024-01-15T17:52:30Z',
    payment: {
      status: 'paid' as const,
      method: 'Visa •••• 4242',
      transactions: [
        { type: 'authorization' as const, amount: 332, status: 'succeeded' as const },
        { type: 'capture' as const, amount: 132, status: 'succeeded' as const },
      ],
    },
    can_cancel: false,
    can_extend: false,
    created_at: '2024-01-10T08:00:00Z',
  }),
};
