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
