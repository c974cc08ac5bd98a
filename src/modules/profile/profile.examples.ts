import { okExample } from '../../http/openapi.js';
import { exampleMe, exampleUser } from '../auth/auth.examples.js';

/** OpenAPI examples of the profile endpoints (values of the documentation pages). */
export const profileExamples = {
  profile: okExample('Profile retrieved', {
    ...exampleMe,
    driver_license: { number: 'DL123456', expiry_date: '2025-12-31', verified: true },
    updated_at: '2024-01-15T00:00:00Z',
  }),
  updateBody: { name: 'John Smith', phone: '+1987654321' },
  updated: okExample('Profile updated', {
    ...exampleUser,
    name: 'John Smith',
    phone: '+1987654321',
    phone_verified_at: null,
    updated_at: '2024-01-15T00:00:00Z',
  }),
  passwordBody: {
    current_password: 'oldPassword123',
    password: 'newSecurePassword456',
    password_confirmation: 'newSecurePassword456',
  },
  passwordUpdated: okExample('Password updated successfully', null),
};
