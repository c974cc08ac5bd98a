import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { assertSafeKey, type FileStorage, type StoredFile } from './file.storage.js';

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** An S3-compatible store's URL (MinIO, R2, ...); omitted for AWS itself. */
  endpoint?: string;
  /** Both or neither: without them the SDK's default chain applies (env, profile, instance role...). */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** `https://host/bucket/key` rather than `https://bucket.host/key` (MinIO and most self-hosted stores). */
  forcePathStyle?: boolean;
  /** Folder inside the bucket, e.g. 'daakey/prod': stored as `daakey/prod/<key>`. */
  prefix?: string;
}

/** The fields of an SDK service error this driver reads. */
function errorInfo(err: unknown): { name?: string; status?: number } {
  if (!(err instanceof Error)) return {};
  const meta: unknown = '$metadata' in err ? err.$metadata : undefined;
  const status =
    typeof meta === 'object' && meta !== null && 'httpStatusCode' in meta && typeof meta.httpStatusCode === 'number'
      ? meta.httpStatusCode
      : undefined;
  return { name: err.name, status };
}

/** A missing object, as opposed to a missing bucket (a configuration error, which must surface). */
function isMissingObject(err: unknown): boolean {
  const { name, status } = errorInfo(err);
  return name === 'NoSuchKey' || (status === 404 && name !== 'NoSuchBucket');
}

function normalizePrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? '').replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '';
  if (trimmed.split('/').some((part) => part === '' || part === '.' || part === '..'))
    throw new Error(`invalid S3 storage prefix: ${JSON.stringify(prefix)}`);
  return `${trimmed}/`;
}

/** Objects in a bucket of AWS S3 or any S3-compatible store (MinIO, Cloudflare R2, Ceph, Garage...). */
export class S3FileStorage implements FileStorage {
  readonly name = 's3';
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(opts: S3StorageOptions) {
    if ((opts.accessKeyId === undefined) !== (opts.secretAccessKey === undefined))
      throw new Error('S3 storage: give both accessKeyId and secretAccessKey, or neither');
    this.bucket = opts.bucket;
    this.prefix = normalizePrefix(opts.prefix);
    this.client = new S3Client({
      region: opts.region,
      ...(opts.endpoint !== undefined ? { endpoint: opts.endpoint } : {}),
      ...(opts.accessKeyId !== undefined && opts.secretAccessKey !== undefined
        ? { credentials: { accessKeyId: opts.accessKeyId, secretAccessKey: opts.secretAccessKey } }
        : {}),
      forcePathStyle: opts.forcePathStyle ?? false,
      // The SDK's default (WHEN_SUPPORTED) adds CRC checksum headers / aws-chunked trailers to every
      // upload and validates them on download; many S3-compatible stores reject or ignore those.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      // Fail fast on an unreachable store rather than hang an upload.
      requestHandler: { connectionTimeout: 10_000 },
    });
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    const Key = this.objectKey(key);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key,
        Body: body,
        ContentType: contentType,
        ContentLength: body.length,
        // ServerSideEncryption is deliberately not set: not every S3-compatible store supports it (some
        // reject the header outright). Configure default encryption on the bucket instead.
      }),
    );
  }

  async get(key: string): Promise<StoredFile | null> {
    const Key = this.objectKey(key);
    let out;
    try {
      out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key }));
    } catch (err) {
      if (isMissingObject(err)) return null;
      throw err;
    }
    const body = out.Body;
    if (body === undefined) throw new Error(`S3 returned no body for ${JSON.stringify(Key)}`);
    // In Node the SDK hands back the http.IncomingMessage (a Readable); the other branches only
    // guard against a fetch-based request handler. The caller must consume or destroy the stream,
    // or the connection stays taken.
    let stream: Readable;
    if (body instanceof Readable) stream = body;
    else if (typeof (body as { getReader?: unknown }).getReader === 'function')
      stream = Readable.fromWeb(body as WebReadableStream<Uint8Array>);
    else stream = Readable.from(Buffer.from(await body.transformToByteArray()));
    return { stream, ...(out.ContentLength !== undefined ? { size: out.ContentLength } : {}) };
  }

  async delete(key: string): Promise<void> {
    const Key = this.objectKey(key);
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key }));
    } catch (err) {
      // S3 answers 204 for a missing key; some compatible stores answer 404 NoSuchKey.
      if (isMissingObject(err)) return;
      throw err;
    }
  }

  /** Close the client's sockets. The storage is unusable afterwards. */
  close(): void {
    this.client.destroy();
  }

  private objectKey(key: string): string {
    assertSafeKey(key);
    return this.prefix + key;
  }
}
