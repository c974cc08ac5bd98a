import { randomUUID } from 'node:crypto';
import type { Logger } from '../../lib/logger.js';
import type { EmailMessage, EmailProvider } from './email.provider.js';

/** Development driver: accepts every message. Only metadata is logged (bodies hold codes); the dev inbox shows the body. */
export class LogEmailProvider implements EmailProvider {
  readonly name = 'log';
  constructor(private readonly logger: Logger) {}

  async send(message: EmailMessage): Promise<{ ref: string }> {
    const ref = `log-${randomUUID()}`;
    this.logger.info(
      { to: message.to, subject: message.subject, ref },
      'email accepted by log driver (see /dev/inbox)',
    );
    return { ref };
  }
}
