import type { Readable } from 'node:stream';

/**
 * Private object storage for uploaded files (driver documents, attachments). Nothing stored here is
 * public: clients reach a file only through a signed, expiring link served by the API.
 *
 * Keys are relative paths made by Daakey itself: lowercase letters, digits, '/', '_', '-', '.';
 * never '..' or a leading '/'. Drivers refuse any other key (assertSafeKey).
 */
export interface StoredFile {
  stream: Readable;
  /** Bytes, when the driver knows it. */
  size?: number;
}

export interface FileStorage {
  readonly name: 'local' | 's3';
  /** Store (or overwrite) a whole object. Resolves once it is durable. */
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** Open an object; null when it does not exist. */
  get(key: string): Promise<StoredFile | null>;
  /** Remove an object; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
}

const SAFE_KEY = /^[a-z0-9][a-z0-9_.-]*(\/[a-z0-9][a-z0-9_.-]*)*$/;

/** Throws on a key that could escape the storage root or is not one of ours. */
export function assertSafeKey(key: string): void {
  if (!SAFE_KEY.test(key) || key.split('/').some((part) => part === '..' || part === '.') || key.length > 512)
    throw new Error(`unsafe storage key: ${JSON.stringify(key)}`);
}
