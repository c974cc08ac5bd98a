import type { Db, Tx } from '../../db/client.js';
import type { ClientRow, DocumentRow, DocumentStatus, OutboxRow } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { calendarDate, type Clock } from '../../lib/clock.js';
import type { MultipartForm } from '../../http/multipart.js';
import type { Logger } from '../../lib/logger.js';
import type { Agency } from '../agencies/agencies.service.js';
import type { ClientsRepository } from '../clients/clients.repository.js';
import type { CleanFile } from '../files/file-inspection.js';
import type { FilesService } from '../files/files.service.js';
import type { Notifier } from '../notifications/notifier.js';
import {
  documentRequirements,
  type DocumentRequirements,
  type DriverLicense,
  driverLicenseOf,
  missingRequired,
} from './document-rules.js';
import { parseUploadForm } from './documents.upload.js';
import type { DocumentForReview, DocumentsRepository } from './documents.repository.js';

export const FILE_DELETE_JOB = 'file_delete';

/**
 * May this document be deleted now? Throws an AppError when not. The bookings module plugs in the rule
 * that a required document stays while the client has active or upcoming bookings.
 */
export type DocumentDeletionGuard = (tx: Tx, agency: Agency, clientId: number, doc: DocumentRow) => Promise<void>;
export const allowDocumentDeletion: DocumentDeletionGuard = async () => {};

/** The document under review was replaced by a new upload since staff listed it. */
export class DocumentReplacedError extends Error {
  override name = 'DocumentReplacedError';
  constructor(
    readonly expectedId: number,
    readonly currentId: number,
  ) {
    super(`Document #${expectedId} was replaced by #${currentId} since it was listed; review the new one`);
  }
}

export interface DocumentsOverview {
  documents: DocumentRow[];
  requirements: DocumentRequirements;
  missingRequired: string[];
}

export type ReviewDecision = { approve: true; number?: string } | { approve: false; reason: string };

export interface UploadInput {
  type: string;
  expiresAt: string | null;
  file: CleanFile;
}

function humanType(type: string): string {
  return type.replace(/_/g, ' ');
}

export class DocumentsService {
  private deletionGuard: DocumentDeletionGuard = allowDocumentDeletion;

  constructor(
    private readonly db: Db,
    private readonly repo: DocumentsRepository,
    private readonly clients: ClientsRepository,
    private readonly files: FilesService,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly maxBytes: number,
  ) {}

  /** Installed by the bookings module (issue 4) when it exists. */
  setDeletionGuard(guard: DocumentDeletionGuard): void {
    this.deletionGuard = guard;
  }

  requirements(agency: Agency): DocumentRequirements {
    return documentRequirements(agency.settings);
  }

  today(agency: Agency): string {
    return calendarDate(agency.timezone, this.clock.now());
  }

  async list(agency: Agency, clientId: number): Promise<DocumentRow[]> {
    return this.repo.listForClient(this.db, agency.id, clientId);
  }

  /** What GET /documents shows: the documents and where the client stands against the agency's rules. */
  async overview(agency: Agency, clientId: number): Promise<DocumentsOverview> {
    const documents = await this.list(agency, clientId);
    return { documents, requirements: this.requirements(agency), missingRequired: this.missing(agency, documents) };
  }

  /** Required types the client still lacks (not uploaded, pending, rejected or expired). */
  missing(agency: Agency, docs: DocumentRow[]): string[] {
    return missingRequired(this.requirements(agency), docs, this.today(agency));
  }

  async driverLicense(agency: Agency, client: ClientRow): Promise<DriverLicense> {
    const docs = await this.repo.listForClient(this.db, agency.id, client.id);
    return driverLicenseOf(docs, this.requirements(agency), this.today(agency));
  }

  /**
   * Store the file, then insert or replace the row. The replaced file is deleted only after the new
   * row has committed (a job in the same transaction retries it if the first attempt fails); if the
   * transaction fails, the new file is deleted instead.
   */
  async upload(agency: Agency, client: ClientRow, input: UploadInput): Promise<DocumentRow> {
    const saved = await this.files.save(`documents/${agency.id}/${client.id}`, input.file);
    let replacedKey: string | undefined;
    let row: DocumentRow;
    try {
      row = await this.db.transaction(async (tx) => {
        // One document change per client at a time: with no row yet there is nothing else to lock, and
        // two first uploads of a type would each miss the other's file (left behind in storage).
        await this.clients.lockForUpdate(tx, agency.id, client.id);
        const old = await this.repo.findForUpdate(tx, agency.id, client.id, input.type);
        // A replacement is a new document (new id, new review), as the docs' example shows.
        if (old) await this.repo.delete(tx, agency.id, old.id);
        const fresh = await this.repo.insert(tx, {
          agencyId: agency.id,
          clientId: client.id,
          type: input.type,
          storageKey: saved.key,
          contentType: saved.contentType,
          sizeBytes: saved.size,
          expiresAt: input.expiresAt,
          now: this.clock.now(),
        });
        if (old) {
          replacedKey = old.storageKey;
          await this.enqueueFileDelete(tx, agency.id, old.storageKey);
        }
        return fresh;
      });
    } catch (err) {
      await this.removeQuietly(saved.key);
      throw err;
    }
    if (replacedKey) await this.removeQuietly(replacedKey);
    this.notifier.committed();
    return row;
  }

