/**
 * The support commands as staff run them: `daakey tickets:list` and `daakey tickets:reply` in a child
 * process (bin/daakey.js) with its own data folder, on the embedded database, or on PostgreSQL (a
 * schema of its own) when TEST_DATABASE_URL is set. The client and their ticket are made in this
 * process, through the services, on the same database (the embedded one is closed in between).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../../src/config.js';
import { createDeps, type Deps } from '../../src/deps.js';
import { cliWorkspace, failed, ok } from '../helpers/cli.js';

// Some twenty child processes, each opening the database: minutes on a busy machine.
const SLOW = { timeout: 600_000 };
const EMAIL = 'rider@tickets-cli.example';

const cli = cliWorkspace('tickets');
const daakey = cli.run;

/** Work on the CLI's database from this process (the embedded one is free again when it returns). */
async function withDeps<T>(fn: (deps: Deps) => Promise<T>): Promise<T> {
  const deps = await createDeps(loadConfig({ ...cli.env(), LOG_LEVEL: 'silent', RUN_WORKER: 'false' }));
  try {
    return await fn(deps);
  } finally {
    await deps.close();
  }
}

describe('daakey tickets:list and tickets:reply', () => {
  it('lists tickets, answers as support, moves the status, emails the client; refuses bad input', SLOW, async () => {
    ok(await daakey(['agency:create', '--code', 'TKCLI', '--name', 'Tickets CLI', '--json']));
    const reference = await withDeps(async (deps) => {
      const agency = (await deps.agencies.findByCode('TKCLI'))!;
      const { client } = await deps.auth.register(agency, {
        name: 'Rita Rider',
        email: EMAIL,
        phone: '+15557770001',
        password: 'password-1',
      });
      const detail = await deps.tickets.create(agency, client, {
        subject: 'Vehicle not starting',
        message: 'The dashboard shows an error.',
        category: 'vehicle_issue',
        priority: 'high',
        bookingId: null,
        attachments: [],
      });
      return detail.ticket.reference;
    });
    assert.match(reference, /^TK-\d{4}-00001$/);

    const listed = JSON.parse(ok(await daakey(['tickets:list', '--agency', 'tkcli', '--json'])));
    assert.equal(listed.length, 1);
    assert.deepEqual(
      { ...listed[0], last_activity: typeof listed[0].last_activity, created_at: typeof listed[0].created_at },
      {
        reference,
        status: 'open',
        priority: 'high',
        category: 'vehicle_issue',
        subject: 'Vehicle not starting',
        client_id: listed[0].client_id,
        client_email: EMAIL,
        last_activity: 'string',
        created_at: 'string',
      },
    );
    const text = ok(await daakey(['tickets:list', '--agency', 'TKCLI']));
    assert.match(text, new RegExp(`^${reference} open high ${EMAIL} last activity \\S+Z "Vehicle not starting"\\n$`));

    // A reply: an open ticket becomes in_progress, and the client is emailed the text.
    const replied = ok(
      await daakey([
        'tickets:reply',
        '--agency',
        'TKCLI',
        '--ticket',
        reference,
        '--message',
        'A technician is on the way.',
      ]),
    );
    assert.match(
      replied.trim(),
      new RegExp(`^Reply #\\d+ added to ${reference} \\(status: in_progress\\); the client is emailed\\.$`),
    );
    const emails = JSON.parse(ok(await daakey(['notifications:list', '--to', EMAIL, '--json']))) as Array<{
      kind: string;
      subject: string;
      body: string;
      status: string;
    }>;
    const reply = emails.find((m) => m.kind === 'ticket_reply');
    assert.ok(reply, JSON.stringify(emails));
    assert.equal(reply.subject, `[${reference}] New reply: Vehicle not starting`);
    assert.match(reply.body, /Support Team replied to your support request/);
    assert.match(reply.body, /A technician is on the way\./);
    assert.match(reply.body, /Status: In progress/);
    assert.ok(
      emails.some((m) => m.kind === 'ticket_created'),
      'the receipt of the ticket',
    );

    // --status and --name; then an internal note: no email, never shown to the client (checked below).
    const resolved = JSON.parse(
      ok(
        await daakey([
          'tickets:reply',
          '--agency',
          'TKCLI',
          '--ticket',
          reference.toLowerCase(),
          '--message',
          'Fixed remotely.',
          '--status',
          'resolved',
          '--name',
          'Sam from Support',
          '--json',
        ]),
      ),
    );
    assert.deepEqual(
      { ...resolved, message_id: typeof resolved.message_id },
      { ticket: reference, status: 'resolved', message_id: 'number', internal: false, client_notified: true },
    );
    const note = ok(
      await daakey([
        'tickets:reply',
        '--agency',
        'TKCLI',
        '--ticket',
        reference,
        '--message',
        'Battery swapped.',
        '--internal',
      ]),
    );
    assert.match(
      note.trim(),
      new RegExp(`^Internal note #\\d+ added to ${reference} \\(status: resolved\\); not shown to the client\\.$`),
    );

    const seen = await withDeps(async (deps) => {
      const agency = (await deps.agencies.findByCode('TKCLI'))!;
      const [row] = await deps.tickets.listForAgency(agency);
      const shown = await deps.tickets.show(agency, row!.clientId, row!.id);
      return { row: row!, shown, sent: await deps.notifications.list({ to: EMAIL }) };
    });
    assert.equal(seen.sent.length, emails.length + 1, 'the resolved reply was emailed, the internal note not');
    assert.equal(seen.row.status, 'resolved');
    assert.ok(seen.row.resolvedAt instanceof Date);
    assert.deepEqual(
      seen.shown.messages.map((m) => [m.message.sender, m.message.senderName, m.message.body]),
      [
        ['client', 'Rita Rider', 'The dashboard shows an error.'],
        ['support', 'Support Team', 'A technician is on the way.'],
        ['support', 'Sam from Support', 'Fixed remotely.'],
      ],
    );

    // Errors: each says what is wrong, nothing on stdout.
    failed(
      await daakey(['tickets:reply', '--agency', 'TKCLI', '--ticket', 'TK-2000-99999', '--message', 'Hi']),
      /No ticket TK-2000-99999 in TKCLI/,
    );
    failed(
      await daakey(['tickets:reply', '--agency', 'NOPE', '--ticket', reference, '--message', 'Hi']),
      /No agency with code NOPE/,
    );
    failed(
      await daakey([
        'tickets:reply',
        '--agency',
        'TKCLI',
        '--ticket',
        reference,
        '--message',
        'Hi',
        '--status',
        'open',
      ]),
      /--status must be one of in_progress, resolved, closed/,
    );
    failed(
      await daakey(['tickets:reply', '--agency', 'TKCLI', '--ticket', reference, '--message', '   ']),
      /--message must not be empty/,
    );
    failed(
      await daakey(['tickets:reply', '--agency', 'TKCLI', '--message', 'Hi']),
      /needs --agency, --ticket and --message/,
    );
    failed(
      await daakey(['tickets:list', '--agency', 'TKCLI', '--status', 'done']),
      /--status must be one of open, in_progress, resolved, closed/,
    );

    // Closing it: afterwards it takes no more messages.
    ok(
      await daakey([
        'tickets:reply',
        '--agency',
        'TKCLI',
        '--ticket',
        reference,
        '--message',
        'Closing.',
        '--status',
        'closed',
      ]),
    );
    failed(
      await daakey(['tickets:reply', '--agency', 'TKCLI', '--ticket', reference, '--message', 'One more']),
      new RegExp(`Ticket ${reference} is closed: it takes no more messages`),
    );
    const closed = JSON.parse(ok(await daakey(['tickets:list', '--agency', 'TKCLI', '--status', 'closed', '--json'])));
    assert.deepEqual(
      closed.map((r: { reference: string }) => r.reference),
      [reference],
    );
  });
});
