import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import exifReader from 'exif-reader';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { documents, outbox } from '../../src/db/schema.js';
import { ManualClock } from '../../src/lib/clock.js';
import {
  CLIENT,
  call,
  createAgency,
  lastMessage,
  makeTestApp,
  registerClient,
  type TestAgency,
  type TestApp,
} from '../helpers/app.js';
import { expectError, expectOk, type Res } from '../helpers/envelope.js';
import { dateFromNow, type FilePart, jpegWithGps, multipart, pdf, png, uploadDocument } from '../helpers/uploads.js';

const DOCS = `${CLIENT}/documents`;
const FRONT = 'driver_license_front';
const BACK = 'driver_license_back';
const TYPES_MESSAGE = 'The file must be a file of type: jpg, png, pdf.';
const CORRUPT_MESSAGE = 'The file failed to upload.';
const LINK_INVALID = 'Invalid or expired file link';

interface DocView {
  id: number;
  type: string;
  url: string;
  status: string;
  verified_at: string | null;
  expires_at: string | null;
  uploaded_at: string;
  rejection_reason: string | null;
}

/** ISO-8601 UTC without milliseconds, as the API shows datetimes. */
function iso(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

async function jpegPart(): Promise<FilePart> {
  return { bytes: await jpegWithGps(), filename: 'licence.jpg', contentType: 'image/jpeg' };
}

async function pngPart(): Promise<FilePart> {
  return { bytes: await png(), filename: 'licence.png', contentType: 'image/png' };
}

/** A JPEG of pseudo-random pixels (so it does not compress away): its size grows with its sides. */
async function noiseJpeg(width: number, height: number): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  let seed = 12345;
  for (let i = 0; i < raw.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    raw[i] = seed >> 16;
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 95 })
    .toBuffer();
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

