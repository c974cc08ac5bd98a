import { sql } from 'drizzle-orm';
import type { Queryable } from './client.js';
import { bookingReferences, ticketReferences } from './schema.js';

/** A counter table: one row per agency and year, holding the last number handed out. */
export type CounterTable = typeof bookingReferences | typeof ticketReferences;

/**
 * The next number of the agency's counter for a year, 1 for the first. The upsert locks the counter
 * row until the transaction commits, so concurrent callers get consecutive numbers, never the same one.
 */
export async function nextCounter(q: Queryable, table: CounterTable, agencyId: number, year: number): Promise<number> {
  const rows = await q
    .insert(table)
    .values({ agencyId, year, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [table.agencyId, table.year],
      set: { lastNumber: sql`${table.lastNumber} + 1` },
    })
    .returning({ n: table.lastNumber });
  return rows[0]!.n;
}

/** A human reference such as BK-2025-00042: prefix, year, the number padded to five digits. */
export function formatReference(prefix: 'BK' | 'TK', year: number, n: number): string {
  return `${prefix}-${year}-${String(n).padStart(5, '0')}`;
}
