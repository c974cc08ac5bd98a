import { and, eq, lt } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { type CommandActor, vehicleCommands, type VehicleCommandRow } from '../../db/schema.js';

/** The unique indexes a pending insert can run into (0005 and 0006 migrations). */
export const ONE_PENDING_INDEX = 'vehicle_commands_one_pending';
export const IDEMPOTENCY_INDEX = 'vehicle_commands_idempotency';

export interface NewCommand {
  agencyId: number;
  vehicleId: number;
  bookingId: number | null;
  actorType: CommandActor;
  actorId: number | null;
  action: string;
  commandId: string;
  idempotencyKey: string | null;
  requestedAt: Date;
}

/** The vehicle command log (vehicle_commands): one row per command, pending until the unit answers. */
export class CommandsRepository {
  /** Throws a unique violation on ONE_PENDING_INDEX (another command is in flight) or IDEMPOTENCY_INDEX. */
  async insertPending(q: Queryable, c: NewCommand): Promise<VehicleCommandRow> {
    const rows = await q
      .insert(vehicleCommands)
      .values({ ...c, status: 'pending' })
      .returning();
    return rows[0]!;
  }

  /** Settles a pending row (only a pending one: a row already settled as abandoned stays so). */
  async finish(
    q: Queryable,
    id: number,
    r: { status: 'completed' | 'failed'; failureReason: string | null; latencyMs: number; completedAt: Date },
  ): Promise<void> {
    await q
      .update(vehicleCommands)
      .set({ status: r.status, failureReason: r.failureReason, latencyMs: r.latencyMs, completedAt: r.completedAt })
      .where(and(eq(vehicleCommands.id, id), eq(vehicleCommands.status, 'pending')));
  }

  async findByKey(
    q: Queryable,
    agencyId: number,
    actorType: CommandActor,
    actorId: number | null,
    key: string,
  ): Promise<VehicleCommandRow | undefined> {
    if (actorId === null) return undefined; // NULL actors never match the unique index
    const rows = await q
      .select()
      .from(vehicleCommands)
      .where(
        and(
          eq(vehicleCommands.agencyId, agencyId),
          eq(vehicleCommands.actorType, actorType),
          eq(vehicleCommands.actorId, actorId),
          eq(vehicleCommands.idempotencyKey, key),
        ),
      )
      .limit(1);
    return rows[0];
  }

  /**
   * A pending command whose sender died (it never settled within its timeout plus a grace) is marked
   * failed, so the vehicle is not blocked forever. Returns how many were released.
   */
  async abandonStale(q: Queryable, vehicleId: number, requestedBefore: Date, now: Date): Promise<number> {
    const rows = await q
      .update(vehicleCommands)
      .set({
        status: 'failed',
        failureReason: 'abandoned: the sender stopped before the unit answered',
        completedAt: now,
      })
      .where(
        and(
          eq(vehicleCommands.vehicleId, vehicleId),
          eq(vehicleCommands.status, 'pending'),
          lt(vehicleCommands.requestedAt, requestedBefore),
        ),
      )
      .returning({ id: vehicleCommands.id });
    return rows.length;
  }
}
