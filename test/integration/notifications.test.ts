/**
 * The outbox against real protocols on loopback: an SMTP server (smtp-server) and an HTTP server in
 * the role of Twilio's REST API. No provider is mocked: the app's own SmtpEmailProvider (nodemailer)
 * and TwilioSmsProvider (fetch) talk to them over TCP.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { outbox, type OutboxRow } from '../../src/db/schema.js';
import { REDACT_PATHS } from '../../src/lib/logger.js';
import {
  call,
  CLIENT,
  createAgency,
  lastEmailCode,
  lastMessage,
  lastPhoneCode,
  makeTestApp,
  newClientInput,
  registerClient,
  type TestApp,
} from '../helpers/app.js';

// ---------------------------------------------------------------------------------------------
// Loopback SMTP server

interface ReceivedMail {
  mailFrom: string | null;
  rcptTo: string[];
  raw: string;
}

interface ParsedMail {
  headers: Map<string, string>;
  body: string;
}

function decodeQuotedPrintable(s: string): string {
  const bytes = s
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** Just enough RFC 5322/MIME for a single-part text message as nodemailer writes it. */
function parseMail(raw: string): ParsedMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = split >= 0 ? raw.slice(0, split) : raw;
  let body = split >= 0 ? raw.slice(split + 4) : '';
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const cte = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (cte === 'quoted-printable') body = decodeQuotedPrintable(body);
  else if (cte === 'base64') body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return { headers, body: body.replace(/\r\n/g, '\n') };
}

class LoopbackSmtp {
  readonly received: ReceivedMail[] = [];
  /** Recipients refused with 550 (no such mailbox). */
  readonly unknownMailboxes = new Set<string>();
  private server: SMTPServer | undefined;
  port = 0;

