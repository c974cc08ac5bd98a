/**
 * S3FileStorage against a loopback stand-in for S3 (node:http, path-style `/{bucket}/{key}`). Nothing is
 * mocked on the client side: the real @aws-sdk/client-s3 signs (SigV4) and sends every request over TCP,
 * and the stand-in verifies the signature with the configured secret as S3 does.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { S3FileStorage, type S3StorageOptions } from '../../src/providers/storage/s3.storage.js';

const BUCKET = 'daakey-files';
const REGION = 'eu-west-3';
const ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

// ---------------------------------------------------------------------------------------------
// Loopback "S3"

interface StoredObject {
  body: Buffer;
  contentType: string;
  etag: string;
}

interface S3Request {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  /** The object key (URL-decoded), or null when the path names no bucket/key. */
  key: string | null;
  status: number;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** RFC 3986 encoding, as SigV4 wants for the canonical query string. */
const rfc3986 = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function headerValue(headers: IncomingMessage['headers'], name: string): string {
  const v = headers[name];
  return Array.isArray(v) ? v.join(',') : (v ?? '');
}

/** Why a request fails SigV4 verification (S3 error code and message), or null when it is valid. */
function checkSigV4(req: IncomingMessage, body: Buffer): { code: string; message: string } | null {
  const auth = headerValue(req.headers, 'authorization');
  const m =
    /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(
      auth,
    );
  if (!m) return { code: 'AccessDenied', message: 'Access Denied' };
  const [, accessKeyId, date, region, signedHeaders, signature] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (accessKeyId !== ACCESS_KEY_ID) return { code: 'AccessDenied', message: 'Access Denied' };
  if (region !== REGION) return { code: 'AuthorizationHeaderMalformed', message: `region must be ${REGION}` };
  const amzDate = headerValue(req.headers, 'x-amz-date');
  if (!amzDate.startsWith(date)) return { code: 'AccessDenied', message: 'x-amz-date does not match the scope' };
  const names = signedHeaders.split(';');
  if (!names.includes('host') || !names.includes('x-amz-date') || !names.includes('x-amz-content-sha256'))
    return { code: 'AccessDenied', message: 'host, x-amz-date and x-amz-content-sha256 must be signed' };

  const payloadHash = headerValue(req.headers, 'x-amz-content-sha256');
  if (payloadHash !== 'UNSIGNED-PAYLOAD' && payloadHash !== sha256(body))
    return { code: 'XAmzContentSHA256Mismatch', message: 'The provided x-amz-content-sha256 does not match' };

  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const path = q >= 0 ? url.slice(0, q) : url;
  const query = (q >= 0 ? url.slice(q + 1) : '')
    .split('&')
    .filter((p) => p !== '')
    .map((p) => {
      const eq = p.indexOf('=');
      const k = decodeURIComponent(eq >= 0 ? p.slice(0, eq) : p);
      const v = decodeURIComponent(eq >= 0 ? p.slice(eq + 1) : '');
      return [rfc3986(k), rfc3986(v)] as const;
    })
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const canonicalHeaders = names
    .map((n) => `${n}:${headerValue(req.headers, n).trim().replace(/\s+/g, ' ')}\n`)
    .join('');
  const canonicalRequest = [req.method, path, query, canonicalHeaders, signedHeaders, payloadHash].join('\n');
  const scope = `${date}/${region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${SECRET_ACCESS_KEY}`, date), region), 's3'), 'aws4_request');
  if (createHmac('sha256', signingKey).update(stringToSign).digest('hex') !== signature)
    return { code: 'SignatureDoesNotMatch', message: 'The request signature we calculated does not match' };
  return null;
}

class FakeS3 {
  readonly objects = new Map<string, StoredObject>();
  readonly requests: S3Request[] = [];
  /** Answer 404 NoSuchKey (as some S3-compatible stores do) instead of 204 to a DELETE of a missing key. */
  deleteMissingAs404 = false;
  private server: Server | undefined;
  port = 0;

