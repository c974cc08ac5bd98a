import { okExample } from '../../http/openapi.js';

/** OpenAPI examples of the vehicle control endpoints (values of the documentation pages). */
export const vehicleControlExamples = {
  status: okExample('Vehicle status retrieved', {
    vehicle_id: 1,
    status: 'in_use' as const,
    location: {
      latitude: 40.7128,
      longitude: -74.006,
      address: '123 Main St, New York, NY',
      last_update: '2024-01-15T10:00:00Z',
    },
    telemetry: {
      fuel_level: 85,
      fuel_type: 'petrol',
      mileage: 15420,
      battery_voltage: 12.6,
      is_locked: true,
      is_engine_running: false,
      driving_enabled: false,
      doors: {
        front_left: 'closed' as const,
        front_right: 'closed' as const,
        rear_left: 'closed' as const,
        rear_right: 'closed' as const,
        trunk: 'closed' as const,
      },
      last_update: '2024-01-15T10:00:00Z',
    },
    connectivity: { status: 'online' as const, signal_strength: 'strong' as const, last_seen: '2024-01-15T10:00:00Z' },
  }),
};
