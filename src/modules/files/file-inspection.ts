import { fileTypeFromBuffer } from 'file-type';
import { PDFDocument } from 'pdf-lib';
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
  constructor(readonly reason: 'type' | 'corrupt' | 'encrypted') {
    super(`unacceptable file: ${reason}`);
  }
}

// A phone photo is at most ~50 MP; more is a decompression bomb, not a licence.
const MAX_PIXELS = 100_000_000;

/**
 * Recognise an upload by content and make it safe to keep. Images are decoded and re-encoded, which
 * drops every metadata block (EXIF with GPS position, XMP, IPTC, comments) and anything appended
 * after the image; the EXIF orientation is applied first so the picture stays upright.
 */
export async function inspectUpload(input: Buffer): Promise<CleanFile> {
  const detected = await fileTypeFromBuffer(input);
  const ext = detected?.ext;
  if (ext !== 'jpg' && ext !== 'png' && ext !== 'pdf') throw new UnacceptableFileError('type');

  if (ext === 'pdf') {
    try {
      await PDFDocument.load(input, { updateMetadata: false, throwOnInvalidObject: true });
    } catch (err) {
      const encrypted = err instanceof Error && err.name === 'EncryptedPDFError';
      throw new UnacceptableFileError(encrypted ? 'encrypted' : 'corrupt');
    }
    if (input.lastIndexOf('%%EOF') < 0) throw new UnacceptableFileError('corrupt');
    return { ext, contentType: ACCEPTED_FILE_TYPES.pdf, body: input };
  }

  try {
    const image = sharp(input, { failOn: 'truncated', limitInputPixels: MAX_PIXELS }).rotate();
    const body =
      ext === 'jpg'
        ? await image.jpeg({ quality: 90, mozjpeg: true }).toBuffer()
        : await image.png({ compressionLevel: 9 }).toBuffer();
    return { ext, contentType: ACCEPTED_FILE_TYPES[ext], body };
  } catch {
    throw new UnacceptableFileError('corrupt');
  }
}
