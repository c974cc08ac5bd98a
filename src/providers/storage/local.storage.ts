import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, resolve, sep } from 'node:path';
import { assertSafeKey, type FileStorage, type StoredFile } from './file.storage.js';

function errorCode(err: unknown): string | undefined {
  return err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
}

/**
 * Files on the local disk, under one root directory (created on first put, mode 0700; files 0600).
 * For a single-node install or development; use S3FileStorage when several nodes serve files.
 *
 * Writes go to a temp file in the target's directory, are fsynced, then renamed over the target:
 * a reader sees the old file or the new one, never half of one. Temp names start with '.', which no
 * key segment can, so they never collide with a stored object.
 *
 * Keys map to paths, so a key cannot be both an object and a "folder" of other objects here
 * ('a' and 'a/b'), unlike in S3: putting the second one fails.
 */
export class LocalFileStorage implements FileStorage {
  readonly name = 'local';
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(key: string, body: Buffer, _contentType: string): Promise<void> {
    const file = this.pathFor(key);
    const dir = dirname(file);
    // `mode` applies to every directory created, the root included (umask can only narrow it).
    await mkdir(dir, { recursive: true, mode: 0o700 });
    // Truncated so the temp name stays under NAME_MAX (255) whenever the final name does.
    const temp = resolve(dir, `.${basename(file).slice(0, 200)}.${randomBytes(8).toString('hex')}.tmp`);
    try {
      const handle = await open(temp, 'wx', 0o600);
      try {
        await handle.writeFile(body);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, file);
    } catch (err) {
      await unlink(temp).catch(() => undefined);
      throw err;
    }
    await syncDir(dir);
  }

  async get(key: string): Promise<StoredFile | null> {
    const file = this.pathFor(key);
    let handle: FileHandle;
    try {
      handle = await open(file, 'r');
    } catch (err) {
      // ENOTDIR: a parent "folder" is a file, so this key cannot exist.
      if (errorCode(err) === 'ENOENT' || errorCode(err) === 'ENOTDIR') return null;
      throw err;
    }
    // Stat and read through the same descriptor: a concurrent put (rename) cannot slip in between.
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) {
        await handle.close();
        return null; // a "folder" of other keys, not an object
      }
      // The stream owns the descriptor and closes it at end, error or destroy(). A caller that
      // opens a file must consume or destroy the stream.
      return { stream: handle.createReadStream(), size: stats.size };
    } catch (err) {
      await handle.close().catch(() => undefined);
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    const file = this.pathFor(key);
    try {
      await unlink(file);
    } catch (err) {
      const code = errorCode(err);
      // Missing, or under a file (ENOTDIR): this key does not exist.
      if (code === 'ENOENT' || code === 'ENOTDIR') return;
      // unlink() of a directory (a "folder" of other keys, not an object) fails with EISDIR on Linux,
      // EPERM on macOS; a real permission problem must still surface.
      if ((code === 'EISDIR' || code === 'EPERM') && (await stat(file).catch(() => null))?.isDirectory()) return;
      throw err;
    }
  }

  /** The absolute path of a key, refusing unsafe keys and (defence in depth) any path outside the root. */
  private pathFor(key: string): string {
    assertSafeKey(key);
    const file = resolve(this.root, key);
    if (!file.startsWith(this.root.endsWith(sep) ? this.root : this.root + sep))
      throw new Error(`unsafe storage key: ${JSON.stringify(key)}`);
    return file;
  }
}

/** Make a rename durable: fsync the directory that holds the entry. Not supported everywhere (Windows). */
async function syncDir(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (err) {
    const code = errorCode(err);
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw err;
  } finally {
    await handle?.close();
  }
}
