import type { Db } from '../../db/client.js';
import type { ClientRow, DocumentRow } from '../../db/schema.js';
import type { Agency } from '../agencies/agencies.service.js';
import type { BookingsRepository } from '../bookings/bookings.repository.js';
import type { DocumentsService } from '../documents/documents.service.js';
import type { PaymentMethodsService } from '../payments/payment-methods.service.js';

/**
 * One unmet booking requirement: `phone_verified`, `email_verified`, `payment_method`, a required
 * document type (e.g. `driver_license_front`) that is not verified and valid, or `unpaid_balance`
 * (a previous booking still owes money after a failed charge).
 */
export type Requirement = string;

export class EligibilityService {
  constructor(
    private readonly db: Db,
    private readonly documents: DocumentsService,
    private readonly paymentMethods: PaymentMethodsService,
    private readonly bookings: BookingsRepository,
  ) {}

  /** What stands between this client and a booking, in the order an app would ask for it; [] when nothing. */
  async canBook(agency: Agency, client: ClientRow): Promise<Requirement[]> {
    const features = agency.settings.features;
    const [docs, hasCard, owes] = await Promise.all([
      this.documents.list(agency, client.id),
      this.paymentMethods.hasUsable(agency, client.id),
      this.bookings.hasAmountDue(this.db, agency.id, client.id),
    ]);
    const missing = this.verificationMissing(agency, client, docs);
    if (features.payments_enabled && !hasCard) missing.push('payment_method');
    if (owes) missing.push('unpaid_balance');
    return missing;
  }

  /**
   * The verification part of canBook (no query: the caller passes the client's documents): the phone
   * and email verifications the agency requires, then the required documents not verified and valid.
   * [] means the client's verification is complete (the home feed's `verification_complete`).
   */
  verificationMissing(agency: Agency, client: ClientRow, docs: DocumentRow[]): Requirement[] {
    const features = agency.settings.features;
    const missing: Requirement[] = [];
    if (features.phone_verification_required && !client.phoneVerifiedAt) missing.push('phone_verified');
    if (features.email_verification_required && !client.emailVerifiedAt) missing.push('email_verified');
    missing.push(...this.documents.missing(agency, docs));
    return missing;
  }
}
