import type { Readable } from 'node:stream';
import { AppError } from '../../errors.js';
import type { Clock } from '../../lib/clock.js';
import { type Cipher, randomLowerAlnum, safeEqual } from '../../lib/crypto.js';
import type { FileStorage } from '../../providers/storage/file.storage.js';
import { ACCEPTED_FILE_TYPES, type AcceptedExt, type CleanFile } from './file-inspection.js';

export interface SavedFile {
  key: string;
  contentType: string;
  size: number;
}

export interface OpenedFile {
  body: Buffer;
  contentType: string;
  /** Seconds the link stays valid: the response may be cached that long, privately. */
  maxAge: number;
}

const SIGNING_PURPOSE = 'daakey:file-link';
const LINK_SIGNATURE = /^[0-9a-f]{64}$/;

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Private files: stored encrypted (AES-256-GCM under APP_KEY, whatever the storage driver), reached
 * only through links signed with an HMAC under APP_KEY that expire (FILE_URL_TTL_SECONDS).
 */
export class FilesService {
  constructor(
    private readonly storage: FileStorage,
    private readonly cipher: Cipher,
    private readonly clock: Clock,
    private readonly linkTtlSeconds: number,
  ) {}

  /** Store a checked file under `<folder>/<random>.<ext>`; folder is ours (e.g. documents/12/345). */
  async save(folder: string, file: CleanFile): Promise<SavedFile> {
    const key = `${folder}/${randomLowerAlnum(24)}.${file.ext}`;
    await this.storage.put(key, this.cipher.encryptBytes(file.body), 'application/octet-stream');
    return { key, contentType: file.contentType, size: file.body.length };
  }

  async remove(key: string): Promise<void> {
    await this.storage.delete(key);
  }

  /**
   * A signed link to a file. The expiry is rounded up to the minute, so links minted within the same
   * minute are identical and an app's image cache can reuse them.
   */
  link(baseUrl: string, key: string): string {
    const expires = Math.ceil((this.clock.now().getTime() / 1000 + this.linkTtlSeconds) / 60) * 60;
    const signature = this.cipher.macFor(SIGNING_PURPOSE, `${key}\n${expires}`);
    return `${baseUrl}/files/${key}?expires=${expires}&signature=${signature}`;
  }

  /**
   * The storage key a link minted by `link()` names, when its signature is ours, whatever its host
   * and even once expired (a link the app kept still identifies the file); null for anything else.
   */
  keyOfLink(url: string): string | null {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return null;
    }
    // APP_URL may carry a path (https://host/daakey/files/...): the key follows the first /files/.
    const at = parsed.pathname.indexOf('/files/');
    if (at < 0) return null;
    let key: string;
    try {
      key = decodeURIComponent(parsed.pathname.slice(at + '/files/'.length));
    } catch {
      return null;
    }
    const expires = parsed.searchParams.get('expires');
    const signature = parsed.searchParams.get('signature');
    if (!expires || !/^\d{1,12}$/.test(expires) || !signature || !LINK_SIGNATURE.test(signature)) return null;
    return safeEqual(this.cipher.macFor(SIGNING_PURPOSE, `${key}\n${expires}`), signature) ? key : null;
  }

  /** Check a link's signature and expiry, then read and decrypt the file. */
  async open(key: string, expires: string | undefined, signature: string | undefined): Promise<OpenedFile> {
    if (!expires || !/^\d{1,12}$/.test(expires) || !signature || !LINK_SIGNATURE.test(signature))
      throw new AppError('FILE_LINK_INVALID');
    const expected = this.cipher.macFor(SIGNING_PURPOSE, `${key}\n${expires}`);
    if (!safeEqual(expected, signature)) throw new AppError('FILE_LINK_INVALID');
    const remaining = Number(expires) - Math.floor(this.clock.now().getTime() / 1000);
    if (remaining <= 0) throw new AppError('FILE_LINK_INVALID');

    const ext = key.slice(key.lastIndexOf('.') + 1) as AcceptedExt;
    const contentType = ACCEPTED_FILE_TYPES[ext];
    const stored = contentType ? await this.storage.get(key) : null;
    if (!stored) throw new AppError('FILE_NOT_FOUND');
    return { body: this.cipher.decryptBytes(await readAll(stored.stream)), contentType, maxAge: remaining };
  }
}
