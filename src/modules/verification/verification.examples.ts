import { okExample } from '../../http/openapi.js';

/** OpenAPI examples of the verification endpoints (values of the documentation pages). */
export const verificationExamples = {
  status: okExample('Verification status retrieved', {
    phone: { number: '+1234567890', verified: true, verified_at: '2024-01-01T00:00:00Z' },
    email: { address: 'john@example.com', verified: false, verified_at: null },
  }),
  phoneCode: { code: '123456' },
  phoneVerified: okExample('Phone verified successfully', {
    phone: '+1234567890',
    verified_at: '2024-01-15T10:00:00Z',
  }),
  phoneSent: okExample('Verification code sent', { phone: '+1234567890', expires_in: 600 }),
  emailCode: { code: 'abc123' },
  emailVerified: okExample('Email verified successfully', {
    email: 'john@example.com',
    verified_at: '2024-01-15T10:00:00Z',
  }),
  emailSent: okExample('Verification email sent', { email: 'john@example.com' }),
};
