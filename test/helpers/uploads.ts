import { randomBytes } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { call, CLIENT, type TestAgency, type TestApp } from './app.js';

export interface FilePart {
  name?: string;
  filename?: string;
  contentType?: string;
  bytes: Buffer;
}

/** A multipart/form-data body, written by hand so tests control every byte (and can break it). */
export function multipart(
  fields: Record<string, string>,
  files: FilePart[] = [],
): { body: Buffer; contentType: string } {
  const boundary = `----daakey${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const f of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.name ?? 'file'}"; filename="${f.filename ?? 'upload.jpg'}"\r\n` +
          `Content-Type: ${f.contentType ?? 'image/jpeg'}\r\n\r\n`,
      ),
      f.bytes,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A small real JPEG carrying EXIF with a GPS position (Paris) and a camera make. */
export async function jpegWithGps(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#3366cc' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'DaakeyTestCam', Model: 'GPS-1' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '48/1 51/1 2406/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '2/1 21/1 336/100',
      },
    })
    .toBuffer();
}

export async function png(width = 32, height = 32): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: '#00aa0080' } })
    .png()
    .toBuffer();
}

export async function pdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([200, 100]).drawText('Driving licence');
  return Buffer.from(await doc.save());
}

/** Upload through the API (multipart), returning the raw response. */
export async function uploadDocument(
  t: TestApp,
  agency: TestAgency,
  token: string,
  fields: Record<string, string>,
  file?: FilePart,
) {
  const { body, contentType } = multipart(fields, file ? [file] : []);
  return call(t, {
    method: 'POST',
    url: `${CLIENT}/documents`,
    agency,
    token,
    body,
    headers: { 'content-type': contentType },
  });
}

/** A date `days` after the test clock's today (UTC), as YYYY-MM-DD. */
export function dateFromNow(t: TestApp, days: number): string {
  return new Date(t.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
