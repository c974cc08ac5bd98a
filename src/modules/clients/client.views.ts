import { z } from 'zod';
import type { ClientRow } from '../../db/schema.js';
import { isoSeconds } from '../../lib/clock.js';

const dateTime = () => z.string().describe('ISO-8601 UTC, no milliseconds');

/** `user` in login and register responses (seed 001). */
export const userSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  phone_verified_at: dateTime().nullable(),
  email_verified_at: dateTime().nullable(),
});

/** GET /auth/me */
export const meSchema = userSchema.extend({
  avatar_url: z.string().nullable(),
  created_at: dateTime(),
});

export const driverLicenseSchema = z.object({
  number: z.string().nullable(),
  expiry_date: z.string().nullable().describe('YYYY-MM-DD'),
  verified: z.boolean(),
});

/** GET /profile */
export const profileSchema = meSchema.extend({
  driver_license: driverLicenseSchema,
  updated_at: dateTime(),
});

/** PUT /profile */
export const profileUpdatedSchema = userSchema.extend({ updated_at: dateTime() });

export function toUser(c: ClientRow): z.infer<typeof userSchema> {
  return {
    id: c.id,
    name: c.name,
    email: c.email,
    phone: c.phone,
    phone_verified_at: isoSeconds(c.phoneVerifiedAt),
    email_verified_at: isoSeconds(c.emailVerifiedAt),
  };
}

export function toMe(c: ClientRow): z.infer<typeof meSchema> {
  return { ...toUser(c), avatar_url: c.avatarUrl, created_at: isoSeconds(c.createdAt)! };
}

export function toProfile(c: ClientRow, license: z.infer<typeof driverLicenseSchema>): z.infer<typeof profileSchema> {
  return { ...toMe(c), driver_license: license, updated_at: isoSeconds(c.updatedAt)! };
}

export function toProfileUpdated(c: ClientRow): z.infer<typeof profileUpdatedSchema> {
  return { ...toUser(c), updated_at: isoSeconds(c.updatedAt)! };
}
