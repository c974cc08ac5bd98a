import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { LocalFileStorage } from '../../src/providers/storage/local.storage.js';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Every entry under dir, as paths relative to it (directories end with '/'). */
async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.map((e) => relative(dir, join(e.parentPath, e.name)) + (e.isDirectory() ? '/' : '')).sort();
}

const UNSAFE_KEYS = [
  '',
  '../x',
  '..',
  '.',
  './x',
  '/etc/passwd',
  'a/../../b',
  'a/./b',
  'a//b',
  'a/',
  'A.jpg',
  'docs/Passport.pdf',
  '.hidden',
  'a/.tmp',
  'a\\b',
  '..\\..\\x',
  'a b',
  'a\0b',
  'é.jpg',
  'x'.repeat(513),
];

describe('LocalFileStorage', () => {
  let tmp: string;
  let root: string;
  let storage: LocalFileStorage;

  before(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'daakey-storage-'));
    root = join(tmp, 'store'); // does not exist yet
    storage = new LocalFileStorage(root);
  });

  after(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('creates the root (0700) on first put and round-trips the bytes', async () => {
    await assert.rejects(stat(root), { code: 'ENOENT' });
    assert.equal(storage.name, 'local');
    const body = randomBytes(100_000);
    await storage.put('agency-1/drivers/42/licence.jpg', body, 'image/jpeg');

    assert.equal((await stat(root)).mode & 0o777, 0o700);
    for (const dir of ['agency-1', 'agency-1/drivers', 'agency-1/drivers/42'])
      assert.equal((await stat(join(root, dir))).mode & 0o777, 0o700, dir);
    assert.deepEqual(await readFile(join(root, 'agency-1/drivers/42/licence.jpg')), body);

    const file = await storage.get('agency-1/drivers/42/licence.jpg');
    assert.ok(file);
    assert.equal(file.size, body.length);
    assert.deepEqual(await readAll(file.stream), body);
  });

  it('writes files with mode 0600', async () => {
    await storage.put('mode.bin', Buffer.from('x'), 'application/octet-stream');
    assert.equal((await stat(join(root, 'mode.bin'))).mode & 0o777, 0o600);
  });

  it('stores an empty object', async () => {
    await storage.put('empty.txt', Buffer.alloc(0), 'text/plain');
    const file = await storage.get('empty.txt');
    assert.ok(file);
    assert.equal(file.size, 0);
    assert.equal((await readAll(file.stream)).length, 0);
  });

  it('overwrites an object whole, keeping mode 0600', async () => {
    await storage.put('over/write.txt', Buffer.from('first version, rather long'), 'text/plain');
    await storage.put('over/write.txt', Buffer.from('second'), 'text/plain');
    const file = await storage.get('over/write.txt');
    assert.ok(file);
    assert.equal(file.size, 6);
    assert.equal((await readAll(file.stream)).toString(), 'second');
    assert.equal((await stat(join(root, 'over/write.txt'))).mode & 0o777, 0o600);
  });

  it('answers null for a missing object, including under a missing folder or a file', async () => {
    assert.equal(await storage.get('missing.jpg'), null);
    assert.equal(await storage.get('no/such/folder/x.jpg'), null);
    await storage.put('plain', Buffer.from('x'), 'text/plain');
    assert.equal(await storage.get('plain/child'), null, 'a key under a file');
    await storage.put('folder/child', Buffer.from('x'), 'text/plain');
    assert.equal(await storage.get('folder'), null, 'a "folder" of other keys is not an object');
  });

  it('deletes an object; deleting a missing one is not an error', async () => {
    await storage.put('del/me.txt', Buffer.from('bye'), 'text/plain');
    await storage.delete('del/me.txt');
    assert.equal(await storage.get('del/me.txt'), null);
    await assert.rejects(stat(join(root, 'del/me.txt')), { code: 'ENOENT' });
    await storage.delete('del/me.txt');
    await storage.delete('never/existed.txt');
    await storage.put('file-parent', Buffer.from('x'), 'text/plain');
    await storage.delete('file-parent/child');
    await storage.put('dir-parent/child', Buffer.from('x'), 'text/plain');
    await storage.delete('dir-parent');
    assert.ok(await storage.get('dir-parent/child'), 'deleting the "folder" key left its children alone');
  });

  it('refuses unsafe keys in put, get and delete, touching nothing', async () => {
    const sentinel = join(tmp, 'x');
    await writeFile(sentinel, 'outside the root');
    const before = await tree(tmp);
    for (const key of UNSAFE_KEYS) {
      const label = JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}...` : key);
      await assert.rejects(storage.put(key, Buffer.from('pwned'), 'text/plain'), /unsafe storage key/, `put ${label}`);
      await assert.rejects(storage.get(key), /unsafe storage key/, `get ${label}`);
      await assert.rejects(storage.delete(key), /unsafe storage key/, `delete ${label}`);
    }
    assert.deepEqual(await tree(tmp), before);
    assert.equal(await readFile(sentinel, 'utf8'), 'outside the root');
  });

  it('accepts a relative root, resolved against the working directory', async () => {
    const abs = join(tmp, 'relative-root');
    const rel = new LocalFileStorage(relative(process.cwd(), abs));
    await rel.put('a/b.txt', Buffer.from('rel'), 'text/plain');
    assert.equal(await readFile(join(abs, 'a/b.txt'), 'utf8'), 'rel');
    const file = await rel.get('a/b.txt');
    assert.ok(file);
    assert.equal((await readAll(file.stream)).toString(), 'rel');
  });

  it('never shows a reader half a file, even under concurrent overwrites', async () => {
    const versions = Array.from({ length: 6 }, (_, i) => Buffer.alloc(512 * 1024 + i * 4096, i + 1));
    await storage.put('race/blob.bin', versions[0]!, 'application/octet-stream');
    const reads: Promise<Buffer | null>[] = [];
    const writes = versions.map(async (v, i) => {
      reads.push(storage.get('race/blob.bin').then((f) => (f ? readAll(f.stream) : null)));
      await storage.put('race/blob.bin', v, 'application/octet-stream');
      if (i % 2) reads.push(storage.get('race/blob.bin').then((f) => (f ? readAll(f.stream) : null)));
    });
    await Promise.all(writes);
    for (const got of await Promise.all(reads)) {
      assert.ok(got, 'the object never disappears during an overwrite');
      assert.ok(
        versions.some((v) => v.equals(got)),
        `a read returned ${got.length} bytes that match no whole version`,
      );
    }
    const final = await storage.get('race/blob.bin');
    assert.ok(final);
    assert.ok(versions.some((v) => v.length === final.size));
    await readAll(final.stream);
  });

  it('stores a key whose last segment is near the 255-byte file name limit', async () => {
    const key = `long/${'n'.repeat(250)}.pdf`;
    await storage.put(key, Buffer.from('long'), 'application/pdf');
    const file = await storage.get(key);
    assert.ok(file);
    assert.equal((await readAll(file.stream)).toString(), 'long');
  });

  it('leaves no temp files behind', async () => {
    await storage.put('temp/check.txt', Buffer.from('x'), 'text/plain');
    const entries = await tree(root);
    const leftovers = entries.filter((e) => /(^|\/)\.|\.tmp\/?$/.test(e));
    assert.deepEqual(leftovers, [], 'no temp (dot) files under the root');
    assert.ok(entries.includes('temp/check.txt'));
  });
});
