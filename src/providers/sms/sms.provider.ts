export interface SmsMessage {
  to: string;
  body: string;
}

export interface SmsProvider {
  readonly name: string;
  /** Resolves with the provider's message id; rejects when the provider did not accept the message. */
  send(message: SmsMessage): Promise<{ ref: string }>;
}
