import { okExample } from '../../http/openapi.js';

/** OpenAPI example of GET /home (the values of the documentation page, completed where it is cut). */
export const homeExamples = {
  feed: okExample('Home feed retrieved', {
    user: { id: 1, name: 'John Doe', has_active_booking: true, verification_complete: true },
    active_booking: {
      id: 5,
      reference: 'BK-2024-00005',
      status: 'active' as const,
      vehicle: {
        id: 1,
        plate_number: 'ABC-123',
        brand: 'Toyota',
        model: 'Corolla',
        image: 'https://api.daakey.com/storage/vehicles/1/thumb.jpg',
      },
      start_date: '2024-01-15T10:00:00Z',
      end_date: '2024-01-15T18:00:00Z',
      is_overdue: false,
    },
    nearby_stations: [
      {
        id: 1,
        name: 'Downtown Station',
        address: '123 Main St',
        distance_km: 0.5,
        available_vehicles: 8,
        latitude: 40.7128,
        longitude: -74.006,
        image: 'https://api.daakey.com/storage/stations/1/image.jpg',
      },
      {
        id: 2,
        name: 'Airport Terminal',
        address: '456 Airport Rd',
        distance_km: 21.3,
        available_vehicles: 15,
        latitude: 40.6413,
        longitude: -73.7781,
        image: null,
      },
    ],
    featured_vehicles: [
      {
        id: 7,
        brand: 'Tesla',
        model: 'Model 3',
        category: 'luxury' as const,
        image: 'https://api.daakey.com/storage/vehicles/7/thumb.jpg',
        pricing: { hourly_rate: 25, daily_rate: 150, currency: 'USD' },
        station: { id: 1, name: 'Downtown Station' },
      },
    ],
    announcements: [
      {
        id: 3,
        title: '20% off weekend rentals',
        body: 'Pick up a car on Friday evening and return it on Sunday night: the weekend is 20% off.',
        image_url: 'https://api.daakey.com/storage/announcements/3.jpg',
        starts_at: '2024-01-12T00:00:00Z',
        ends_at: '2024-02-12T00:00:00Z',
      },
    ],
  }),
};
