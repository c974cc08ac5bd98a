import { randomUUID } from 'node:crypto';
import type { Logger } from '../../lib/logger.js';
import type { SmsMessage, SmsProvider } from './sms.provider.js';

/** Development driver: accepts every SMS; logs only the recipient (the body holds a code), the dev inbox shows it. */
export class LogSmsProvider implements SmsProvider {
  readonly name = 'log';
  constructor(private readonly logger: Logger) {}

  async send(message: SmsMessage): Promise<{ ref: string }> {
    const ref = `log-${randomUUID()}`;
    this.logger.info({ to: message.to, ref }, 'sms accepted by log driver (see /dev/inbox)');
    return { ref };
  }
}
