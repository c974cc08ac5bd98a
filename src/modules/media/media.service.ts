import type { Db, Queryable } from '../../db/client.js';
import type { ClientRow, MediaRow } from '../../db/schema.js';
import { AppError, type FieldErrors } from '../../errors.js';
import type { MultipartForm } from '../../http/multipart.js';
import type { Clock } from '../../lib/clock.js';
import type { Logger } from '../../lib/logger.js';
import type { Agency } from '../agencies/agencies.service.js';
import type { FilesService } from '../files/files.service.js';
import { checkFormFile } from '../files/upload-check.js';
import type { MediaRepository } from './media.repository.js';

/** How a message names an uploaded file: its media id, or the `url` POST /media returned (even expired). */
export type AttachmentRef = number | string;

export type ResolvedAttachments =
  { media: MediaRow[]; errors?: undefined } | { media?: undefined; errors: FieldErrors };

/** A file name for display: no control characters (PostgreSQL refuses NUL), at most 255 characters. */
function displayName(filename: string | undefined): string | null {
  const clean = (filename ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return clean === '' ? null : Array.from(clean).slice(0, 255).join('');
}

/**
 * Files a client uploads to attach to support messages: checked and cleaned exactly as documents are
 * (type by content, images re-encoded without metadata), stored encrypted, shown through signed links.
 */
export class MediaService {
  constructor(
    private readonly db: Db,
    private readonly repo: MediaRepository,
    private readonly files: FilesService,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly maxBytes: number,
  ) {}

  /** Validate the form's `file` (422 with `errors.file`), store it, then record it. */
  async upload(agency: Agency, client: ClientRow, form: MultipartForm): Promise<MediaRow> {
    const { file, error } = await checkFormFile(form, this.maxBytes);
    if (!file) throw AppError.validation({ file: [error] });
    const saved = await this.files.save(`media/${agency.id}/${client.id}`, file);
    try {
      return await this.repo.insert(this.db, {
        agencyId: agency.id,
        clientId: client.id,
        storageKey: saved.key,
        contentType: saved.contentType,
        sizeBytes: saved.size,
        originalName: displayName(form.file?.filename),
        now: this.clock.now(),
      });
    } catch (err) {
      // Nothing refers to the stored file yet: remove it rather than leave it orphaned.
      try {
        await this.files.remove(saved.key);
      } catch (removeErr) {
        this.logger.warn(
          { key: saved.key, error: removeErr instanceof Error ? removeErr.message : String(removeErr) },
          'file delete failed',
        );
      }
      throw err;
    }
  }

  async show(agency: Agency, clientId: number, id: number): Promise<MediaRow> {
    const row = await this.repo.findForClient(this.db, agency.id, clientId, id);
    if (!row) throw new AppError('MEDIA_NOT_FOUND');
    return row;
  }

  /**
   * The client's media named by `refs`, in order (a file named twice is attached once). Every ref that
   * is not this client's media gives `attachments.N: ["The selected attachments.N is invalid."]`.
   */
  async resolveAttachments(
    q: Queryable,
    agency: Agency,
    clientId: number,
    refs: readonly AttachmentRef[],
  ): Promise<ResolvedAttachments> {
    const keyOf = refs.map((ref) => (typeof ref === 'string' ? this.files.keyOfLink(ref) : null));
    const ids = refs.filter((ref): ref is number => typeof ref === 'number');
    const keys = keyOf.filter((k): k is string => k !== null);
    const found = await this.repo.findManyForClient(q, agency.id, clientId, ids, keys);
    const byId = new Map(found.map((m) => [m.id, m]));
    const byKey = new Map(found.map((m) => [m.storageKey, m]));

    const errors: FieldErrors = {};
    const picked: MediaRow[] = [];
    refs.forEach((ref, i) => {
      const key = keyOf[i];
      const row = typeof ref === 'number' ? byId.get(ref) : key ? byKey.get(key) : undefined;
      if (!row) errors[`attachments.${i}`] = [`The selected attachments.${i} is invalid.`];
      else if (!picked.includes(row)) picked.push(row);
    });
    return Object.keys(errors).length > 0 ? { errors } : { media: picked };
  }
}
