import { AppError } from '../../errors.js';
import type { MultipartForm } from '../../http/multipart.js';
import {
  type CleanFile,
  inspectUpload,
  MAX_PDF_PAGES,
  UnacceptableFileError,
  UploadsBusyError,
} from './file-inspection.js';

/**
 * The `file` part of an upload form, checked the one way every upload route checks it (documents,
 * media): present, within the size limit, a JPEG, PNG or PDF by content that can be read.
 */

export const FILE_TYPES_MESSAGE = 'The file must be a file of type: jpg, png, pdf.';

function fileMessage(reason: UnacceptableFileError['reason']): string {
  switch (reason) {
    case 'type':
      return FILE_TYPES_MESSAGE;
    case 'encrypted':
      return 'The file must not be password-protected.';
    case 'pages':
      return `The file must not have more than ${MAX_PDF_PAGES} pages.`;
    case 'dimensions':
      return 'The file has invalid image dimensions.';
    case 'corrupt':
      return 'The file failed to upload.';
  }
}

/** The clean file, or the Laravel message for `errors.file`. */
export type CheckedFile = { file: CleanFile; error?: undefined } | { file?: undefined; error: string };

/**
 * Check the form's file: too large, missing (or empty) and unacceptable files give the message for
 * `errors.file` (the caller reports it with its other fields' errors). Throws 503 SERVICE_UNAVAILABLE
 * (Retry-After 5) when this instance is already busy inspecting uploads.
 */
export async function checkFormFile(form: MultipartForm, maxBytes: number): Promise<CheckedFile> {
  if (form.fileTooLarge)
    return { error: `The file must not be greater than ${Math.floor(maxBytes / 1024)} kilobytes.` };
  if (!form.file || form.file.bytes.length === 0) return { error: 'The file field is required.' };
  try {
    return { file: await inspectUpload(form.file.bytes) };
  } catch (err) {
    if (err instanceof UploadsBusyError)
      throw new AppError('SERVICE_UNAVAILABLE', { headers: { 'retry-after': '5' }, data: { retry_after: 5 } });
    if (!(err instanceof UnacceptableFileError)) throw err;
    return { error: fileMessage(err.reason) };
  }
}
