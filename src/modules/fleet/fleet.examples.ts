import { EXAMPLE_META, okExample } from '../../http/openapi.js';

/** OpenAPI examples of the stations and vehicles endpoints (values of the documentation pages). */

const hours = {
  monday: '06:00-22:00',
  tuesday: '06:00-22:00',
  wednesday: '06:00-22:00',
  thursday: '06:00-22:00',
  friday: '06:00-23:00',
  saturday: '07:00-23:00',
  sunday: '07:00-21:00',
};

const pricing = { hourly_rate: 15, daily_rate: 80, currency: 'USD' };

const corolla = {
  id: 1,
  plate_number: 'ABC-123',
  brand: 'Toyota',
  model: 'Corolla',
  year: 2023,
  color: 'White',
  category: 'sedan' as const,
  seats: 5,
  fuel_type: 'petrol' as const,
  transmission: 'automatic' as const,
};

const downtown = { id: 1, name: 'Downtown Station' };

export const fleetExamples = {
  stations: okExample('Stations retrieved', [
    {
      ...downtown,
      address: '123 Main St, New York, NY',
      latitude: 40.7128,
      longitude: -74.006,
      distance_km: 0.5,
      available_vehicles: 8,
      total_vehicles: 12,
      image: 'https://api.daakey.com/storage/stations/1/image.jpg',
      operating_hours: hours,
      amenities: ['parking', 'charging', 'restroom'],
    },
    {
      id: 2,
      name: 'Airport Station',
      address: 'JFK Airport, Terminal 4, Queens, NY',
      latitude: 40.6413,
      longitude: -73.7781,
      distance_km: 21.3,
      available_vehicles: 15,
      total_vehicles: 20,
      image: null,
      operating_hours: { ...hours, saturday: '00:00-23:59', sunday: '00:00-23:59' },
      amenities: ['parking'],
    },
  ]),
  station: okExample('Station retrieved', {
    ...downtown,
    description: 'Our flagship location in the heart of downtown, offering a wide selection of vehicles.',
    address: '123 Main St, New York, NY 10001',
    latitude: 40.7128,
    longitude: -74.006,
    phone: '+1234567890',
    email: 'downtown@daakey.com',
    images: [
      'https://api.daakey.com/storage/stations/1/image1.jpg',
      'https://api.daakey.com/storage/stations/1/image2.jpg',
    ],
    operating_hours: hours,
    amenities: ['parking', 'charging', 'restroom', 'wifi'],
    vehicles: [
      {
        ...corolla,
        image: 'https://api.daakey.com/storage/vehicles/1/front.jpg',
        status: 'available' as const,
        pricing,
      },
      {
        ...corolla,
        id: 2,
        plate_number: 'XYZ-789',
        brand: 'Tesla',
        model: 'Model 3',
        color: 'Black',
        category: 'luxury' as const,
        fuel_type: 'electric' as const,
        image: null,
        status: 'in_use' as const,
        pricing: { hourly_rate: 25, daily_rate: 150, currency: 'USD' },
      },
    ],
  }),
  vehicles: okExample(
    'Vehicles retrieved',
    [
      {
        ...corolla,
        image: 'https://api.daakey.com/storage/vehicles/1/front.jpg',
        features: ['Air Conditioning', 'Bluetooth', 'Backup Camera', 'GPS Navigation'],
        status: 'available' as const,
        station: downtown,
        pricing: { ...pricing, estimated_total: 132 },
      },
    ],
    { ...EXAMPLE_META, current_page: 1, last_page: 1, per_page: 15, total: 1 },
  ),
  vehicle: okExample('Vehicle retrieved', {
    ...corolla,
    images: [
      'https://api.daakey.com/storage/vehicles/1/front.jpg',
      'https://api.daakey.com/storage/vehicles/1/side.jpg',
    ],
    features: ['Air Conditioning', 'Bluetooth', 'Backup Camera', 'GPS Navigation'],
    pricing,
    location: { latitude: 40.7128, longitude: -74.006, address: '123 Main St, New York, NY' },
    status: 'available' as const,
    station: downtown,
    telemetry: { fuel_level: 75, mileage: 15000, battery_voltage: 12.6, is_locked: true, is_engine_running: false },
  }),
};
