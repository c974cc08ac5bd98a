import { PermanentDeliveryError } from '../email/email.provider.js';
import type { SmsMessage, SmsProvider } from './sms.provider.js';

export interface TwilioOptions {
  accountSid: string;
  authToken: string;
  from: string;
  baseUrl: string;
  timeoutMs?: number;
}

/** Twilio's Programmable Messaging REST API (POST /2010-04-01/Accounts/{sid}/Messages.json, form-encoded, basic auth). */
export class TwilioSmsProvider implements SmsProvider {
  readonly name = 'twilio';
  constructor(private readonly opts: TwilioOptions) {}

  async send(message: SmsMessage): Promise<{ ref: string }> {
    const url = `${this.opts.baseUrl.replace(/\/$/, '')}/2010-04-01/Accounts/${encodeURIComponent(this.opts.accountSid)}/Messages.json`;
    const auth = Buffer.from(`${this.opts.accountSid}:${this.opts.authToken}`).toString('base64');
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        authorization: `Basic ${auth}`,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: new URLSearchParams({ To: message.to, From: this.opts.from, Body: message.body }).toString(),
      signal: AbortSignal.timeout(this.opts.timeoutMs ?? 10_000),
    });
    const text = await res.text();
    let json: { sid?: string; code?: number; message?: string } = {};
    try {
      json = JSON.parse(text) as typeof json;
    } catch {
      /* non-JSON error page */
    }
    if (!res.ok || !json.sid) {
      // 4xx about the message (bad number, unverified sender) will fail again. Credentials (401/403)
      // are the operator's to fix: retried, so messages wait for the fix instead of being dropped.
      const permanent = res.status >= 400 && res.status < 500 && ![401, 403, 408, 429].includes(res.status);
      throw new (permanent ? PermanentDeliveryError : Error)(
        `Twilio answered ${res.status}${json.code ? ` (code ${json.code})` : ''}${json.message ? `: ${json.message}` : ''}`,
      );
    }
    return { ref: json.sid };
  }
}
