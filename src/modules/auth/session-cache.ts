import type { ClientRow } from '../../db/schema.js';

interface Entry {
  agencyId: number;
  tokenHash: string;
  client: ClientRow;
  lastUsedAt: Date | null;
  expiresAt: number;
}

/**
 * Authenticated sessions kept in process, so a bearer request costs no database round trip.
 * Entries are dropped on every committed change that could make them wrong: the service drops
 * them at once in this process, and the database's change feed (NOTIFY) tells every other
 * instance. A short lifetime bounds the damage if a notification is ever lost.
 */
export class SessionCache {
  private readonly byToken = new Map<number, Entry>();
  private readonly tokensByClient = new Map<number, Set<number>>();
  /** Bumped by every drop: a read that started before a drop must not store what it read. */
  private gen = 0;
  /** Off while the change feed is down: without it, other instances' changes would go unseen. */
  private enabled = true;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 100_000,
  ) {}

  get(tokenId: number): Entry | undefined {
    const e = this.byToken.get(tokenId);
    if (!e) return undefined;
    if (e.expiresAt <= Date.now()) {
      this.dropToken(tokenId);
      return undefined;
    }
    return e;
  }

  /** Take before reading the database; pass to set() with what was read. */
  generation(): number {
    return this.gen;
  }

  /**
   * Store and return the live entry (callers update lastUsedAt on it). Nothing is stored when a
   * drop happened since `readAt` (the row may predate a logout or suspension) or caching is off.
   */
  set(tokenId: number, fields: Omit<Entry, 'expiresAt'>, readAt: number): Entry {
    const entry: Entry = { ...fields, expiresAt: Date.now() + this.ttlMs };
    if (this.ttlMs <= 0 || !this.enabled || readAt !== this.gen) return entry;
    if (this.byToken.size >= this.maxEntries) this.clear();
    this.byToken.set(tokenId, entry);
    let set = this.tokensByClient.get(entry.client.id);
    if (!set) this.tokensByClient.set(entry.client.id, (set = new Set()));
    set.add(tokenId);
    return entry;
  }

  dropToken(tokenId: number): void {
    this.gen += 1;
    const e = this.byToken.get(tokenId);
    if (!e) return;
    this.byToken.delete(tokenId);
    const set = this.tokensByClient.get(e.client.id);
    set?.delete(tokenId);
    if (set && set.size === 0) this.tokensByClient.delete(e.client.id);
  }

  dropClient(clientId: number): void {
    this.gen += 1;
    for (const tokenId of this.tokensByClient.get(clientId) ?? []) this.byToken.delete(tokenId);
    this.tokensByClient.delete(clientId);
  }

  clear(): void {
    this.gen += 1;
    this.byToken.clear();
    this.tokensByClient.clear();
  }

  /** Follow the change feed's health: off (and empty) while it is down, on once it listens again. */
  setEnabled(on: boolean): void {
    this.enabled = on;
    this.clear();
  }

  get size(): number {
    return this.byToken.size;
  }
}
