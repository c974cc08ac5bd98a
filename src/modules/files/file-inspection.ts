import { fileTypeFromBuffer } from 'file-type';
import { PDFDocument } from 'pdf-lib';
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
// Decoding and re-encoding are CPU-heavy: at most this many at once per process, the rest wait.
const inspections = pLimit(2);

/**
 * Recognise an upload by content and make it safe to keep. Images are decoded and re-encoded, which
 * drops every metadata block (EXIF with GPS position, XMP, IPTC, comments) and anything appended
 * after the image; the EXIF orientation is applied first so the picture stays upright.
 */
export function inspectUpload(input: Buffer): Promise<CleanFile> {
  return inspections(() => inspect(input));
}

async function inspect(input: Buffer): Promise<CleanFile> {
  const detected = await fileTypeFromBuffer(input);
  const ext = detected?.ext;
  if (ext !== 'jpg' && ext !== 'png' && ext !== 'pdf') throw new UnacceptableFileError('type');

  if (ext === 'pdf') {
    let pages: number;
    try {
      pages = (await PDFDocument.load(input, { updateMetadata: false, throwOnInvalidObject: true })).getPageCount();
    } catch (err) {
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