  async start(): Promise<number> {
    const server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return this.port;
  }

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const path = (req.url ?? '/').split('?')[0]!;
    const m = /^\/([^/]+)\/(.+)$/.exec(path);
    const bucket = m ? decodeURIComponent(m[1]!) : null;
    const key = m ? m[2]!.split('/').map(decodeURIComponent).join('/') : null;
    const record: S3Request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, key, status: 0 };
    this.requests.push(record);
    const requestId = randomBytes(8).toString('hex').toUpperCase();

    const error = (status: number, code: string, message: string) => {
      record.status = status;
      const xml =
        `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message>` +
        `${key !== null ? `<Key>${key}</Key>` : ''}<RequestId>${requestId}</RequestId></Error>`;
      res.writeHead(status, {
        'content-type': 'application/xml',
        'content-length': Buffer.byteLength(xml),
        'x-amz-request-id': requestId,
      });
      // S3 sends no body on HEAD; every other error carries the XML document.
      res.end(req.method === 'HEAD' ? undefined : xml);
    };

    const denied = checkSigV4(req, body);
    if (denied) return error(403, denied.code, denied.message);
    // A store that predates flexible checksums cannot decode aws-chunked uploads with trailers.
    if (headerValue(req.headers, 'content-encoding').includes('aws-chunked'))
      return error(501, 'NotImplemented', 'aws-chunked encoding is not supported');
    if (bucket === null || key === null) return error(400, 'InvalidRequest', 'path-style /{bucket}/{key} only');
    if (bucket !== BUCKET) return error(404, 'NoSuchBucket', 'The specified bucket does not exist');

    switch (req.method) {
      case 'PUT': {
        const etag = `"${createHash('md5').update(body).digest('hex')}"`;
        this.objects.set(key, {
          body,
          contentType: headerValue(req.headers, 'content-type') || 'binary/octet-stream',
          etag,
        });
        record.status = 200;
        res.writeHead(200, { etag, 'x-amz-request-id': requestId, 'content-length': 0 });
        res.end();
        return;
      }
      case 'GET': {
        const obj = this.objects.get(key);
        if (!obj) return error(404, 'NoSuchKey', 'The specified key does not exist.');
        record.status = 200;
        res.writeHead(200, {
          'content-type': obj.contentType,
          'content-length': obj.body.length,
          etag: obj.etag,
          'last-modified': new Date().toUTCString(),
          'accept-ranges': 'bytes',
          'x-amz-request-id': requestId,
        });
        res.end(obj.body);
        return;
      }
      case 'DELETE': {
        const existed = this.objects.delete(key);
        if (!existed && this.deleteMissingAs404) return error(404, 'NoSuchKey', 'The specified key does not exist.');
        record.status = 204;
        res.writeHead(204, { 'x-amz-request-id': requestId });
        res.end();
        return;
      }
      default:
        return error(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
    }
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

// ---------------------------------------------------------------------------------------------

describe('S3FileStorage against a loopback S3', () => {
  const s3 = new FakeS3();
  const clients: S3FileStorage[] = [];
  let storage: S3FileStorage;

  const make = (overrides: Partial<S3StorageOptions> = {}): S3FileStorage => {
    const s = new S3FileStorage({
      bucket: BUCKET,
      region: REGION,
      endpoint: s3.endpoint,
      accessKeyId: ACCESS_KEY_ID,
      secretAccessKey: SECRET_ACCESS_KEY,
      forcePathStyle: true,
      ...overrides,
    });
    clients.push(s);
    return s;
  };

  before(async () => {
    await s3.start();
    storage = make();
  });

  after(async () => {
    for (const c of clients) c.close();
    await s3.stop();
  });

  it('round-trips the bytes and the content type through signed requests', async () => {
    assert.equal(storage.name, 's3');
    const body = randomBytes(300_000);
    const key = 'agency-1/drivers/42/licence-front.jpg';
    const from = s3.requests.length;
    await storage.put(key, body, 'image/jpeg');

    const stored = s3.objects.get(key);
    assert.ok(stored, 'the stand-in holds the object under the key as given');
    assert.ok(stored.body.equals(body), 'bytes stored as sent');
    assert.equal(stored.contentType, 'image/jpeg');

    const file = await storage.get(key);
    assert.ok(file);
    assert.ok(file.stream instanceof Readable, 'the body is a Node Readable');
    assert.equal(file.size, body.length);
    assert.ok((await readAll(file.stream)).equals(body), 'bytes read back identical');

    const reqs = s3.requests.slice(from);
    assert.deepEqual(
      reqs.map((r) => [r.method, r.url.split('?')[0], r.status]),
      [
        ['PUT', `/${BUCKET}/${key}`, 200],
        ['GET', `/${BUCKET}/${key}`, 200],
      ],
    );
    for (const r of reqs) {
      assert.match(
        headerValue(r.headers, 'authorization'),
        new RegExp(`^AWS4-HMAC-SHA256 Credential=${ACCESS_KEY_ID}/\\d{8}/${REGION}/s3/aws4_request,`),
      );
      // WHEN_REQUIRED: no flexible-checksum headers or trailers, which older compatible stores refuse.
      const extra = Object.keys(r.headers).filter(
        (h) => h.startsWith('x-amz-checksum-') || h === 'x-amz-sdk-checksum-algorithm' || h === 'x-amz-trailer',
      );
      assert.deepEqual(extra, [], `${r.method}: no checksum headers`);
      assert.equal(r.headers['x-amz-checksum-mode'], undefined);
      assert.equal(r.headers['x-amz-server-side-encryption'], undefined, 'SSE header not sent');
    }
    assert.equal(reqs[0]!.headers['content-type'], 'image/jpeg');
    assert.equal(reqs[0]!.headers['content-length'], String(body.length));
  });

  it('overwrites an object', async () => {
    await storage.put('over/write.txt', Buffer.from('first version'), 'text/plain');
    await storage.put('over/write.txt', Buffer.from('second'), 'text/plain; charset=utf-8');
    const file = await storage.get('over/write.txt');
    assert.ok(file);
    assert.equal((await readAll(file.stream)).toString(), 'second');
    assert.equal(s3.objects.get('over/write.txt')?.contentType, 'text/plain; charset=utf-8');
  });

  it('stores an empty object', async () => {
    await storage.put('empty.txt', Buffer.alloc(0), 'text/plain');
    const file = await storage.get('empty.txt');
    assert.ok(file);
    assert.equal(file.size, 0);
    assert.equal((await readAll(file.stream)).length, 0);
  });

  it('answers null for a missing key (404 NoSuchKey)', async () => {
    const from = s3.requests.length;
    assert.equal(await storage.get('no/such/key.pdf'), null);
    assert.deepEqual(
      s3.requests.slice(from).map((r) => [r.method, r.status]),
      [['GET', 404]],
      'one request, not retried',
    );
  });

  it('throws, rather than answering null, when the bucket does not exist', async () => {
    const wrongBucket = make({ bucket: 'no-such-bucket' });
    await assert.rejects(wrongBucket.get('x.jpg'), { name: 'NoSuchBucket' });
  });

  it('deletes an object; deleting a missing one is not an error', async () => {
    await storage.put('del/me.txt', Buffer.from('bye'), 'text/plain');
    assert.ok(s3.objects.has('del/me.txt'));
    const from = s3.requests.length;
    await storage.delete('del/me.txt');
    assert.deepEqual(
      s3.requests.slice(from).map((r) => [r.method, r.url.split('?')[0], r.status]),
      [['DELETE', `/${BUCKET}/del/me.txt`, 204]],
    );
    assert.equal(s3.objects.has('del/me.txt'), false);
    assert.equal(await storage.get('del/me.txt'), null);
    await storage.delete('del/me.txt');
    s3.deleteMissingAs404 = true;
    try {
      await storage.delete('del/me.txt');
      assert.equal(s3.requests.at(-1)?.status, 404, 'the stand-in did answer 404');
    } finally {
      s3.deleteMissingAs404 = false;
    }
  });

  it('puts every key under the prefix', async () => {
    const prefixed = make({ prefix: '/tenants/acme/' });
    await prefixed.put('docs/contract.pdf', Buffer.from('%PDF-1.7'), 'application/pdf');
    assert.deepEqual(s3.objects.get('tenants/acme/docs/contract.pdf')?.body, Buffer.from('%PDF-1.7'));
    assert.equal(s3.objects.has('docs/contract.pdf'), false);
    assert.equal(s3.requests.at(-1)?.url.split('?')[0], `/${BUCKET}/tenants/acme/docs/contract.pdf`);

    const file = await prefixed.get('docs/contract.pdf');
    assert.ok(file);
    assert.equal((await readAll(file.stream)).toString(), '%PDF-1.7');
    assert.equal(await storage.get('docs/contract.pdf'), null, 'not visible without the prefix');
    const raw = await storage.get('tenants/acme/docs/contract.pdf');
    assert.ok(raw);
    await readAll(raw.stream);

    await prefixed.delete('docs/contract.pdf');
    assert.equal(s3.objects.has('tenants/acme/docs/contract.pdf'), false);

    assert.throws(() => make({ prefix: 'a/../b' }), /invalid S3 storage prefix/);
    assert.throws(() => make({ prefix: 'a//b' }), /invalid S3 storage prefix/);
  });

  it('rejects the put when the access key is wrong (403 AccessDenied)', async () => {
    const wrong = make({ accessKeyId: 'AKIAWRONGWRONGWRONG0' });
    const from = s3.requests.length;
    await assert.rejects(wrong.put('denied.txt', Buffer.from('x'), 'text/plain'), (err: unknown) => {
      assert.ok(err instanceof Error);
      assert.equal(err.name, 'AccessDenied');
      return true;
    });
    assert.equal(s3.objects.has('denied.txt'), false);
    assert.deepEqual(
      s3.requests.slice(from).map((r) => r.status),
      [403],
      'reached the stand-in once, not retried',
    );
  });

  it('rejects the put when the secret is wrong (the stand-in checks the signature)', async () => {
    const wrong = make({ secretAccessKey: 'not-the-secret' });
    await assert.rejects(wrong.put('forged.txt', Buffer.from('x'), 'text/plain'), { name: 'SignatureDoesNotMatch' });
    assert.equal(s3.objects.has('forged.txt'), false);
    // The get path must not turn a 403 into "missing".
    await assert.rejects(wrong.get('agency-1/drivers/42/licence-front.jpg'), { name: 'SignatureDoesNotMatch' });
  });

  it('refuses unsafe keys before sending any request', async () => {
    const from = s3.requests.length;
    const unsafe = ['', '../x', '/etc/passwd', 'a/../../b', 'A.jpg', 'a//b', './x', 'a b', 'x'.repeat(513)];
    for (const key of unsafe) {
      await assert.rejects(storage.put(key, Buffer.from('x'), 'text/plain'), /unsafe storage key/);
      await assert.rejects(storage.get(key), /unsafe storage key/);
      await assert.rejects(storage.delete(key), /unsafe storage key/);
    }
    assert.equal(s3.requests.length, from, 'the stand-in saw no request');
  });

  it('requires both halves of a static credential, or neither', () => {
    assert.throws(
      () => new S3FileStorage({ bucket: BUCKET, region: REGION, accessKeyId: ACCESS_KEY_ID }),
      /accessKeyId and secretAccessKey/,
    );
  });
});
