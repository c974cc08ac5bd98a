/**
 * POST /media and GET /media/{id}: uploads for ticket attachments, checked exactly as documents are
 * (type by content, images re-encoded without metadata, the same limits and messages), stored
 * encrypted, reached through signed expiring links; another client's media is not found.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import exifReader from 'exif-reader';
import sharp from 'sharp';
import { media } from '../../src/db/schema.js';
import { ManualClock } from '../../src/lib/clock.js';
import {
  CLIENT,
  call,
  createAgency,
  makeTestApp,
  registerClient,
  type TestAgency,
  type TestApp,
} from '../helpers/app.js';
import { expectError, expectOk } from '../helpers/envelope.js';
import { type FilePart, jpegWithGps, multipart, pdf, png } from '../helpers/uploads.js';

const MEDIA = `${CLIENT}/media`;
const TYPES_MESSAGE = 'The file must be a file of type: jpg, png, pdf.';
const MEDIA_KEYS = ['content_type', 'created_at', 'id', 'size', 'url'];

interface MediaView {
  id: number;
  url: string;
  content_type: string;
  size: number;
  created_at: string;
}

function iso(d: Date): string {
  return `${d.toISOString().slice(0, 19)}Z`;
}

function upload(t: TestApp, agency: TestAgency, token: string, files: FilePart[], fields: Record<string, string> = {}) {
  const { body, contentType } = multipart(fields, files);
  return call(t, { method: 'POST', url: MEDIA, agency, token, body, headers: { 'content-type': contentType } });
}

async function uploaded(t: TestApp, agency: TestAgency, token: string, file: FilePart): Promise<MediaView> {
  const body = expectOk(await upload(t, agency, token, [file]), 201, 'Media uploaded successfully');
  assert.deepEqual(Object.keys(body.data).sort(), MEDIA_KEYS);
  return body.data as MediaView;
}

/** The storage key in a signed file link (the path after /files/). */
function keyOf(url: string): string {
  const { pathname } = new URL(url);
  assert.ok(pathname.startsWith('/files/'), url);
  return pathname.slice('/files/'.length);
}

/** Open a link as a browser would: no agency signature, no token. */
function fetchLink(t: TestApp, url: string) {
  const u = new URL(url);
  return t.app.inject({ method: 'GET', url: `${u.pathname}${u.search}` });
}

async function storedBytes(t: TestApp, key: string): Promise<Buffer | null> {
  const stored = await t.deps.storage.get(key);
  if (!stored) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of stored.stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function mediaRows(t: TestApp, agency: TestAgency, clientId: number) {
  return t.deps.database.db
    .select()
    .from(media)
    .where(and(eq(media.agencyId, agency.agency.id), eq(media.clientId, clientId)));
}

/** A JPEG of pseudo-random pixels (so it does not compress away). */
async function noiseJpeg(width: number, height: number): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  let seed = 4242;
  for (let i = 0; i < raw.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    raw[i] = seed >> 16;
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 95 })
    .toBuffer();
}