/** The bytes at rest (as the storage driver holds them), or null when the object is gone. */
async function storedBytes(t: TestApp, key: string): Promise<Buffer | null> {
  const stored = await t.deps.storage.get(key);
  if (!stored) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of stored.stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The files under a client's document folder on the local storage driver. */
function storedFiles(t: TestApp, agency: TestAgency, clientId: number): string[] {
  const root = t.deps.config.STORAGE_PATH ?? join(t.deps.config.DATA_DIR, 'files');
  try {
    return readdirSync(join(root, 'documents', String(agency.agency.id), String(clientId)));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

function documentRows(t: TestApp, agency: TestAgency, clientId: number) {
  return t.deps.database.db
    .select()
    .from(documents)
    .where(and(eq(documents.agencyId, agency.agency.id), eq(documents.clientId, clientId)));
}

async function expectNothingStored(t: TestApp, agency: TestAgency, clientId: number): Promise<void> {
  assert.deepEqual(await documentRows(t, agency, clientId), [], 'no document row');
  assert.deepEqual(storedFiles(t, agency, clientId), [], 'no stored file');
}

async function list(t: TestApp, agency: TestAgency, token: string) {
  return expectOk(await call(t, { url: DOCS, agency, token }), 200, 'Documents retrieved');
}

async function uploaded(
  t: TestApp,
  agency: TestAgency,
  token: string,
  fields: Record<string, string>,
  file: FilePart,
): Promise<DocView> {
  const body = expectOk(await uploadDocument(t, agency, token, fields, file), 201, 'Document uploaded successfully');
  return body.data as DocView;
}

function postRaw(t: TestApp, agency: TestAgency, token: string, body: Buffer, contentType: string) {
  return call(t, { method: 'POST', url: DOCS, agency, token, body, headers: { 'content-type': contentType } });
}

function expectInvalid(res: Res, errors: Record<string, string[]>) {
  return expectError(res, 422, 'Validation failed', errors);
}

/** Move the clock forward to the next time it is `hour`:00 UTC. */
function advanceToUtcHour(t: TestApp, hour: number): void {
  const now = t.clock.now();
  const next = new Date(now);
  next.setUTCHours(hour, 0, 0, 0);
  if (next <= now) next.setUTCDate(next.getUTCDate() + 1);
  t.clock.set(next);
}

describe('client documents', () => {
  let t: TestApp;

  before(async () => {
    t = await makeTestApp({ clock: new ManualClock('2026-03-10T09:30:15.250Z') });
  });

  after(async () => {
    await t.close();
  });

  describe('GET /documents', () => {
    it('lists nothing yet, with the default requirements in meta', async () => {
      const agency = await createAgency(t);
      const { token } = await registerClient(t, agency);

      const body = await list(t, agency, token);
      assert.deepEqual(body.data, []);
      assert.deepEqual(body.meta, {
        agency_id: agency.agency.id,
        agency_code: agency.agency.code,
        required_types: [FRONT, BACK],
        optional_types: ['id_card', 'passport'],
        missing_required: [FRONT, BACK],
      });
    });

    it("takes the required and optional types from the agency's settings", async () => {
      const custom = await createAgency(t, {
        settings: { documents: { required: ['passport'], optional: ['id_card'] } },
      });
      const me = await registerClient(t, custom);
      assert.deepEqual((await list(t, custom, me.token)).meta, {
        agency_id: custom.agency.id,
        agency_code: custom.agency.code,
        required_types: ['passport'],
        optional_types: ['id_card'],
        missing_required: ['passport'],
      });
      expectInvalid(await uploadDocument(t, custom, me.token, { type: FRONT }, await jpegPart()), {
        type: ['The selected type is invalid.'],
      });
      await expectNothingStored(t, custom, me.user.id);
      await uploaded(t, custom, me.token, { type: 'passport' }, await jpegPart());
      await t.deps.documents.review(custom.agency, me.user.id, 'passport', { approve: true });
      assert.deepEqual((await list(t, custom, me.token)).meta.missing_required, []);

      const relaxed = await createAgency(t, { settings: { features: { documents_required: false } } });
      const other = await registerClient(t, relaxed);
      const meta = (await list(t, relaxed, other.token)).meta;
      assert.deepEqual(meta.required_types, []);
      assert.deepEqual(meta.optional_types, [FRONT, BACK, 'id_card', 'passport']);
      assert.deepEqual(meta.missing_required, []);
    });
  });

  describe('POST /documents', () => {
    it('stores a JPEG encrypted and pending, and lists it', async () => {
      const agency = await createAgency(t);
      const { token, user } = await registerClient(t, agency);
      const expiry = dateFromNow(t, 400);

      const res = await uploadDocument(t, agency, token, { type: FRONT, expires_at: expiry }, await jpegPart());
      const body = expectOk(res, 201, 'Document uploaded successfully');
      assert.deepEqual(body.meta, { agency_id: agency.agency.id, agency_code: agency.agency.code });
      const [row, ...more] = await documentRows(t, agency, user.id);
      assert.ok(row);
      assert.equal(more.length, 0);
      assert.deepEqual(body.data, {
        id: row.id,
        type: FRONT,
        url: body.data.url,
        status: 'pending',
        verified_at: null,
        expires_at: expiry,
        uploaded_at: iso(t.clock.now()),
        rejection_reason: null,
      });
      assert.match(body.data.url, /^http:\/\/localhost(:80)?\/files\/[^?]+\?expires=\d+&signature=[0-9a-f]{64}$/);

      const key = keyOf(body.data.url);
      assert.equal(key, row.storageKey);
      assert.match(key, new RegExp(`^documents/${agency.agency.id}/${user.id}/[a-z0-9]{24}\\.jpg$`));
      assert.equal(row.contentType, 'image/jpeg');
      assert.equal(row.status, 'pending');
      assert.equal(row.expiresAt, expiry);

      const atRest = await storedBytes(t, key);
      assert.ok(atRest && atRest.length > 0, 'the file is stored');
      assert.notDeepEqual([...atRest.subarray(0, 2)], [0xff, 0xd8], 'not a plain JPEG at rest');
      assert.ok(!atRest.includes(Buffer.from('JFIF')) && !atRest.includes(Buffer.from('DaakeyTestCam')));
      assert.deepEqual(storedFiles(t, agency, user.id), [key.split('/').pop()]);

      const listed = await list(t, agency, token);
      assert.deepEqual(
        listed.data.map((d: DocView) => ({ ...d, url: keyOf(d.url) })),
        [{ ...body.data, url: key }],
      );
      assert.deepEqual(listed.meta.missing_required, [FRONT, BACK], 'pending is not verified');
    });

    it('removes EXIF (GPS position, camera make) and applies the orientation', async () => {
      const agency = await createAgency(t);
      const { token } = await registerClient(t, agency);
      const original = await jpegWithGps(64, 48);
      const originalExif = (await sharp(original).metadata()).exif;
      assert.ok(originalExif, 'the upload carries EXIF');
      const tags = exifReader(originalExif);
      assert.ok(tags.GPSInfo?.GPSLatitude, 'the upload carries a GPS latitude');
      assert.equal(tags.Image?.Make, 'DaakeyTestCam');

      const doc = await uploaded(t, agency, token, { type: FRONT }, { bytes: original });
      const served = await fetchLink(t, doc.url);
      assert.equal(served.statusCode, 200);
      assert.equal(served.headers['content-type'], 'image/jpeg');
      const bytes = served.rawPayload;
      assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xd8], 'a JPEG');
      const meta = await sharp(bytes).metadata();
      assert.equal(meta.format, 'jpeg');
      assert.equal(meta.width, 64);
      assert.equal(meta.height, 48);
      if (meta.exif) {
        const left = exifReader(meta.exif);
        assert.equal(left.GPSInfo, undefined, 'no GPS block');
        assert.equal(left.Image?.Make, undefined, 'no camera make');
      }
      assert.ok(!bytes.includes(Buffer.from('DaakeyTestCam')), 'the make is nowhere in the file');
      assert.ok(!bytes.includes(Buffer.from('GPS-1')), 'the model is nowhere in the file');

      // A photo taken sideways (EXIF orientation 6) is stored upright, without the tag.
      const sideways = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#884422' } })
        .jpeg()
        .withMetadata({ orientation: 6 })
        .toBuffer();
      assert.equal((await sharp(sideways).metadata()).orientation, 6);
      const upright = await uploaded(t, agency, token, { type: BACK }, { bytes: sideways });
      const rotated = await sharp((await fetchLink(t, upright.url)).rawPayload).metadata();
      assert.equal(rotated.width, 48);
      assert.equal(rotated.height, 64);
      assert.equal(rotated.orientation, undefined);
    });

    it('accepts PNG and PDF, served with their own content types', async () => {
      const agency = await createAgency(t);
      const { token, user } = await registerClient(t, agency);
      const pdfBytes = await pdf();

      const image = await uploaded(t, agency, token, { type: 'id_card' }, await pngPart());
      const paper = await uploaded(
        t,
        agency,
        token,
        { type: 'passport' },
        { bytes: pdfBytes, filename: 'passport.pdf', contentType: 'application/pdf' },
      );
      assert.match(keyOf(image.url), /\.png$/);
      assert.match(keyOf(paper.url), /\.pdf$/);

      const servedPng = await fetchLink(t, image.url);
      assert.equal(servedPng.statusCode, 200);
      assert.equal(servedPng.headers['content-type'], 'image/png');
      const meta = await sharp(servedPng.rawPayload).metadata();
      assert.deepEqual([meta.format, meta.width, meta.height], ['png', 32, 32]);

      const servedPdf = await fetchLink(t, paper.url);
      assert.equal(servedPdf.statusCode, 200);
      assert.equal(servedPdf.headers['content-type'], 'application/pdf');
      assert.equal(servedPdf.headers['x-content-type-options'], 'nosniff');
      assert.deepEqual(servedPdf.rawPayload, pdfBytes, 'a PDF is kept as uploaded');
      const atRest = await storedBytes(t, keyOf(paper.url));
      assert.ok(atRest && !atRest.includes(Buffer.from('%PDF')), 'encrypted at rest');

      const rows = await documentRows(t, agency, user.id);
      assert.deepEqual(rows.map((r) => [r.type, r.contentType]).sort(), [
        ['id_card', 'image/png'],
        ['passport', 'application/pdf'],
      ]);
    });

    it('replaces the document of the same type with a new pending one and removes the old file', async () => {
      const agency = await createAgency(t);
      const { token, user } = await registerClient(t, agency);
      const first = await uploaded(t, agency, token, { type: FRONT, expires_at: dateFromNow(t, 30) }, await jpegPart());
      await t.deps.documents.review(agency.agency, user.id, FRONT, { approve: true, number: 'OLD123' });
      const oldKey = keyOf(first.url);
      t.clock.advanceMinutes(5);

      const expiry = dateFromNow(t, 700);
      const second = await uploaded(t, agency, token, { type: FRONT, expires_at: expiry }, await pngPart());
      assert.equal(second.type, FRONT);
      assert.equal(second.status, 'pending');
      assert.equal(second.verified_at, null);
      assert.equal(second.expires_at, expiry);
      assert.equal(second.uploaded_at, iso(t.clock.now()));
      const newKey = keyOf(second.url);
      assert.notEqual(newKey, oldKey);
      assert.notEqual(second.url, first.url);
      assert.match(newKey, /\.png$/);

      const listed = (await list(t, agency, token)).data as DocView[];
      assert.equal(listed.length, 1, 'one document of the type');
      assert.equal(keyOf(listed[0]!.url), newKey);
      const rows = await documentRows(t, agency, user.id);
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.storageKey, newKey);
      assert.equal(rows[0]!.number, null, "the old licence's number went with it");

      assert.equal(await t.deps.storage.get(oldKey), null, 'the old file is removed');
      assert.ok(await storedBytes(t, newKey));
      assert.deepEqual(storedFiles(t, agency, user.id), [newKey.split('/').pop()]);
      expectError(await fetchLink(t, first.url), 404, 'File not found');
      assert.equal((await fetchLink(t, second.url)).statusCode, 200);

      const profile = expectOk(await call(t, { url: `${CLIENT}/profile`, agency, token }), 200, 'Profile retrieved');
      assert.deepEqual(profile.data.driver_license, { number: null, expiry_date: expiry, verified: false });
    });

    it('leaves one row and one stored file when uploads of one type run at the same time', async () => {
      const agency = await createAgency(t);
      const file = await jpegPart();
      // Several rounds, each a fresh client sending the same upload four times at once.
      for (let round = 0; round < 5; round++) {
        const { token, user } = await registerClient(t, agency);
        const results = await Promise.all(
          [1, 2, 3, 4].map(() => uploadDocument(t, agency, token, { type: 'id_card' }, file)),
        );
        for (const res of results) expectOk(res, 201, 'Document uploaded successfully');

        const listed = (await list(t, agency, token)).data as DocView[];
        assert.equal(listed.length, 1);
        const key = keyOf(listed[0]!.url);
        assert.ok(
          results.some((r) => keyOf(r.json().data.url) === key),
          'the kept document is one of the uploads',
        );
        assert.equal((await documentRows(t, agency, user.id)).length, 1);
        assert.deepEqual(
          storedFiles(t, agency, user.id),
          [key.split('/').pop()],
          `round ${round}: the replaced files are removed`,
        );
      }
    });

    it('requires type and file', async () => {
      const agency = await createAgency(t);
      const { token, user } = await registerClient(t, agency);

      expectInvalid(await uploadDocument(t, agency, token, { expires_at: dateFromNow(t, 10) }), {
        type: ['The type field is required.'],
        file: ['The file field is required.'],
      });
      expectInvalid(await uploadDocument(t, agency, token, { type: FRONT }), {
        file: ['The file field is required.'],
      });
      expectInvalid(await uploadDocument(t, agency, token, {}, await jpegPart()), {
        type: ['The type field is required.'],
      });
      expectInvalid(await uploadDocument(t, agency, token, { type: FRONT }, { bytes: Buffer.alloc(0) }), {
        file: ['The file field is required.'],
      });
      // A file sent under another name is not the file.
      expectInvalid(await uploadDocument(t, agency, token, { type: FRONT }, { ...(await jpegPart()), name: 'photo' }), {
        file: ['The file field is required.'],
      });
      await expectNothingStored(t, agency, user.id);
    });

    it('treats a blank type as missing: only the required message', async () => {
      const agency = await createAgency(t);
      const { token, user } = await registerClient(t, agency);

      for (const type of ['', '   ']) {
        const blank = multipart({ type });
        expectInvalid(await postRaw(t, agency, token, blank.body, blank.contentType), {
          type: ['The type field is required.'],
          file: ['The file field is required.'],
        });
      }
      await expectNothingStored(t, agency, user.id);
    });

    it('refuses an unknown type, reporting every field at once', async () => {
      const agency = await createAgency(t);
      const { token, user } = await registerClient(t, agency);

      expectInvalid(await uploadDocument(t, agency, token, { type: 'selfie' }, await jpegPart()), {
        type: ['The selected type is invalid.'],
      });
      expectInvalid(
        await uploadDocument(
          t,
          agency,
          token,
          { type: 'DRIVER_LICENSE_FRONT', expires_at: 'soon' },
          { bytes: Buffer.from('not a picture'), filename: 'x.jpg' },
        ),
        {
          type: ['The selected type is invalid.'],
          expires_at: ['The expires at is not a valid date.'],
          file: [TYPES_MESSAGE],
        },
      );
      await expectNothingStored(t, agency, user.id);
    });

    it('recognises the file type by its content, not its name or declared type', async () => {
      const agency = await createAgency(t);
      const { token, user } = await registerClient(t, agency);
      const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#ff0000' } })
        .gif()
        .toBuffer();
      assert.equal(gif.subarray(0, 6).toString(), 'GIF89a');

      const refused: FilePart[] = [
        { bytes: Buffer.from('just some text, honestly\n'), filename: 'x.jpg', contentType: 'image/jpeg' },
        { bytes: gif, filename: 'licence.jpg', contentType: 'image/jpeg' },
        { bytes: gif, filename: 'licence.gif', contentType: 'image/gif' },
        {
          bytes: Buffer.from('<html><script>alert(1)</script></html>'),
          filename: 'x.pdf',
          contentType: 'application/pdf',
        },
      ];
      for (const file of refused) {
        expectInvalid(await uploadDocument(t, agency, token, { type: FRONT }, file), { file: [TYPES_MESSAGE] });
      }
      await expectNothingStored(t, agency, user.id);

      // A real JPEG sent as "licence.pdf" (application/pdf) is a JPEG.
      const doc = await uploaded(
        t,
        agency,
        token,
        { type: FRONT },
        { bytes: await jpegWithGps(), filename: 'licence.pdf', contentType: 'application/pdf' },
      );
      assert.match(keyOf(doc.url), /\.jpg$/);
      assert.equal((await fetchLink(t, doc.url)).headers['content-type'], 'image/jpeg');
      assert.equal((await documentRows(t, agency, user.id))[0]?.contentType, 'image/jpeg');
    });

    it('refuses truncated images and PDFs', async () => {
      const agency = await createAgency(t);
      const { token, user } = await registerClient(t, agency);
      const jpeg = await jpegWithGps();
      const image = await png(64, 64);
      const paper = await pdf();

      const broken: FilePart[] = [
        { bytes: jpeg.subarray(0, 200), filename: 'cut.jpg' },
        { bytes: image.subarray(0, Math.floor(image.length / 2)), filename: 'cut.png', contentType: 'image/png' },
        { bytes: paper.subarray(0, Math.floor(paper.length / 2)), filename: 'cut.pdf', contentType: 'application/pdf' },
      ];
      for (const file of broken) {
        expectInvalid(await uploadDocument(t, agency, token, { type: FRONT }, file), { file: [CORRUPT_MESSAGE] });
      }
      await expectNothingStored(t, agency, user.id);
    });

    it("validates expires_at as a date after the agency's today", async () => {
      const agency = await createAgency(t);
      const { token, user } = await registerClient(t, agency);
      const after = 'The expires at must be a date after today.';
      const invalid = 'The expires at is not a valid date.';

      for (const [value, message] of [
        [dateFromNow(t, 0), after],
        [dateFromNow(t, -1), after],
        ['2020-01-01', after],
        ['2027-02-30', invalid],
        ['2027-13-01', invalid],
        ['31/12/2027', invalid],
        ['tomorrow', invalid],
      ] as const) {
        expectInvalid(await uploadDocument(t, agency, token, { type: FRONT, expires_at: value }, await jpegPart()), {
          expires_at: [message],
        });
      }
      await expectNothingStored(t, agency, user.id);

      const tomorrow = dateFromNow(t, 1);
      assert.equal(
        (await uploaded(t, agency, token, { type: FRONT, expires_at: tomorrow }, await jpegPart())).expires_at,
        tomorrow,
      );
      assert.equal(
        (await uploaded(t, agency, token, { type: BACK, expires_at: '' }, await jpegPart())).expires_at,
        null,
      );

      // At 12:00 UTC it is already tomorrow in Kiritimati (UTC+14): that date is its today.
      advanceToUtcHour(t, 12);
      const ahead = await createAgency(t, { timezone: 'Pacific/Kiritimati' });
      const far = await registerClient(t, ahead);
      expectInvalid(
        await uploadDocument(t, ahead, far.token, { type: FRONT, expires_at: dateFromNow(t, 1) }, await jpegPart()),
        { expires_at: [after] },
      );
      await uploaded(t, ahead, far.token, { type: FRONT, expires_at: dateFromNow(t, 2) }, await jpegPart());
    });

    it('reads a JSON body as a form without a file', async () => {
      const agency = await createAgency(t);
      const { token, user } = await registerClient(t, agency);

      expectInvalid(await call(t, { method: 'POST', url: DOCS, agency, token, body: {} }), {
        type: ['The type field is required.'],
        file: ['The file field is required.'],
      });
      const base64 = (await jpegWithGps()).toString('base64');
      expectInvalid(await call(t, { method: 'POST', url: DOCS, agency, token, body: { type: FRONT, file: base64 } }), {
        file: ['The file field is required.'],
      });
      await expectNothingStored(t, agency, user.id);
    });

    it('answers 400 to a malformed multipart body', async () => {
      const agency = await createAgency(t);
      const { token, user } = await registerClient(t, agency);
      const { body, contentType } = multipart({ type: FRONT }, [await jpegPart()]);
      const boundary = contentType.split('boundary=')[1]!;
      const closing = body.lastIndexOf(Buffer.from(`--${boundary}--`));

      const cases: Array<[string, Buffer, string]> = [
        ['cut in the middle of the file', body.subarray(0, Math.floor(body.length / 2)), contentType],
        ['no closing boundary', body.subarray(0, closing), contentType],
        ['cut inside the part headers', body.subarray(0, 60), contentType],
        ['not multipart at all', Buffer.from('hello world'), contentType],
        ['no boundary in the content type', body, 'multipart/form-data'],
      ];
      for (const [label, payload, type] of cases) {
        const res = await postRaw(t, agency, token, payload, type);
        assert.equal(res.statusCode, 400, `${label}: ${res.body}`);
        expectError(res, 400, 'Malformed multipart/form-data body');
      }
      await expectNothingStored(t, agency, user.id);
    });

    it('answers 413 to two files', async () => {
      const agency = await createAgency(t);
      const { token, user } = await registerClient(t, agency);

      for (const second of [await pngPart(), { ...(await pngPart()), name: 'back' }]) {
        const { body, contentType } = multipart({ type: FRONT }, [await jpegPart(), second]);
        expectError(await postRaw(t, agency, token, body, contentType), 413, 'Payload too large');
      }
      await expectNothingStored(t, agency, user.id);
    });
  });

  describe('DELETE /documents/{type}', () => {
    it('deletes the document and its stored file', async () => {
      const agency = await createAgency(t);
      const { token, user } = await registerClient(t, agency);
      const front = await uploaded(t, agency, token, { type: FRONT }, await jpegPart());
      const card = await uploaded(t, agency, token, { type: 'id_card' }, await pngPart());
      const key = keyOf(front.url);

      const body = expectOk(
        await call(t, { method: 'DELETE', url: `${DOCS}/${FRONT}`, agency, token }),
        200,
        'Document deleted successfully',
      );
      assert.equal(body.data, null);

      const listed = (await list(t, agency, token)).data as DocView[];
      assert.deepEqual(
        listed.map((d) => d.type),
        ['id_card'],
      );
      assert.deepEqual(
        (await documentRows(t, agency, user.id)).map((r) => r.type),
        ['id_card'],
      );
      assert.equal(await t.deps.storage.get(key), null, 'the file is removed');
      assert.deepEqual(storedFiles(t, agency, user.id), [keyOf(card.url).split('/').pop()]);
      expectError(await fetchLink(t, front.url), 404, 'File not found');
      const jobs = await t.deps.database.db
        .select()
        .from(outbox)
        .where(and(eq(outbox.agencyId, agency.agency.id), eq(outbox.kind, 'file_delete'), eq(outbox.recipient, key)));
      assert.equal(jobs.length, 1, 'a retryable delete job backs the removal');

      expectError(
        await call(t, { method: 'DELETE', url: `${DOCS}/${FRONT}`, agency, token }),
        404,
        'Document not found',
      );
    });

    it('answers 404 for a type not on file', async () => {
      const agency = await createAgency(t);
      const { token } = await registerClient(t, agency);
      await uploaded(t, agency, token, { type: FRONT }, await jpegPart());

      for (const type of [BACK, 'passport', 'no_such_type', 'x'.repeat(100)]) {
        expectError(
          await call(t, { method: 'DELETE', url: `${DOCS}/${type}`, agency, token }),
          404,
          'Document not found',
        );
      }
      assert.equal((await list(t, agency, token)).data.length, 1);
    });

    it('answers a path that is not valid UTF-8 in the error envelope', async () => {
      const agency = await createAgency(t);
      const { token } = await registerClient(t, agency);

      for (const bad of ['%E2%82', '%C0%AF', '%FF']) {
        const res = await call(t, { method: 'DELETE', url: `${DOCS}/${bad}`, agency, token });
        expectError(res, 400, 'Bad request');
      }
    });
  });

  describe('GET /files/<key>', () => {
    it('serves the decrypted file without headers until the link expires', async () => {
      const agency = await createAgency(t);
      const { token } = await registerClient(t, agency);
      const sent = await png(40, 20);
      const doc = await uploaded(t, agency, token, { type: 'id_card' }, { bytes: sent, contentType: 'image/png' });
      const nowSeconds = Math.floor(t.clock.now().getTime() / 1000);
      const expires = Number(new URL(doc.url).searchParams.get('expires'));
      assert.equal(expires % 60, 0, 'rounded to the minute');
      assert.ok(expires - nowSeconds >= 900 && expires - nowSeconds < 960, `${expires - nowSeconds} s`);

      const res = await fetchLink(t, doc.url);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'image/png');
      assert.equal(res.headers['cache-control'], `private, max-age=${expires - nowSeconds}`);
      const served = await sharp(res.rawPayload).raw().toBuffer({ resolveWithObject: true });
      const original = await sharp(sent).raw().toBuffer({ resolveWithObject: true });
      assert.deepEqual([served.info.width, served.info.height], [40, 20]);
      assert.deepEqual(served.data, original.data, 'the same pixels');
      assert.ok(await storedBytes(t, keyOf(doc.url)));

      t.clock.set(new Date((expires - 1) * 1000));
      assert.equal((await fetchLink(t, doc.url)).statusCode, 200, 'valid through its last second');
      t.clock.set(new Date(expires * 1000));
      expectError(await fetchLink(t, doc.url), 403, LINK_INVALID);
      t.clock.advanceMinutes(60);
      expectError(await fetchLink(t, doc.url), 403, LINK_INVALID);

      const fresh = ((await list(t, agency, token)).data as DocView[])[0]!;
      assert.notEqual(fresh.url, doc.url);
      assert.equal((await fetchLink(t, fresh.url)).statusCode, 200, 'a new listing gives a working link');
    });

    it('refuses tampered or incomplete links', async () => {
      const agency = await createAgency(t);
      const { token } = await registerClient(t, agency);
      const mine = await uploaded(t, agency, token, { type: FRONT }, await jpegPart());
      const other = await uploaded(t, agency, token, { type: BACK }, await jpegPart());
      const u = new URL(mine.url);
      const key = keyOf(mine.url);
      const expires = u.searchParams.get('expires')!;
      const signature = u.searchParams.get('signature')!;
      const flipped = signature.slice(0, -1) + (signature.endsWith('0') ? '1' : '0');

      const bad = [
        `/files/${key}?expires=${expires}&signature=${flipped}`,
        `/files/${key}?expires=${expires}&signature=${signature.toUpperCase()}`,
        `/files/${keyOf(other.url)}?expires=${expires}&signature=${signature}`,
        `/files/${key.replace(/\.jpg$/, '.png')}?expires=${expires}&signature=${signature}`,
        `/files/${key}?expires=${Number(expires) + 60}&signature=${signature}`,
        `/files/${key}?signature=${signature}`,
        `/files/${key}?expires=${expires}`,
        `/files/${key}`,
        `/files/${key}?expires=${expires}&signature=`,
        `/files/${key}?expires=${expires}&expires=${expires}&signature=${signature}`,
      ];
      for (const url of bad) {
        const res = await t.app.inject({ method: 'GET', url });
        assert.equal(res.statusCode, 403, `${url}: ${res.body}`);
        expectError(res, 403, LINK_INVALID);
      }
      assert.equal((await fetchLink(t, mine.url)).statusCode, 200, 'the real link still works');
    });
  });

  describe('review and the profile', () => {
    it("drives the profile's driver_license and missing_required", async () => {
      const agency = await createAgency(t);
      const { token, user, input } = await registerClient(t, agency);
      const profile = async () =>
        expectOk(await call(t, { url: `${CLIENT}/profile`, agency, token }), 200, 'Profile retrieved').data
          .driver_license;
      assert.deepEqual(await profile(), { number: null, expiry_date: null, verified: false });

      const expiry = dateFromNow(t, 30);
      await uploaded(t, agency, token, { type: FRONT, expires_at: expiry }, await jpegPart());
      await uploaded(t, agency, token, { type: BACK, expires_at: expiry }, await jpegPart());
      assert.deepEqual(await profile(), { number: null, expiry_date: expiry, verified: false });

      t.clock.advanceMinutes(10);
      const reviewedAt = t.clock.now();
      await t.deps.documents.review(agency.agency, user.id, FRONT, { approve: true, number: 'D1234567' });
      assert.deepEqual(await profile(), { number: 'D1234567', expiry_date: expiry, verified: false });
      const mail = await lastMessage(t, input.email);
      assert.equal(mail.kind, 'document_approved');
      assert.equal(mail.subject, 'Your driver license front has been verified');
      let body = await list(t, agency, token);
      assert.deepEqual(body.meta.missing_required, [BACK]);
      const front = (body.data as DocView[]).find((d) => d.type === FRONT)!;
      assert.equal(front.status, 'verified');
      assert.equal(front.verified_at, iso(reviewedAt));
      assert.equal(front.rejection_reason, null);

      await t.deps.documents.review(agency.agency, user.id, BACK, { approve: true });
      assert.deepEqual(await profile(), { number: 'D1234567', expiry_date: expiry, verified: true });
      body = await list(t, agency, token);
      assert.deepEqual(body.meta.missing_required, []);
      assert.deepEqual(
        (body.data as DocView[]).map((d) => d.status),
        ['verified', 'verified'],
      );

      // Valid through its expiry date, expired the day after.
      t.clock.advance(30 * 86_400_000);
      assert.equal(dateFromNow(t, 0), expiry);
      assert.equal((await profile()).verified, true);
      t.clock.advance(86_400_000);
      assert.deepEqual(await profile(), { number: 'D1234567', expiry_date: expiry, verified: false });
      assert.deepEqual((await list(t, agency, token)).meta.missing_required, [FRONT, BACK]);
    });

    it('shows a rejection with its reason, emails the client, and a new upload resets it', async () => {
      const agency = await createAgency(t);
      const { token, user, input } = await registerClient(t, agency);
      await uploaded(t, agency, token, { type: FRONT }, await jpegPart());
      const reason = 'The photo is blurry; the licence number cannot be read.';

      await t.deps.documents.review(agency.agency, user.id, FRONT, { approve: false, reason });
      const body = await list(t, agency, token);
      const doc = (body.data as DocView[])[0]!;
      assert.equal(doc.status, 'rejected');
      assert.equal(doc.rejection_reason, reason);
      assert.equal(doc.verified_at, null);
      assert.deepEqual(body.meta.missing_required, [FRONT, BACK]);
      const [row] = await documentRows(t, agency, user.id);
      assert.equal(row?.status, 'rejected');
      assert.equal(row?.rejectionReason, reason);

      const mail = await lastMessage(t, input.email);
      assert.equal(mail.kind, 'document_rejected');
      assert.equal(mail.subject, 'Your driver license front needs attention');
      assert.ok(mail.body.includes(reason), mail.body);
      assert.ok(mail.body.includes(input.name), mail.body);

      const again = await uploaded(t, agency, token, { type: FRONT }, await pngPart());
      assert.equal(again.status, 'pending');
      assert.equal(again.rejection_reason, null);
      assert.equal((await documentRows(t, agency, user.id))[0]?.rejectionReason, null);
    });
  });

  describe('access', () => {
    it('another client of the agency cannot see or delete my documents', async () => {
      const agency = await createAgency(t);
      const me = await registerClient(t, agency);
      const other = await registerClient(t, agency);
      const mine = await uploaded(t, agency, me.token, { type: FRONT }, await jpegPart());
      const theirs = await uploaded(t, agency, other.token, { type: 'id_card' }, await pngPart());

      const listed = (await list(t, agency, other.token)).data as DocView[];
      assert.deepEqual(
        listed.map((d) => d.id),
        [theirs.id],
      );
      expectError(
        await call(t, { method: 'DELETE', url: `${DOCS}/${FRONT}`, agency, token: other.token }),
        404,
        'Document not found',
      );

      const still = (await list(t, agency, me.token)).data as DocView[];
      assert.deepEqual(
        still.map((d) => d.id),
        [mine.id],
      );
      assert.ok(await storedBytes(t, keyOf(mine.url)));
      assert.equal((await documentRows(t, agency, me.user.id)).length, 1);
    });

    it('a client of another agency cannot see or delete my documents', async () => {
      const agency = await createAgency(t);
      const elsewhere = await createAgency(t);
      const me = await registerClient(t, agency);
      const stranger = await registerClient(t, elsewhere);
      const mine = await uploaded(t, agency, me.token, { type: FRONT }, await jpegPart());

      const body = await list(t, elsewhere, stranger.token);
      assert.deepEqual(body.data, []);
      assert.equal(body.meta.agency_id, elsewhere.agency.id);
      expectError(
        await call(t, { method: 'DELETE', url: `${DOCS}/${FRONT}`, agency: elsewhere, token: stranger.token }),
        404,
        'Document not found',
      );
      assert.equal((await documentRows(t, agency, me.user.id)).length, 1);
      assert.ok(await storedBytes(t, keyOf(mine.url)));
    });

    it("refuses my token under another agency's signature", async () => {
      const agency = await createAgency(t);
      const elsewhere = await createAgency(t);
      const me = await registerClient(t, agency);
      const mine = await uploaded(t, agency, me.token, { type: FRONT }, await jpegPart());

      expectError(await call(t, { url: DOCS, agency: elsewhere, token: me.token }), 401, 'Unauthenticated');
      expectError(
        await call(t, { method: 'DELETE', url: `${DOCS}/${FRONT}`, agency: elsewhere, token: me.token }),
        401,
        'Unauthenticated',
      );
      expectError(
        await uploadDocument(t, elsewhere, me.token, { type: BACK }, await jpegPart()),
        401,
        'Unauthenticated',
      );
      expectError(await call(t, { url: DOCS, agency }), 401, 'Unauthenticated');

      const rows = await documentRows(t, agency, me.user.id);
      assert.deepEqual(
        rows.map((r) => r.type),
        [FRONT],
      );
      assert.ok(await storedBytes(t, keyOf(mine.url)));
      assert.deepEqual(storedFiles(t, elsewhere, me.user.id), []);
    });
  });
});

