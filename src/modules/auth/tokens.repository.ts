import { and, eq, ne } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { clients, clientTokens, type ClientRow } from '../../db/schema.js';

export class TokensRepository {
  async insert(q: Queryable, agencyId: number, clientId: number, tokenHash: string, now: Date): Promise<number> {
    const rows = await q
      .insert(clientTokens)
      .values({ agencyId, clientId, tokenHash, createdAt: now })
      .returning({ id: clientTokens.id });
    return rows[0]!.id;
  }

  /** One round trip on the hot path: the token and its client, both inside the signing agency. */
  async findWithClient(
    q: Queryable,
    agencyId: number,
    tokenId: number,
  ): Promise<{ tokenHash: string; lastUsedAt: Date | null; client: ClientRow } | undefined> {
    const rows = await q
      .select({ tokenHash: clientTokens.tokenHash, lastUsedAt: clientTokens.lastUsedAt, client: clients })
      .from(clientTokens)
      .innerJoin(clients, eq(clients.id, clientTokens.clientId))
      .where(and(eq(clientTokens.id, tokenId), eq(clientTokens.agencyId, agencyId), eq(clients.agencyId, agencyId)))
      .limit(1);
    return rows[0];
  }

  async touch(q: Queryable, agencyId: number, tokenId: number, now: Date): Promise<void> {
    await q
      .update(clientTokens)
      .set({ lastUsedAt: now })
      .where(and(eq(clientTokens.id, tokenId), eq(clientTokens.agencyId, agencyId)));
  }

  async delete(q: Queryable, agencyId: number, tokenId: number): Promise<void> {
    await q.delete(clientTokens).where(and(eq(clientTokens.id, tokenId), eq(clientTokens.agencyId, agencyId)));
  }

  async deleteAllForClient(q: Queryable, agencyId: number, clientId: number, exceptTokenId?: number): Promise<void> {
    const conds = [eq(clientTokens.agencyId, agencyId), eq(clientTokens.clientId, clientId)];
    if (exceptTokenId !== undefined) conds.push(ne(clientTokens.id, exceptTokenId));
    await q.delete(clientTokens).where(and(...conds));
  }
}