describe('client media', () => {
  let t: TestApp;

  before(async () => {
    t = await makeTestApp({ clock: new ManualClock('2026-03-10T09:30:15.250Z') });
  });

  after(async () => {
    await t.close();
  });

  describe('POST /media', () => {
    it('stores a JPEG encrypted, without its EXIF (GPS, camera), and links to it', async () => {
      const agency = await createAgency(t);
      const { token, user } = await registerClient(t, agency);
      const original = await jpegWithGps(64, 48);
      assert.ok(exifReader((await sharp(original).metadata()).exif!).GPSInfo?.GPSLatitude, 'the upload has GPS');

      const res = await upload(t, agency, token, [{ bytes: original, filename: 'dent.jpg' }]);
      const body = expectOk(res, 201, 'Media uploaded successfully');
      assert.deepEqual(body.meta, { agency_id: agency.agency.id, agency_code: agency.agency.code });
      const [row, ...more] = await mediaRows(t, agency, user.id);
      assert.ok(row);
      assert.equal(more.length, 0);
      assert.deepEqual(body.data, {
        id: row.id,
        url: body.data.url,
        content_type: 'image/jpeg',
        size: row.sizeBytes,
        created_at: iso(t.clock.now()),
      });
      assert.match(body.data.url, /^http:\/\/localhost(:80)?\/files\/[^?]+\?expires=\d+&signature=[0-9a-f]{64}$/);
      const key = keyOf(body.data.url);
      assert.equal(key, row.storageKey);
      assert.match(key, new RegExp(`^media/${agency.agency.id}/${user.id}/[a-z0-9]{24}\\.jpg$`));
      assert.equal(row.contentType, 'image/jpeg');
      assert.equal(row.originalName, 'dent.jpg');

      const atRest = await storedBytes(t, key);
      assert.ok(atRest && atRest.length > 0);
      assert.notDeepEqual([...atRest.subarray(0, 2)], [0xff, 0xd8], 'not a plain JPEG at rest');
      assert.ok(!atRest.includes(Buffer.from('DaakeyTestCam')));

      const served = await fetchLink(t, body.data.url);
      assert.equal(served.statusCode, 200);
      assert.equal(served.headers['content-type'], 'image/jpeg');
      const bytes = served.rawPayload;
      assert.equal(bytes.length, row.sizeBytes, 'size is what is served');
      const meta = await sharp(bytes).metadata();
      assert.deepEqual([meta.format, meta.width, meta.height], ['jpeg', 64, 48]);
      if (meta.exif) assert.equal(exifReader(meta.exif).GPSInfo, undefined, 'no GPS block');
      assert.ok(!bytes.includes(Buffer.from('DaakeyTestCam')), 'the camera make is gone');
      assert.ok(!bytes.includes(Buffer.from('GPS-1')), 'the camera model is gone');
    });

    it('accepts PNG and PDF, recognised by content whatever their name or declared type', async () => {
      const agency = await createAgency(t);
      const { token, user } = await registerClient(t, agency);
      const paper = await pdf();

      const image = await uploaded(t, agency, token, {
        bytes: await png(),
        filename: 'screen.pdf',
        contentType: 'application/pdf',
      });
      const doc = await uploaded(t, agency, token, { bytes: paper, filename: 'invoice.pdf', contentType: 'image/png' });
      assert.equal(image.content_type, 'image/png');
      assert.equal(doc.content_type, 'application/pdf');
      assert.equal(doc.size, paper.length, 'a PDF is kept as uploaded');
      assert.match(keyOf(image.url), /\.png$/);
      assert.match(keyOf(doc.url), /\.pdf$/);

      const servedPng = await fetchLink(t, image.url);
      assert.equal(servedPng.headers['content-type'], 'image/png');
      assert.equal((await sharp(servedPng.rawPayload).metadata()).format, 'png');
      const servedPdf = await fetchLink(t, doc.url);
      assert.equal(servedPdf.headers['content-type'], 'application/pdf');
      assert.deepEqual(servedPdf.rawPayload, paper);

      const rows = await mediaRows(t, agency, user.id);
      assert.deepEqual(rows.map((r) => [r.id, r.contentType]).sort(), [
        [image.id, 'image/png'],
        [doc.id, 'application/pdf'],
      ]);
    });

    it('refuses what documents refuse, with the same messages, and stores nothing', async () => {
      const agency = await createAgency(t);
      const { token, user } = await registerClient(t, agency);
      const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#ff0000' } })
        .gif()
        .toBuffer();
      const jpeg = await jpegWithGps();

      const refused: Array<[FilePart, string]> = [
        [{ bytes: Buffer.from('just some text\n'), filename: 'x.jpg' }, TYPES_MESSAGE],
        [{ bytes: gif, filename: 'x.gif', contentType: 'image/gif' }, TYPES_MESSAGE],
        [{ bytes: jpeg.subarray(0, 200), filename: 'cut.jpg' }, 'The file failed to upload.'],
        [{ bytes: Buffer.alloc(0) }, 'The file field is required.'],
        [{ bytes: jpeg, name: 'photo' }, 'The file field is required.'],
      ];
      for (const [file, message] of refused) {
        expectError(await upload(t, agency, token, [file]), 422, 'Validation failed', { file: [message] });
      }
      expectError(await upload(t, agency, token, []), 422, 'Validation failed', {
        file: ['The file field is required.'],
      });
      // A JSON body is a form without a file.
      expectError(await call(t, { method: 'POST', url: MEDIA, agency, token, body: {} }), 422, 'Validation failed', {
        file: ['The file field is required.'],
      });
      // A body of a type no parser takes.
      expectError(
        await call(t, {
          method: 'POST',
          url: MEDIA,
          agency,
          token,
          body: 'file=hello',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
        415,
        'Unsupported media type',
      );
      // Two files: more parts than an upload takes.
      expectError(
        await upload(t, agency, token, [{ bytes: jpeg }, { bytes: await png(), name: 'file2' }]),
        413,
        'Payload too large',
      );
      const { body, contentType } = multipart({}, [{ bytes: jpeg }]);
      expectError(
        await call(t, {
          method: 'POST',
          url: MEDIA,
          agency,
          token,
          body: body.subarray(0, Math.floor(body.length / 2)),
          headers: { 'content-type': contentType },
        }),
        400,
        'Malformed multipart/form-data body',
      );
      assert.deepEqual(await mediaRows(t, agency, user.id), []);
    });
  });

  describe('GET /media/{id}', () => {
    it("returns the client's own media with a fresh link; another client's or agency's is not found", async () => {
      const agency = await createAgency(t);
      const other = await createAgency(t);
      const me = await registerClient(t, agency);
      const neighbour = await registerClient(t, agency);
      const stranger = await registerClient(t, other);
      const mine = await uploaded(t, agency, me.token, { bytes: await png() });

      t.clock.advanceMinutes(20); // the upload's link has expired by now
      expectError(await fetchLink(t, mine.url), 403, 'Invalid or expired file link');
      const body = expectOk(
        await call(t, { url: `${MEDIA}/${mine.id}`, agency, token: me.token }),
        200,
        'Media retrieved',
      );
      assert.deepEqual(Object.keys(body.data).sort(), MEDIA_KEYS);
      assert.deepEqual({ ...body.data, url: keyOf(body.data.url) }, { ...mine, url: keyOf(mine.url) });
      assert.notEqual(body.data.url, mine.url, 'a new expiry');
      assert.equal((await fetchLink(t, body.data.url)).statusCode, 200);

      for (const [a, token] of [
        [agency, neighbour.token],
        [other, stranger.token],
      ] as const) {
        expectError(await call(t, { url: `${MEDIA}/${mine.id}`, agency: a, token }), 404, 'Media not found');
      }
      for (const id of ['0', '999999999', 'abc', '1.5', '-1']) {
        expectError(await call(t, { url: `${MEDIA}/${id}`, agency, token: me.token }), 404, 'Media not found');
      }
    });
  });
});

describe('media size limit', () => {
  let t: TestApp;

  before(async () => {
    t = await makeTestApp({ env: { DOCUMENT_MAX_BYTES: '2048', BODY_LIMIT_BYTES: '1024' } });
  });

  after(async () => {
    await t.close();
  });

  it('refuses a file over DOCUMENT_MAX_BYTES (as documents do) and takes one within it', async () => {
    const agency = await createAgency(t);
    const { token, user } = await registerClient(t, agency);
    const big = await noiseJpeg(64, 64);
    assert.ok(big.length > 2048, `${big.length} bytes`);
    expectError(await upload(t, agency, token, [{ bytes: big }]), 422, 'Validation failed', {
      file: ['The file must not be greater than 2 kilobytes.'],
    });
    assert.deepEqual(await mediaRows(t, agency, user.id), []);

    const small = await noiseJpeg(28, 28);
    assert.ok(small.length > 1024 && small.length <= 2048, `${small.length} bytes`);
    expectOk(await upload(t, agency, token, [{ bytes: small }]), 201, 'Media uploaded successfully');
    assert.equal((await mediaRows(t, agency, user.id)).length, 1);
  });
});
