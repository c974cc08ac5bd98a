/**
 * A provider's answer that retrying cannot change (an invalid recipient, a rejected sender): the
 * outbox marks the message failed at once instead of retrying it for hours.
 */
export class PermanentDeliveryError extends Error {
  override name = 'PermanentDeliveryError';
}

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  /** Display name of the sender: the agency's name, so the mail looks like the brand the client signed up with. */
  fromName?: string;
}

export interface EmailProvider {
  readonly name: string;
  /** Resolves with the provider's message id; rejects when the provider did not accept the message. */
  send(message: EmailMessage): Promise<{ ref: string }>;
  close?(): Promise<void>;
}
