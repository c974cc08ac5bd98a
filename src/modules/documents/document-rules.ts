import type { DocumentRow } from '../../db/schema.js';
import type { AgencySettings } from '../agencies/agency-settings.js';

export const LICENSE_FRONT = 'driver_license_front';
export const LICENSE_BACK = 'driver_license_back';

export interface DocumentRequirements {
  /** Must be verified (and unexpired) before booking. Empty when the agency switched documents off. */
  required: string[];
  /** May be uploaded. */
  optional: string[];
}

/** What an agency asks for. With `features.documents_required` off, its required types become optional. */
export function documentRequirements(settings: AgencySettings): DocumentRequirements {
  const { required, optional } = settings.documents;
  if (!settings.features.documents_required)
    return { required: [], optional: [...new Set([...required, ...optional])] };
  return { required: [...new Set(required)], optional: [...new Set(optional)].filter((t) => !required.includes(t)) };
}

/** A document's expiry is a calendar date; it is valid through that day. */
export function isExpired(doc: Pick<DocumentRow, 'expiresAt'>, today: string): boolean {
  return doc.expiresAt !== null && doc.expiresAt < today;
}

export function isUsable(doc: Pick<DocumentRow, 'status' | 'expiresAt'>, today: string): boolean {
  return doc.status === 'verified' && !isExpired(doc, today);
}

/** Required types that are not yet verified and valid, in the agency's order. */
export function missingRequired(reqs: DocumentRequirements, docs: DocumentRow[], today: string): string[] {
  return reqs.required.filter((type) => {
    const doc = docs.find((d) => d.type === type);
    return !doc || !isUsable(doc, today);
  });
}

export interface DriverLicense {
  number: string | null;
  expiry_date: string | null;
  verified: boolean;
}

/**
 * The profile's `driver_license`, from the licence documents: the number staff recorded on approval,
 * the expiry date, and verified when the front (and the back, when the agency requires it) are
 * verified and not expired.
 */
export function driverLicenseOf(docs: DocumentRow[], reqs: DocumentRequirements, today: string): DriverLicense {
  const front = docs.find((d) => d.type === LICENSE_FRONT);
  const back = docs.find((d) => d.type === LICENSE_BACK);
  if (!front && !back) return { number: null, expiry_date: null, verified: false };
  const needed = [front, ...(reqs.required.includes(LICENSE_BACK) ? [back] : [])];
  return {
    number: front?.number ?? back?.number ?? null,
    expiry_date: front?.expiresAt ?? back?.expiresAt ?? null,
    verified: needed.every((d) => d !== undefined && isUsable(d, today)),
  };
}
