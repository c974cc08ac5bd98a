-- The lifecycle worker's scans, per agency and tick (lifecycle.repository.ts):
-- live bookings by status and end: reminders (active, end_at <= now + reminder), overdue bookings,
-- their hold on the car and no-shows (active, end_at < now - grace), stale pending bookings, and the
-- agencies with bookings in flight. Activation (upcoming, start_at <= now) uses bookings_lifecycle_idx.
CREATE INDEX bookings_agency_live_idx ON bookings (agency_id, status, end_at)
  WHERE status IN ('pending', 'upcoming', 'active');
-- Card holds lapsing soon (upcoming or active bookings holding a placed authorization).
CREATE INDEX bookings_agency_hold_idx ON bookings (agency_id, hold_expires_at)
  WHERE status IN ('upcoming', 'active') AND hold_payment_id IS NOT NULL;
-- Whether the car was ever unlocked under a booking (late fee, or a no-show).
CREATE INDEX vehicle_commands_booking_idx ON vehicle_commands (booking_id, action)
  WHERE booking_id IS NOT NULL AND status = 'completed';