  /** Listen on `port` (0: any free port). */
  async start(port = 0): Promise<number> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, cb) => {
        if (this.unknownMailboxes.has(address.address)) {
          const err = Object.assign(new Error('5.1.1 No such mailbox'), { responseCode: 550 });
          cb(err);
          return;
        }
        cb();
      },
      onData: (stream, session, cb) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('error', cb);
        stream.on('end', () => {
          this.received.push({
            mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
            rcptTo: session.envelope.rcptTo.map((a) => a.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          cb();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    this.port = (server.server.address() as AddressInfo).port;
    return this.port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.rcptTo.includes(address));
  }
}

/** A port where nothing listens: bind one, note it, release it. */
async function deadPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

// ---------------------------------------------------------------------------------------------
// Loopback "Twilio"

interface TwilioRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  contentType: string | undefined;
  form: URLSearchParams;
  answeredSid: string | null;
}

class FakeTwilio {
  readonly requests: TwilioRequest[] = [];
  /** While true, every request gets a 503 HTML page (an outage). */
  down = false;
  /** Numbers Twilio rejects with error 21211. */
  readonly invalidNumbers = new Set<string>();
  private server: Server | undefined;
  port = 0;

  async start(): Promise<number> {
    const server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return this.port;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const record: TwilioRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      authorization: req.headers.authorization,
      contentType: req.headers['content-type'],
      form,
      answeredSid: null,
    };
    this.requests.push(record);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (this.down) {
      res.writeHead(503, { 'content-type': 'text/html' });
      res.end('<html><body>Service Unavailable</body></html>');
      return;
    }
    const expectedAuth = `Basic ${Buffer.from('AC123:secret').toString('base64')}`;
    if (req.headers.authorization !== expectedAuth) {
      json(401, { code: 20003, message: 'Authenticate', status: 401 });
      return;
    }
    if (req.method !== 'POST' || req.url !== '/2010-04-01/Accounts/AC123/Messages.json') {
      json(404, { code: 20404, message: 'The requested resource was not found', status: 404 });
      return;
    }
    const to = form.get('To') ?? '';
    if (this.invalidNumbers.has(to)) {
      json(400, {
        code: 21211,
        message: "Invalid 'To' Phone Number",
        more_info: 'https://www.twilio.com/docs/errors/21211',
        status: 400,
      });
      return;
    }
    const sid = `SM${randomBytes(16).toString('hex')}`;
    record.answeredSid = sid;
    json(201, { sid, status: 'queued', to, from: form.get('From'), body: form.get('Body') });
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  to(phone: string): TwilioRequest[] {
    return this.requests.filter((r) => r.form.get('To') === phone);
  }
}

// ---------------------------------------------------------------------------------------------

async function outboxRows(t: TestApp, recipient: string): Promise<OutboxRow[]> {
  return t.deps.database.db.select().from(outbox).where(eq(outbox.recipient, recipient)).orderBy(outbox.id);
}

async function onlyRow(t: TestApp, recipient: string): Promise<OutboxRow> {
  const rows = await outboxRows(t, recipient);
  assert.equal(rows.length, 1, `exactly one outbox row to ${recipient}`);
  return rows[0]!;
}

function providerEnv(smtpPort: number, twilioPort: number): Record<string, string> {
  return {
    MAIL_DRIVER: 'smtp',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MAIL_FROM: 'Daakey <no-reply@daakey.test>',
    SMS_DRIVER: 'twilio',
    TWILIO_ACCOUNT_SID: 'AC123',
    TWILIO_AUTH_TOKEN: 'secret',
    TWILIO_FROM: '+15550000000',
    TWILIO_BASE_URL: `http://127.0.0.1:${twilioPort}`,
  };
}

describe('notifications through real providers on loopback', () => {
  const smtp = new LoopbackSmtp();
  const twilio = new FakeTwilio();
  const apps: TestApp[] = [];
  let t: TestApp;

  before(async () => {
    const smtpPort = await smtp.start();
    const twilioPort = await twilio.start();
    t = await makeTestApp({ env: providerEnv(smtpPort, twilioPort) });
    apps.push(t);
  });

  after(async () => {
    for (const a of apps) await a.close();
    await smtp.stop();
    await twilio.stop();
  });

  it('delivers the email verification message over SMTP, from the agency name', async () => {
    const agency = await createAgency(t, { name: 'Acme Rentals' });
    const { input } = await registerClient(t, agency);
    await t.deps.worker.drain();

    const mails = smtp.to(input.email);
    assert.equal(mails.length, 1, 'one message reached the SMTP server for the client');
    const mail = mails[0]!;
    assert.deepEqual(mail.rcptTo, [input.email]);
    assert.equal(mail.mailFrom, 'no-reply@daakey.test');

    const parsed = parseMail(mail.raw);
    assert.equal(parsed.headers.get('to'), input.email);
    assert.match(parsed.headers.get('from') ?? '', /^"?Acme Rentals"? <no-reply@daakey\.test>$/);
    assert.equal(parsed.headers.get('subject'), 'Acme Rentals: confirm your email address');
    const m = /verification code is: ([a-z0-9]{6})\b/.exec(parsed.body);
    assert.ok(m, `the body carries a 6-character code:\n${parsed.body}`);
    assert.equal(m[1], await lastEmailCode(t, input.email), 'the code mailed is the one the outbox queued');

    const row = await onlyRow(t, input.email);
    assert.equal(row.channel, 'email');
    assert.equal(row.kind, 'verification_email');
    assert.equal(row.status, 'sent');
    assert.equal(row.driver, 'smtp');
    assert.equal(row.attempts, 1);
    assert.equal(row.lastError, null);
    assert.ok(row.providerRef, 'the SMTP message id is kept');
    assert.ok(row.sentAt);
  });

  it('delivers the phone verification SMS through the Twilio REST API', async () => {
    const agency = await createAgency(t, { name: 'Acme Rentals' });
    const { input } = await registerClient(t, agency);
    await t.deps.worker.drain();

    const reqs = twilio.to(input.phone);
    assert.equal(reqs.length, 1, 'one request reached Twilio for the client');
    const req = reqs[0]!;
    assert.equal(req.method, 'POST');
    assert.equal(req.url, '/2010-04-01/Accounts/AC123/Messages.json');
    assert.equal(req.authorization, `Basic ${Buffer.from('AC123:secret').toString('base64')}`);
    assert.match(req.contentType ?? '', /^application\/x-www-form-urlencoded/);
    assert.equal(req.form.get('To'), input.phone);
    assert.equal(req.form.get('From'), '+15550000000');
    const m = /\b(\d{6})\b/.exec(req.form.get('Body') ?? '');
    assert.ok(m, `Body holds a 6-digit code: ${req.form.get('Body')}`);
    assert.equal(m[1], await lastPhoneCode(t, input.phone));
    assert.ok(req.answeredSid);

    const row = await onlyRow(t, input.phone);
    assert.equal(row.channel, 'sms');
    assert.equal(row.kind, 'verification_phone');
    assert.equal(row.status, 'sent');
    assert.equal(row.driver, 'twilio');
    assert.equal(row.providerRef, req.answeredSid);
    assert.equal(row.attempts, 1);
    assert.equal(row.lastError, null);
  });

  it('keeps a message through a provider outage and delivers it after the backoff', async () => {
    // SMTP: a port where nothing listens yet. Twilio: answering 503.
    const port = await deadPort();
    const outage = new LoopbackSmtp();
    const o = await makeTestApp({ env: providerEnv(port, twilio.port) });
    apps.push(o);
    twilio.down = true;
    try {
      const agency = await createAgency(o);
      const input = newClientInput();
      const res = await call(o, { method: 'POST', url: `${CLIENT}/auth/register`, agency, body: input });
      assert.equal(res.statusCode, 201, 'registration succeeds while the providers are down');

      await o.deps.worker.drain();
      let email = await onlyRow(o, input.email);
      let sms = await onlyRow(o, input.phone);
      assert.equal(email.status, 'pending');
      assert.equal(email.attempts, 1);
      assert.match(email.lastError ?? '', /ECONNREFUSED/);
      assert.equal(sms.status, 'pending');
      assert.equal(sms.attempts, 1);
      assert.match(sms.lastError ?? '', /503/);
      assert.equal(twilio.to(input.phone).length, 1);

      // Not due yet: a second pass at the same instant leaves both rows alone.
      await o.deps.worker.drain();
      email = await onlyRow(o, input.email);
      sms = await onlyRow(o, input.phone);
      assert.equal(email.status, 'pending');
      assert.equal(email.attempts, 1);
      assert.equal(sms.status, 'pending');
      assert.equal(sms.attempts, 1);
      assert.equal(twilio.to(input.phone).length, 1, 'no retry before the backoff');

      // The providers come back, but the backoff (5 s after the first attempt) is not over.
      await outage.start(port);
      twilio.down = false;
      await o.deps.worker.drain();
      o.clock.advanceSeconds(4);
      await o.deps.worker.drain();
      assert.equal((await onlyRow(o, input.email)).attempts, 1);
      assert.equal((await onlyRow(o, input.phone)).attempts, 1);
      assert.equal(outage.to(input.email).length, 0);
      assert.equal(twilio.to(input.phone).length, 1);

      o.clock.advanceSeconds(6);
      await o.deps.worker.drain();
      email = await onlyRow(o, input.email);
      sms = await onlyRow(o, input.phone);
      assert.equal(email.status, 'sent');
      assert.equal(email.attempts, 2);
      assert.equal(email.driver, 'smtp');
      assert.equal(email.lastError, null);
      assert.equal(sms.status, 'sent');
      assert.equal(sms.attempts, 2);
      assert.equal(sms.driver, 'twilio');
      assert.equal(sms.lastError, null);

      const mails = outage.to(input.email);
      assert.equal(mails.length, 1);
      assert.ok(parseMail(mails[0]!.raw).body.includes(await lastEmailCode(o, input.email)));
      const smsReqs = twilio.to(input.phone);
      assert.equal(smsReqs.length, 2);
      assert.equal(sms.providerRef, smsReqs[1]!.answeredSid);
      assert.ok(smsReqs[1]!.form.get('Body')?.includes(await lastPhoneCode(o, input.phone)));
    } finally {
      twilio.down = false;
      await outage.stop();
    }
  });

  it("fails an SMS at once, with Twilio's error, when Twilio answers 400 (21211): retrying cannot help", async () => {
    const agency = await createAgency(t);
    const input = newClientInput();
    const phone = input.phone;
    twilio.invalidNumbers.add(phone);
    await registerClient(t, agency, input);
    await t.deps.worker.drain();

    assert.equal(twilio.to(phone).length, 1);
    const row = await onlyRow(t, phone);
    assert.equal(row.status, 'failed');
    assert.equal(row.attempts, 1);
    assert.match(row.lastError ?? '', /21211/);
    assert.equal(row.providerRef, null);
    // Nothing is retried later.
    t.clock.advanceSeconds(3600);
    await t.deps.worker.drain();
    assert.equal(twilio.to(phone).length, 1);
    assert.equal((await onlyRow(t, phone)).status, 'failed');
    // The email of the same registration is unaffected.
    assert.equal((await onlyRow(t, input.email)).status, 'sent');
  });
});

describe('permanent SMTP refusals', () => {
  it('fails an email at once when the server answers 550 for the mailbox', async () => {
    const smtp = new LoopbackSmtp();
    const t = await makeTestApp({ env: providerEnv(await smtp.start(), await deadPort()) });
    try {
      const agency = await createAgency(t);
      const input = newClientInput();
      smtp.unknownMailboxes.add(input.email);
      await registerClient(t, agency, input);
      await t.deps.worker.drain();
      const row = await onlyRow(t, input.email);
      assert.equal(row.status, 'failed');
      assert.equal(row.attempts, 1);
      assert.match(row.lastError ?? '', /SMTP 550/);
      assert.equal(smtp.to(input.email).length, 0);
    } finally {
      await t.close();
      await smtp.stop();
    }
  });
});

describe('secrets never reach the log', () => {
  it('logs neither passwords, tokens, verification codes nor the agency secret', async () => {
    const lines: string[] = [];
    // The production logger's settings (src/lib/logger.ts createLogger), writing to memory at debug level.
    const logger = pino(
      { level: 'debug', redact: { paths: REDACT_PATHS, censor: '[redacted]' } },
      { write: (s: string) => void lines.push(s) },
    );
    const t = await makeTestApp({ overrides: { logger } });
    try {
      const agency = await createAgency(t);
      const { input, token } = await registerClient(t, agency, {
        password: 'Reg1st3r-Pa55word',
        password_confirmation: 'Reg1st3r-Pa55word',
      });
      await t.deps.worker.drain();
      const emailCode = await lastEmailCode(t, input.email);
      const phoneCode = await lastPhoneCode(t, input.phone);
      assert.match((await lastMessage(t, input.email)).body, new RegExp(emailCode));

      // The codes travel in request bodies too: a wrong phone code, then the right email code.
      const wrongCode = phoneCode === '000000' ? '111111' : '000000';
      const v1 = await call(t, {
        method: 'POST',
        url: `${CLIENT}/verification/verify-phone`,
        agency,
        token,
        body: { code: wrongCode },
      });
      assert.equal(v1.statusCode, 422, v1.body);
      const v2 = await call(t, {
        method: 'POST',
        url: `${CLIENT}/verification/verify-email`,
        agency,
        token,
        body: { code: emailCode },
      });
      assert.equal(v2.statusCode, 200, v2.body);

      const wrong = 'Wr0ng-Pa55word-zz';
      const bad = await call(t, {
        method: 'POST',
        url: `${CLIENT}/auth/login`,
        agency,
        body: { email: input.email, password: wrong },
      });
      assert.equal(bad.statusCode, 401);
      const good = await call(t, {
        method: 'POST',
        url: `${CLIENT}/auth/login`,
        agency,
        body: { email: input.email, password: input.password },
      });
      assert.equal(good.statusCode, 200);
      const token2 = good.json().data.token as string;

      const text = lines.join('');
      assert.ok(text.length > 0, 'something was logged at debug level');
      assert.match(text, /incoming request|request completed/, 'the request log is captured');
      assert.match(text, /accepted by log driver/, 'the delivery log is captured');
      const secrets: Record<string, string> = {
        'registration password': input.password,
        'wrong password': wrong,
        'registration token secret': token.split('|')[1]!,
        'login token secret': token2.split('|')[1]!,
        'email code': emailCode,
        'phone code': phoneCode,
        'agency secret key': agency.secret,
      };
      for (const [what, secret] of Object.entries(secrets)) {
        assert.ok(secret.length >= 6, what);
        // Bounded, so a 6-digit code does not "appear" inside a 13-digit timestamp by chance.
        const bounded = new RegExp(
          `(?<![0-9A-Za-z])${secret.replace(/[^0-9A-Za-z]/g, (c) => `\\${c}`)}(?![0-9A-Za-z])`,
        );
        assert.doesNotMatch(text, bounded, `the ${what} appears in the log`);
        if (secret.length > 6) assert.ok(!text.includes(secret), `the ${what} appears in the log`);
      }
      // The agency signature (it carries an HMAC under the secret) is not logged either.
      assert.ok(!text.includes(agency.sig().split('.')[1]!.slice(0, 20)));
    } finally {
      await t.close();
    }
  });
});