describe('uploads that cost too much to process', () => {
  let t: TestApp;
  before(async () => {
    t = await makeTestApp();
  });
  after(() => t.close());

  it('refuses a PDF without pages, a PDF over 20 pages and an image over 40 megapixels, storing nothing', async () => {
    const agency = await createAgency(t);
    const { token, user } = await registerClient(t, agency);
    const empty = Buffer.from(await (await PDFDocument.create()).save({ addDefaultPage: false }));
    expectInvalid(await uploadDocument(t, agency, token, { type: FRONT }, { bytes: empty, filename: 'a.pdf' }), {
      file: ['The file failed to upload.'],
    });
    const long = await PDFDocument.create();
    for (let i = 0; i < 21; i++) long.addPage([100, 100]);
    const longBytes = Buffer.from(await long.save());
    expectInvalid(await uploadDocument(t, agency, token, { type: FRONT }, { bytes: longBytes, filename: 'b.pdf' }), {
      file: ['The file must not have more than 20 pages.'],
    });
    // 8000 x 5001 = 40.008 MP of one colour: a few KB on the wire, 120 MB once decoded.
    const huge = await sharp({ create: { width: 8000, height: 5001, channels: 3, background: '#ffffff' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expectInvalid(await uploadDocument(t, agency, token, { type: FRONT }, { bytes: huge, filename: 'c.png' }), {
      file: ['The file has invalid image dimensions.'],
    });
    await expectNothingStored(t, agency, user.id);
  });

  it('refuses a PDF whose page tree repeats itself, and one of a hundred thousand objects', async () => {
    const agency = await createAgency(t);
    const { token, user } = await registerClient(t, agency);
    // 40 levels of /Pages each listing the next twice: 2^40 pages claimed by a 2 KB file.
    const objs = ['<< /Type /Catalog /Pages 2 0 R >>'];
    for (let i = 0; i < 40; i++) objs.push(`<< /Type /Pages /Kids [${i + 3} 0 R ${i + 3} 0 R] /Count 2 >>`);
    objs.push('<< /Type /Page /MediaBox [0 0 10 10] >>');
    const bomb = rawPdf(objs);
    const many = rawPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /MediaBox [0 0 10 10] /Parent 2 0 R >>',
      ...Array.from({ length: 100_000 }, () => '[1 2 3]'),
    ]);
    for (const bytes of [bomb, many]) {
      expectInvalid(await uploadDocument(t, agency, token, { type: FRONT }, { bytes, filename: 'x.pdf' }), {
        file: ['The file failed to upload.'],
      });
    }
    await expectNothingStored(t, agency, user.id);
  });
});

/** A PDF written by hand from object bodies (1-based), with a valid cross-reference table. */
function rawPdf(objs: string[]): Buffer {
  const parts = ['%PDF-1.4\n'];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objs.forEach((o, i) => {
    offsets.push(length);
    const part = `${i + 1} 0 obj\n${o}\nendobj\n`;
    parts.push(part);
    length += part.length;
  });
  const xref = length;
  parts.push(`xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`);
  for (const o of offsets) parts.push(`${String(o).padStart(10, '0')} 00000 n \n`);
  parts.push(`trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.from(parts.join(''));
}

describe('document size limit', () => {
  let t: TestApp;

  before(async () => {
    t = await makeTestApp({ env: { DOCUMENT_MAX_BYTES: '2048', BODY_LIMIT_BYTES: '1024' } });
  });

  after(async () => {
    await t.close();
  });

  it('refuses a file over DOCUMENT_MAX_BYTES and stores nothing', async () => {
    const agency = await createAgency(t);
    const { token, user } = await registerClient(t, agency);
    const big = await noiseJpeg(64, 64);
    assert.ok(big.length > 2048, `${big.length} bytes`);

    expectInvalid(await uploadDocument(t, agency, token, { type: FRONT }, { bytes: big }), {
      file: ['The file must not be greater than 2 kilobytes.'],
    });
    expectInvalid(await uploadDocument(t, agency, token, { type: 'selfie' }, { bytes: big }), {
      type: ['The selected type is invalid.'],
      file: ['The file must not be greater than 2 kilobytes.'],
    });
    await expectNothingStored(t, agency, user.id);
  });

  it('accepts a file over BODY_LIMIT_BYTES within DOCUMENT_MAX_BYTES', async () => {
    const agency = await createAgency(t);
    const { token, user } = await registerClient(t, agency);
    const file = await noiseJpeg(28, 28);
    assert.ok(file.length > 1024 && file.length <= 2048, `${file.length} bytes`);

    const doc = await uploaded(t, agency, token, { type: FRONT }, { bytes: file });
    assert.equal(doc.status, 'pending');
    assert.equal((await documentRows(t, agency, user.id)).length, 1);
    assert.equal((await fetchLink(t, doc.url)).statusCode, 200);
  });
});
