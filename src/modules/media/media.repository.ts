import { and, eq, inArray, or } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { media, type MediaRow } from '../../db/schema.js';

export interface NewMedia {
  agencyId: number;
  clientId: number;
  storageKey: string;
  contentType: string;
  sizeBytes: number;
  originalName: string | null;
  now: Date;
}

/** Every method takes the agency and the client: another client's media do not exist here. */
export class MediaRepository {
  async insert(q: Queryable, m: NewMedia): Promise<MediaRow> {
    const rows = await q
      .insert(media)
      .values({
        agencyId: m.agencyId,
        clientId: m.clientId,
        storageKey: m.storageKey,
        contentType: m.contentType,
        sizeBytes: m.sizeBytes,
        originalName: m.originalName,
        createdAt: m.now,
      })
      .returning();
    return rows[0]!;
  }

  async findForClient(q: Queryable, agencyId: number, clientId: number, id: number): Promise<MediaRow | undefined> {
    const rows = await q
      .select()
      .from(media)
      .where(and(eq(media.agencyId, agencyId), eq(media.clientId, clientId), eq(media.id, id)))
      .limit(1);
    return rows[0];
  }

  /** The client's media among these ids and storage keys (one query; unknown ones are simply absent). */
  async findManyForClient(
    q: Queryable,
    agencyId: number,
    clientId: number,
    ids: number[],
    keys: string[],
  ): Promise<MediaRow[]> {
    const which = [];
    if (ids.length > 0) which.push(inArray(media.id, ids));
    if (keys.length > 0) which.push(inArray(media.storageKey, keys));
    if (which.length === 0) return [];
    return q
      .select()
      .from(media)
      .where(and(eq(media.agencyId, agencyId), eq(media.clientId, clientId), or(...which)));
  }
}
