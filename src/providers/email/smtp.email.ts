import nodemailer, { type Transporter } from 'nodemailer';
import { type EmailMessage, type EmailProvider, PermanentDeliveryError } from './email.provider.js';

function parseFrom(mailFrom: string): { name?: string; address: string } {
  const m = /^\s*(?:"?([^"<]*?)"?\s*)?<([^>]+)>\s*$/.exec(mailFrom);
  if (m) return { name: m[1]?.trim() || undefined, address: m[2]!.trim() };
  return { address: mailFrom.trim() };
}

/** Real SMTP through nodemailer; SMTP_URL like smtp://user:pass@host:587 or smtps://... */
export class SmtpEmailProvider implements EmailProvider {
  readonly name = 'smtp';
  private readonly transport: Transporter;
  private readonly from: { name?: string; address: string };

  constructor(smtpUrl: string, mailFrom: string) {
    this.transport = nodemailer.createTransport(smtpUrl);
    this.from = parseFrom(mailFrom);
  }

  async send(message: EmailMessage): Promise<{ ref: string }> {
    try {
      const info = await this.transport.sendMail({
        from: { name: message.fromName ?? this.from.name ?? '', address: this.from.address },
        to: message.to,
        subject: message.subject,
        text: message.text,
      });
      return { ref: String(info.messageId) };
    } catch (err) {
      // SMTP 5xx replies about the message (no such mailbox) are final; 4xx, network errors and
      // authentication failures (530, 535: the operator's to fix) are retried.
      const code = (err as { responseCode?: number }).responseCode;
      if (code !== undefined && code >= 500 && code < 600 && code !== 530 && code !== 535) {
        throw new PermanentDeliveryError(`SMTP ${code}: ${(err as Error).message}`, { cause: err });
      }
      throw err;
    }
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
