import { z } from 'zod';

/**
 * An agency's `settings` JSON: feature flags, document requirements and booking rules.
 * Stored as given; read through this schema so every missing key has its one default.
 */
export const agencySettingsSchema = z.object({
  features: z
    .object({
      bookings_enabled: z.boolean().default(true),
      payments_enabled: z.boolean().default(true),
      documents_required: z.boolean().default(true),
      phone_verification_required: z.boolean().default(true),
      email_verification_required: z.boolean().default(false),
    })
    .prefault({}),
  documents: z
    .object({
      required: z.array(z.string()).default(['driver_license_front', 'driver_license_back']),
      optional: z.array(z.string()).default(['id_card', 'passport']),
    })
    .prefault({}),
  min_booking_hours: z.number().min(0).default(1),
  max_booking_days: z.number().min(0).default(30),
  booking_advance_days: z.number().min(0).default(90),
  cancellation_hours: z.number().min(0).default(24),
  deposit_required: z.boolean().default(false),
  deposit_amount: z.number().min(0).max(1_000_000).default(0),
  tax_rate: z.number().min(0).max(100).default(10).describe('Percent of the subtotal'),
  late_cancellation_fee_percent: z
    .number()
    .min(0)
    .max(100)
    .default(50)
    .describe('Kept of subtotal plus tax when a booking is cancelled later than cancellation_hours before its start'),
  late_fee_per_hour: z
    .number()
    .min(0)
    .max(100_000)
    .nullable()
    .default(null)
    .describe("Charged per started hour an active booking runs past its end (null: 1.5 x the vehicle's hourly rate)"),
  overdue_grace_minutes: z.number().min(0).default(15).describe('Minutes past the end before a late fee accrues'),
  pickup_window_minutes: z
    .number()
    .min(0)
    .max(1440)
    .default(15)
    .describe('How long before its start a booking may unlock the car (the first unlock starts it)'),
  turnaround_minutes: z
    .number()
    .min(0)
    .max(1440)
    .default(0)
    .describe('Buffer kept free after each booking (cleaning, charging) before the next may start'),
  reminder_minutes_before_end: z.number().min(0).default(30).describe('When the end-of-rental reminder goes out'),
  accepted_methods: z.array(z.string()).default(['card']),
  stripe_account: z
    .string()
    .regex(/^acct_[A-Za-z0-9]+$/)
    .optional()
    .describe('Stripe Connect account the agency is paid through (payments go to the platform account when unset)'),
  password_reset_url: z
    .string()
    .url()
    .optional()
    .describe('App deep link or web page; the reset email links to it with ?token=&email='),
  ticket_categories: z
    .array(z.string().trim().min(1).max(64))
    .min(1)
    .default(['vehicle_issue', 'billing', 'booking', 'account', 'damage', 'other'])
    .describe('The categories a client may file a support ticket under (POST /tickets `category`)'),
});

export type AgencySettings = z.output<typeof agencySettingsSchema>;

/**
 * Lenient read, setting by setting: a stored value that does not fit its schema falls back to that
 * setting's default alone, so one bad value never silently resets the others (or fails requests).
 */
export function readSettings(stored: unknown): AgencySettings {
  const source = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(agencySettingsSchema.shape)) {
    const parsed = schema.safeParse(source[key]);
    out[key] = parsed.success ? parsed.data : schema.parse(undefined);
  }
  return out as AgencySettings;
}
