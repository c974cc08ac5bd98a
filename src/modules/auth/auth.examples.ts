import { okExample } from '../../http/openapi.js';

/** OpenAPI examples of the auth endpoints (the values of the documentation pages, in this API's shapes). */

export const exampleUser = {
  id: 1,
  name: 'John Doe',
  email: 'john@example.com',
  phone: '+1234567890',
  phone_verified_at: '2024-01-01T00:00:00Z',
  email_verified_at: '2024-01-01T00:00:00Z',
};

export const exampleMe = {
  ...exampleUser,
  avatar_url: 'https://api.daakey.com/storage/avatars/1.jpg',
  created_at: '2024-01-01T00:00:00Z',
};

export const authExamples = {
  registerBody: {
    name: 'John Doe',
    email: 'john@example.com',
    phone: '+1234567890',
    password: 'securePassword123',
    password_confirmation: 'securePassword123',
  },
  registered: okExample('Registration successful', {
    user: { ...exampleUser, phone_verified_at: null, email_verified_at: null },
    token: '1|u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8dKLzd',
  }),
  loginBody: { email: 'client@example.com', password: 'password123' },
  loggedIn: okExample('Login successful', {
    user: { ...exampleUser, email: 'client@example.com' },
    token: '2|ocJ2isAjIhKtJ0RlgLKOmxgJTeKdNnFRIBXuDL7D',
  }),
  forgotBody: { email: 'client@example.com' },
  forgotSent: okExample('Password reset link sent to your email', null),
  resetBody: {
    email: 'client@example.com',
    token: 'uvSwMFLZDe1f8rESQedUStPKR0CsTy4Qwb8DwkNhFdnXsiVpzz63FfkCzJr4i0B3',
    password: 'newSecurePassword456',
    password_confirmation: 'newSecurePassword456',
  },
  resetDone: okExample('Password reset successful', null),
  loggedOut: okExample('Logged out successfully', null),
  me: okExample('User retrieved', exampleMe),
};