  /** Validate a received form (fields and file, by content), then store it. */
  async uploadForm(agency: Agency, client: ClientRow, form: MultipartForm): Promise<DocumentRow> {
    const input = await parseUploadForm(form, this.requirements(agency), this.today(agency), this.maxBytes);
    return this.upload(agency, client, input);
  }

  async remove(agency: Agency, clientId: number, type: string): Promise<void> {
    const key = await this.db.transaction(async (tx) => {
      await this.clients.lockForUpdate(tx, agency.id, clientId);
      const doc = await this.repo.findForUpdate(tx, agency.id, clientId, type);
      if (!doc) throw new AppError('DOCUMENT_NOT_FOUND');
      await this.deletionGuard(tx, agency, clientId, doc);
      await this.repo.delete(tx, agency.id, doc.id);
      await this.enqueueFileDelete(tx, agency.id, doc.storageKey);
      return doc.storageKey;
    });
    await this.removeQuietly(key);
    this.notifier.committed();
  }

  /**
   * Staff decision on a client's document; the client is told by email (outbox, same transaction).
   * `expectedId`: the document staff looked at; if the client has replaced it since, nothing changes.
   */
  async review(
    agency: Agency,
    clientId: number,
    type: string,
    decision: ReviewDecision,
    expectedId?: number,
  ): Promise<DocumentRow> {
    const row = await this.db.transaction(async (tx) => {
      const client = await this.clients.findById(tx, agency.id, clientId);
      const doc = client ? await this.repo.findForUpdate(tx, agency.id, clientId, type) : undefined;
      if (!client || !doc) throw new AppError('DOCUMENT_NOT_FOUND');
      if (expectedId !== undefined && doc.id !== expectedId) throw new DocumentReplacedError(expectedId, doc.id);
      const reviewed = await this.repo.review(tx, agency.id, doc.id, {
        status: decision.approve ? 'verified' : 'rejected',
        number: decision.approve ? (decision.number ?? doc.number) : null,
        rejectionReason: decision.approve ? null : decision.reason,
        now: this.clock.now(),
      });
      const what = humanType(type);
      await this.notifier.email(tx, {
        agencyId: agency.id,
        kind: decision.approve ? 'document_approved' : 'document_rejected',
        to: client.email,
        fromName: agency.name,
        subject: decision.approve ? `Your ${what} has been verified` : `Your ${what} needs attention`,
        text: decision.approve
          ? `Hello ${client.name},\n\nYour ${what} has been verified by ${agency.name}.\n`
          : `Hello ${client.name},\n\n${agency.name} could not verify your ${what}.\nReason: ${decision.reason}\n\n` +
            'Please upload a new one in the app.\n',
      });
      return reviewed;
    });
    this.notifier.committed();
    return row;
  }

  async listForAgency(agency: Agency, status?: DocumentStatus): Promise<DocumentForReview[]> {
    return this.repo.listForAgency(this.db, agency.id, status);
  }

  /** Outbox job: delete a stored file (idempotent; retried with backoff until the storage answers). */
  readonly handleFileDeleteJob = async (_tx: Tx, payload: Record<string, unknown>, _row: OutboxRow) => {
    if (typeof payload.key !== 'string') return 'skipped' as const;
    await this.files.remove(payload.key);
    return 'sent' as const;
  };

  private async enqueueFileDelete(tx: Tx, agencyId: number, key: string): Promise<void> {
    await this.notifier.job(tx, { agencyId, kind: FILE_DELETE_JOB, subject: key, payload: { key } });
  }

  private async removeQuietly(key: string): Promise<void> {
    try {
      await this.files.remove(key);
    } catch (err) {
      this.logger.warn({ key, error: err instanceof Error ? err.message : String(err) }, 'file delete failed');
    }
  }
}
