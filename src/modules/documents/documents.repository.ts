import { and, asc, eq, sql } from 'drizzle-orm';
import { preparedFor, type Queryable } from '../../db/client.js';
import { clients, documents, type DocumentRow, type DocumentStatus } from '../../db/schema.js';

export interface NewDocument {
  agencyId: number;
  clientId: number;
  type: string;
  storageKey: string;
  contentType: string;
  sizeBytes: number;
  expiresAt: string | null;
  now: Date;
}

export interface ReviewChange {
  status: 'verified' | 'rejected';
  number: string | null;
  rejectionReason: string | null;
  now: Date;
}

export interface DocumentForReview extends DocumentRow {
  clientName: string;
  clientEmail: string;
}

const listForClient = preparedFor((q) =>
  q
    .select()
    .from(documents)
    .where(
      and(eq(documents.agencyId, sql.placeholder('agencyId')), eq(documents.clientId, sql.placeholder('clientId'))),
    )
    .orderBy(asc(documents.id))
    .prepare('documents_list_for_client'),
);

/** Every method takes the agency id: another agency's documents do not exist here. */
export class DocumentsRepository {
  async listForClient(q: Queryable, agencyId: number, clientId: number): Promise<DocumentRow[]> {
    return listForClient(q).execute({ agencyId, clientId });
  }

  /** Lock the client's row of this type (if any) until the transaction ends. */
  async findForUpdate(
    q: Queryable,
    agencyId: number,
    clientId: number,
    type: string,
  ): Promise<DocumentRow | undefined> {
    const rows = await q
      .select()
      .from(documents)
      .where(and(eq(documents.agencyId, agencyId), eq(documents.clientId, clientId), eq(documents.type, type)))
      .for('update');
    return rows[0];
  }

  async insert(q: Queryable, d: NewDocument): Promise<DocumentRow> {
    const rows = await q
      .insert(documents)
      .values({
        agencyId: d.agencyId,
        clientId: d.clientId,
        type: d.type,
        storageKey: d.storageKey,
        contentType: d.contentType,
        sizeBytes: d.sizeBytes,
        expiresAt: d.expiresAt,
        status: 'pending',
        uploadedAt: d.now,
      })
      .returning();
    return rows[0]!;
  }

  async delete(q: Queryable, agencyId: number, id: number): Promise<void> {
    await q.delete(documents).where(and(eq(documents.agencyId, agencyId), eq(documents.id, id)));
  }

  async review(q: Queryable, agencyId: number, id: number, r: ReviewChange): Promise<DocumentRow> {
    const rows = await q
      .update(documents)
      .set({
        status: r.status,
        number: r.number,
        rejectionReason: r.rejectionReason,
        verifiedAt: r.status === 'verified' ? r.now : null,
        reviewedAt: r.now,
      })
      .where(and(eq(documents.agencyId, agencyId), eq(documents.id, id)))
      .returning();
    return rows[0]!;
  }

  /** The agency's documents for staff, oldest upload first (the review queue), with whose they are. */
  async listForAgency(q: Queryable, agencyId: number, status?: DocumentStatus): Promise<DocumentForReview[]> {
    const conds = [eq(documents.agencyId, agencyId)];
    if (status) conds.push(eq(documents.status, status));
    const rows = await q
      .select({ doc: documents, clientName: clients.name, clientEmail: clients.email })
      .from(documents)
      .innerJoin(clients, and(eq(clients.id, documents.clientId), eq(clients.agencyId, documents.agencyId)))
      .where(and(...conds))
      .orderBy(asc(documents.uploadedAt), asc(documents.id))
      .limit(1000);
    return rows.map((r) => ({ ...r.doc, clientName: r.clientName, clientEmail: r.clientEmail }));
  }
}
