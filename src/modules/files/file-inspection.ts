import { fileTypeFromBuffer } from 'file-type';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import pLimit from 'p-limit';
import sharp from 'sharp';

/** What an upload may be, recognised by its bytes (never by its name or declared type). */
export const ACCEPTED_FILE_TYPES = {
  jpg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
} as const;

export type AcceptedExt = keyof typeof ACCEPTED_FILE_TYPES;

export interface CleanFile {
  ext: AcceptedExt;
  contentType: (typeof ACCEPTED_FILE_TYPES)[AcceptedExt];
  /** The bytes to store: images re-encoded without metadata, PDFs as uploaded. */
  body: Buffer;
}

/** Why an upload was refused: not one of the accepted types, or one of them but unreadable. */
export class UnacceptableFileError extends Error {
  override name = 'UnacceptableFileError';
  constructor(readonly reason: 'type' | 'corrupt' | 'encrypted' | 'pages' | 'dimensions') {
    super(`unacceptable file: ${reason}`);
  }
}

// A licence photo needs far less than a phone's 12-50 MP; a bigger canvas is a decompression bomb.
const MAX_PIXELS = 40_000_000;
export const MAX_PDF_PAGES = 20;
// A scanned licence has a few dozen objects; hundreds of thousands take pdf-lib seconds of main thread.
const MAX_PDF_OBJECTS = 20_000;

/** Indirect objects declared in a PDF (" obj" keywords), counted by a byte scan that stops at `limit`. */
function objectCount(pdf: Buffer, limit: number): number {
  let n = 0;
  for (let at = pdf.indexOf(' obj'); at >= 0 && n <= limit; at = pdf.indexOf(' obj', at + 4)) n += 1;
  return n;
}
// Decoding and re-encoding are CPU-heavy: at most this many at once per process, a few more wait,
// and beyond that the upload is turned away (each waiting one holds its file in memory).
const inspections = pLimit(2);
const MAX_WAITING = 8;

/** Too many uploads are being processed by this instance right now: try again shortly. */
export class UploadsBusyError extends Error {
  override name = 'UploadsBusyError';
}

/**
 * Pages of a PDF, walking its page tree with every node visited once and stopping past `limit`:
 * pdf-lib's own count trusts the tree, and a 4 KB file whose nodes repeat their children claims
 * millions of pages (a count that large crashes the process).
 */
function countPages(doc: PDFDocument, limit: number): number {
  const seen = new Set<string>();
  const stack: unknown[] = [doc.catalog.get(PDFName.of('Pages'))];
  let pages = 0;
  while (stack.length > 0) {
    const item = stack.pop();
    if (item instanceof PDFRef) {
      if (seen.has(item.tag)) throw new UnacceptableFileError('corrupt');
      seen.add(item.tag);
    }
    const node = item instanceof PDFRef ? doc.context.lookup(item) : item;
    if (!(node instanceof PDFDict) || seen.size > 10 * limit + 100) throw new UnacceptableFileError('corrupt');
    if (node.get(PDFName.of('Type')) === PDFName.of('Page')) {
      pages += 1;
      if (pages > limit) return pages;
      continue;
    }
    const kids = node.lookup(PDFName.of('Kids'));
    if (!(kids instanceof PDFArray)) throw new UnacceptableFileError('corrupt');
    for (let i = 0; i < kids.size(); i++) stack.push(kids.get(i));
  }
  return pages;
}

/**
 * Recognise an upload by content and make it safe to keep. Images are decoded and re-encoded, which
 * drops every metadata block (EXIF with GPS position, XMP, IPTC, comments) and anything appended
 * after the image; the EXIF orientation is applied first so the picture stays upright.
 */
export function inspectUpload(input: Buffer): Promise<CleanFile> {
  if (inspections.pendingCount >= MAX_WAITING) return Promise.reject(new UploadsBusyError('uploads busy'));
  return inspections(() => inspect(input));
}

async function inspect(input: Buffer): Promise<CleanFile> {
  const detected = await fileTypeFromBuffer(input);
  const ext = detected?.ext;
  if (ext !== 'jpg' && ext !== 'png' && ext !== 'pdf') throw new UnacceptableFileError('type');

  if (ext === 'pdf') {
    if (objectCount(input, MAX_PDF_OBJECTS) > MAX_PDF_OBJECTS) throw new UnacceptableFileError('corrupt');
    let pages: number;
    try {
      const doc = await PDFDocument.load(input, { updateMetadata: false, throwOnInvalidObject: true });
      pages = countPages(doc, MAX_PDF_PAGES);
    } catch (err) {
      if (err instanceof UnacceptableFileError) throw err;
      const encrypted = err instanceof Error && err.name === 'EncryptedPDFError';
      throw new UnacceptableFileError(encrypted ? 'encrypted' : 'corrupt');
    }
    if (pages === 0 || input.lastIndexOf('%%EOF') < 0) throw new UnacceptableFileError('corrupt');
    if (pages > MAX_PDF_PAGES) throw new UnacceptableFileError('pages');
    return { ext, contentType: ACCEPTED_FILE_TYPES.pdf, body: input };
  }

  let pixels: number;
  try {
    const { width, height } = await sharp(input).metadata(); // the header only
    pixels = (width ?? 0) * (height ?? 0);
  } catch {
    throw new UnacceptableFileError('corrupt');
  }
  if (pixels === 0 || pixels > MAX_PIXELS) throw new UnacceptableFileError(pixels === 0 ? 'corrupt' : 'dimensions');
  try {
    const image = sharp(input, { failOn: 'truncated', limitInputPixels: MAX_PIXELS }).rotate();
    const body =
      ext === 'jpg'
        ? await image.jpeg({ quality: 90 }).toBuffer()
        : await image.png({ compressionLevel: 9 }).toBuffer();
    return { ext, contentType: ACCEPTED_FILE_TYPES[ext], body };
  } catch {
    throw new UnacceptableFileError('corrupt');
  }
}
