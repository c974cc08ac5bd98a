/**
 * Support tickets: GET/POST /tickets, GET /tickets/{id}, POST /tickets/{id}/messages. Shapes and stored
 * rows, TK-YYYY-NNNNN references per agency, validation, the list's last message and unread count,
 * staff replies and internal notes (through the service the CLI uses), reopening and closed tickets,
 * and who sees what.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, asc, eq } from 'drizzle-orm';
import {
  bookings,
  clients,
  media,
  outbox,
  ticketMessageAttachments,
  ticketMessages,
  tickets,
} from '../../src/db/schema.js';
import { ManualClock } from '../../src/lib/clock.js';
import {
  CLIENT,
  call,
  createAgency,
  lastMessage,
  makeTestApp,
  registerClient,
  type TestAgency,
  type TestApp,
} from '../helpers/app.js';
import { expectError, expectOk, type Res } from '../helpers/envelope.js';
import { createStation, createVehicle, insertBooking } from '../helpers/fleet.js';
import { jpegWithGps, multipart, png } from '../helpers/uploads.js';

const TICKETS = `${CLIENT}/tickets`;
const LIST_KEYS = [
  'booking_id',
  'category',
  'created_at',
  'id',
  'last_message',
  'last_message_at',
  'priority',
  'reference',
  'status',
  'subject',
  'unread_count',
];
const DETAIL_KEYS = [
  'booking',
  'category',
  'created_at',
  'id',
  'messages',
  'priority',
  'reference',
  'status',
  'subject',
  'updated_at',
];
const MESSAGE_KEYS = ['attachments', 'created_at', 'id', 'message', 'sender', 'sender_name'];

let t: TestApp;

before(async () => {
  t = await makeTestApp({ clock: new ManualClock('2026-03-10T09:30:00Z') });
});

after(async () => {
  await t.close();
});

function iso(d: Date): string {
  return `${d.toISOString().slice(0, 19)}Z`;
}

interface Client {
  agency: TestAgency;
  token: string;
  id: number;
  email: string;
  name: string;
}

async function client(agency?: TestAgency, name = 'Jane Driver'): Promise<Client> {
  const a = agency ?? (await createAgency(t));
  const reg = await registerClient(t, a, { name });
  return { agency: a, token: reg.token, id: reg.user.id, email: reg.user.email, name };
}

function open(c: Client, body: Record<string, unknown>): Promise<Res> {
  return call(t, { method: 'POST', url: TICKETS, agency: c.agency, token: c.token, body });
}

const BASIC = { subject: 'Vehicle not starting', message: 'The dashboard shows an error.', category: 'vehicle_issue' };

async function opened(c: Client, body: Record<string, unknown> = BASIC) {
  return expectOk(await open(c, body), 201, 'Ticket created successfully').data;
}

function show(c: Client, id: number | string): Promise<Res> {
  return call(t, { url: `${TICKETS}/${id}`, agency: c.agency, token: c.token });
}

function list(c: Client, query = ''): Promise<Res> {
  return call(t, { url: `${TICKETS}${query}`, agency: c.agency, token: c.token });
}

function write(c: Client, id: number | string, body: Record<string, unknown>): Promise<Res> {
  return call(t, { method: 'POST', url: `${TICKETS}/${id}/messages`, agency: c.agency, token: c.token, body });
}

async function uploadMedia(c: Client, bytes?: Buffer): Promise<{ id: number; url: string }> {
  const form = multipart({}, [{ bytes: bytes ?? (await png()), filename: 'photo.png', contentType: 'image/png' }]);
  const res = await call(t, {
    method: 'POST',
    url: `${CLIENT}/media`,
    agency: c.agency,
    token: c.token,
    body: form.body,
    headers: { 'content-type': form.contentType },
  });
  return expectOk(res, 201, 'Media uploaded successfully').data;
}

function staffReply(c: Client, reference: string, input: Partial<Parameters<TestApp['deps']['tickets']['reply']>[2]>) {
  return t.deps.tickets.reply(c.agency.agency, reference, { message: 'We are on it.', internal: false, ...input });
}

async function ticketRow(id: number) {
  const [row] = await t.deps.database.db.select().from(tickets).where(eq(tickets.id, id));
  assert.ok(row, `ticket ${id} stored`);
  return row;
}

function messageRows(ticketId: number) {
  return t.deps.database.db
    .select()
    .from(ticketMessages)
    .where(eq(ticketMessages.ticketId, ticketId))
    .orderBy(asc(ticketMessages.id));
}

function ticketsOf(c: Client) {
  return t.deps.database.db
    .select()
    .from(tickets)
    .where(and(eq(tickets.agencyId, c.agency.agency.id), eq(tickets.clientId, c.id)));
}

function emailsTo(to: string) {
  return t.deps.database.db.select().from(outbox).where(eq(outbox.recipient, to)).orderBy(asc(outbox.id));
}

/** The storage key in a signed file link. */
function keyOf(url: string): string {
  return new URL(url).pathname.slice('/files/'.length);
}

function fetchLink(url: string) {
  const u = new URL(url);
  return t.app.inject({ method: 'GET', url: `${u.pathname}${u.search}` });
}

function invalid(res: Res, errors: Record<string, string[]>) {
  return expectError(res, 422, 'Validation failed', errors);
}

describe('POST /tickets', () => {
  it('opens a ticket with its first message, stores it, and emails the client a receipt', async () => {
    const c = await client();
    const res = await open(c, BASIC);
    const body = expectOk(res, 201, 'Ticket created successfully');
    assert.deepEqual(body.meta, { agency_id: c.agency.agency.id, agency_code: c.agency.agency.code });
    const data = body.data;
    assert.deepEqual(Object.keys(data).sort(), DETAIL_KEYS);
    const row = await ticketRow(data.id);
    const [msg, ...more] = await messageRows(data.id);
    assert.ok(msg);
    assert.equal(more.length, 0);
    const now = iso(t.clock.now());
    assert.deepEqual(data, {
      id: row.id,
      reference: row.reference,
      subject: 'Vehicle not starting',
      status: 'open',
      priority: 'normal',
      category: 'vehicle_issue',
      booking: null,
      messages: [
        {
          id: msg.id,
          message: 'The dashboard shows an error.',
          sender: 'client',
          sender_name: 'Jane Driver',
          attachments: [],
          created_at: now,
        },
      ],
      created_at: now,
      updated_at: now,
    });
    assert.match(row.reference, /^TK-2026-\d{5}$/);
    assert.equal(row.agencyId, c.agency.agency.id);
    assert.equal(row.clientId, c.id);
    assert.equal(row.bookingId, null);
    assert.equal(row.status, 'open');
    assert.equal(row.lastMessageAt.toISOString(), t.clock.now().toISOString());
    assert.equal(row.resolvedAt, null);
    assert.equal(row.closedAt, null);
    assert.equal(msg.sender, 'client');
    assert.equal(msg.internal, false);
    assert.equal(msg.readAt, null);

    const receipt = await lastMessage(t, c.email);
    assert.equal(receipt.kind, 'ticket_created');
    assert.equal(receipt.subject, `[${row.reference}] We received your request: Vehicle not starting`);
    assert.match(receipt.body, new RegExp(`reference ${row.reference}`));
    assert.match(receipt.body, /open the Agency .* app and go to Support/);
  });

  it('numbers references TK-YYYY-NNNNN per agency, by the year of the injected clock', async () => {
    const a = await client();
    const b = await client();
    const sameAgency = await client(a.agency);
    const refs = [
      (await opened(a)).reference,
      (await opened(sameAgency)).reference,
      (await opened(a)).reference,
      (await opened(b)).reference,
    ];
    assert.deepEqual(refs, ['TK-2026-00001', 'TK-2026-00002', 'TK-2026-00003', 'TK-2026-00001']);

    const saved = t.clock.now();
    try {
      t.clock.set('2027-01-01T00:30:00Z');
      assert.equal((await opened(a)).reference, 'TK-2027-00001');
      assert.equal((await opened(b)).reference, 'TK-2027-00001');
      assert.equal((await opened(a)).reference, 'TK-2027-00002');
    } finally {
      t.clock.set(saved);
    }
  });

  it("links one of the client's bookings and attachments given by media id or url (even an expired one)", async () => {
    const c = await client();
    const station = await createStation(t, c.agency);
    const vehicle = await createVehicle(t, c.agency, station, {
      plateNumber: `TK-${c.id}-1`,
      brand: 'Kia',
      model: 'Rio',
    });
    const booking = await insertBooking(t, c.agency, c.id, vehicle);
    const first = await uploadMedia(c);
    const second = await uploadMedia(c, await jpegWithGps());
    t.clock.advanceMinutes(20); // the second upload's url has expired: it still names the file
    expectError(await fetchLink(second.url), 403, 'Invalid or expired file link');

    const data = await opened(c, {
      ...BASIC,
      priority: 'critical',
      booking_id: booking.id,
      attachments: [second.url, first.id, first.id],
    });
    assert.equal(data.priority, 'critical');
    assert.deepEqual(data.booking, {
      id: booking.id,
      reference: booking.reference,
      vehicle: { id: vehicle.id, plate_number: vehicle.plateNumber, brand: 'Kia', model: 'Rio' },
      start_date: iso(booking.startAt),
      end_date: iso(booking.endAt),
    });
    const [message] = data.messages;
    assert.equal(message.attachments.length, 2, 'a file named twice is attached once');
    assert.deepEqual(message.attachments.map(keyOf), [keyOf(second.url), keyOf(first.url)]);
    for (const url of message.attachments) assert.equal((await fetchLink(url)).statusCode, 200, 'fresh links');

    const row = await ticketRow(data.id);
    assert.equal(row.bookingId, booking.id);
    assert.equal(row.priority, 'critical');
    const attached = await t.deps.database.db
      .select()
      .from(ticketMessageAttachments)
      .where(eq(ticketMessageAttachments.messageId, message.id))
      .orderBy(asc(ticketMessageAttachments.position));
    assert.deepEqual(
      attached.map((a) => [a.position, a.mediaId]),
      [
        [0, second.id],
        [1, first.id],
      ],
    );
    // The detail shows the same, with its booking.
    const shown = expectOk(await show(c, data.id), 200, 'Ticket retrieved').data;
    assert.deepEqual(shown.booking, data.booking);
    assert.deepEqual(shown.messages[0].attachments.map(keyOf), [keyOf(second.url), keyOf(first.url)]);
  });

  it('validates every field, Laravel style, and stores nothing', async () => {
    const c = await client();
    const neighbour = await client(c.agency);
    const station = await createStation(t, c.agency);
    const vehicle = await createVehicle(t, c.agency, station);
    const theirs = await insertBooking(t, c.agency, neighbour.id, vehicle);
    const pending = await insertBooking(t, c.agency, c.id, vehicle, {
      status: 'pending',
      startAt: new Date(t.clock.now().getTime() + 48 * 3_600_000),
    });
    const mine = await uploadMedia(c);
    const theirMedia = await uploadMedia(neighbour);

    invalid(await open(c, {}), {
      subject: ['The subject field is required.'],
      message: ['The message field is required.'],
      category: ['The category field is required.'],
    });
    invalid(await open(c, { ...BASIC, subject: 'x'.repeat(256), message: '  ' }), {
      subject: ['The subject must not be greater than 255 characters.'],
      message: ['The message field is required.'],
    });
    invalid(await open(c, { ...BASIC, message: 'y'.repeat(5001) }), {
      message: ['The message must not be greater than 5000 characters.'],
    });
    invalid(await open(c, { ...BASIC, priority: 'urgent' }), { priority: ['The selected priority is invalid.'] });
    invalid(await open(c, { ...BASIC, booking_id: 'five' }), { booking_id: ['The booking id must be a number.'] });
    invalid(await open(c, { ...BASIC, attachments: 'photo.png' }), {
      attachments: ['The attachments must be an array.'],
    });
    invalid(await open(c, { ...BASIC, attachments: Array.from({ length: 11 }, () => mine.id) }), {
      attachments: ['The attachments must not have more than 10 items.'],
    });
    invalid(await open(c, { ...BASIC, attachments: [mine.id, { id: mine.id }, true] }), {
      'attachments.1': ['The selected attachments.1 is invalid.'],
      'attachments.2': ['The selected attachments.2 is invalid.'],
    });
    // Checked against the agency's data: every field at once.
    invalid(
      await open(c, {
        ...BASIC,
        category: 'complaint',
        booking_id: theirs.id,
        attachments: [mine.url, theirMedia.id, theirMedia.url, 'https://evil.example/x.png', mine.id + 1_000_000],
      }),
      {
        category: ['The selected category is invalid.'],
        booking_id: ['The selected booking id is invalid.'],
        'attachments.1': ['The selected attachments.1 is invalid.'],
        'attachments.2': ['The selected attachments.2 is invalid.'],
        'attachments.3': ['The selected attachments.3 is invalid.'],
        'attachments.4': ['The selected attachments.4 is invalid.'],
      },
    );
    // A link to one of my files whose signature was tampered with is not one of my files.
    const forged = mine.url.replace(/signature=[0-9a-f]/, (m) =>
      m.endsWith('0') ? `${m.slice(0, -1)}1` : `${m.slice(0, -1)}0`,
    );
    invalid(await open(c, { ...BASIC, attachments: [forged] }), {
      'attachments.0': ['The selected attachments.0 is invalid.'],
    });
    for (const bookingId of [pending.id, 999_999_999, -1, 0]) {
      invalid(await open(c, { ...BASIC, booking_id: bookingId }), {
        booking_id: ['The selected booking id is invalid.'],
      });
    }
    assert.deepEqual(await ticketsOf(c), []);
    assert.deepEqual(
      (await emailsTo(c.email)).filter((m) => m.kind === 'ticket_created'),
      [],
      'no receipt for a refused ticket',
    );
  });

  it("takes the categories from the agency's ticket_categories setting", async () => {
    const agency = await createAgency(t, { settings: { ticket_categories: ['lost_item', 'feedback'] } });
    const c = await client(agency);
    invalid(await open(c, BASIC), { category: ['The selected category is invalid.'] });
    const data = await opened(c, { ...BASIC, category: 'lost_item' });
    assert.equal(data.category, 'lost_item');
    const config = expectOk(await call(t, { url: `${CLIENT}/config`, agency }), 200, 'Configuration retrieved');
    assert.deepEqual(config.data.support.ticket_categories, ['lost_item', 'feedback']);
  });
});

describe('GET /tickets', () => {
  it("lists the client's tickets, newest activity first, with the documented item shape and pagination", async () => {
    const c = await client();
    const neighbour = await client(c.agency);
    await opened(neighbour);
    const first = await opened(c, { ...BASIC, subject: 'First' });
    t.clock.advanceMinutes(5);
    const second = await opened(c, { ...BASIC, subject: 'Second', category: 'billing', priority: 'low' });

    const body = expectOk(await list(c), 200, 'Tickets retrieved');
    assert.deepEqual(body.meta, {
      agency_id: c.agency.agency.id,
      agency_code: c.agency.agency.code,
      current_page: 1,
      last_page: 1,
      per_page: 15,
      total: 2,
    });
    assert.deepEqual(Object.keys(body.data[0]).sort(), LIST_KEYS);
    assert.deepEqual(body.data[0], {
      id: second.id,
      reference: second.reference,
      subject: 'Second',
      status: 'open',
      priority: 'low',
      category: 'billing',
      booking_id: null,
      last_message: BASIC.message,
      last_message_at: second.created_at,
      unread_count: 0,
      created_at: second.created_at,
    });
    assert.deepEqual(
      body.data.map((x: { id: number }) => x.id),
      [second.id, first.id],
    );

    // A message on the older ticket brings it to the top.
    t.clock.advanceMinutes(5);
    expectOk(await write(c, first.id, { message: 'Any news?' }), 201, 'Message added');
    const again = expectOk(await list(c), 200, 'Tickets retrieved').data;
    assert.deepEqual(
      again.map((x: { id: number }) => x.id),
      [first.id, second.id],
    );
    assert.equal(again[0].last_message, 'Any news?');
    assert.equal(again[0].last_message_at, iso(t.clock.now()));
    assert.equal(again[0].created_at, first.created_at);
  });

  it('filters by status, pages like GET /bookings, and refuses bad query values', async () => {
    const c = await client();
    const made = [];
    for (let i = 0; i < 5; i++) {
      made.push(await opened(c, { ...BASIC, subject: `Ticket ${i}` }));
      t.clock.advanceSeconds(1);
    }
    await staffReply(c, made[0].reference, { status: 'resolved' });
    await staffReply(c, made[1].reference, { status: 'closed' });
    await staffReply(c, made[2].reference, {});

    const byStatus = async (s: string) =>
      expectOk(await list(c, `?status=${s}`), 200, 'Tickets retrieved').data.map((x: { id: number }) => x.id);
    assert.deepEqual(await byStatus('resolved'), [made[0].id]);
    assert.deepEqual(await byStatus('closed'), [made[1].id]);
    assert.deepEqual(await byStatus('in_progress'), [made[2].id]);
    assert.deepEqual(await byStatus('open'), [made[4].id, made[3].id]);

    const page2 = expectOk(await list(c, '?per_page=2&page=2'), 200, 'Tickets retrieved');
    assert.deepEqual(
      [page2.meta.current_page, page2.meta.last_page, page2.meta.per_page, page2.meta.total],
      [2, 3, 2, 5],
    );
    assert.equal(page2.data.length, 2);
    const beyond = expectOk(await list(c, '?per_page=2&page=9'), 200, 'Tickets retrieved');
    assert.deepEqual(beyond.data, []);
    assert.equal(beyond.meta.last_page, 3);

    invalid(await list(c, '?status=pending'), { status: ['The selected status is invalid.'] });
    invalid(await list(c, '?per_page=51'), { per_page: ['The per page must not be greater than 50.'] });
    invalid(await list(c, '?per_page=0&page=0'), {
      page: ['The page must be at least 1.'],
      per_page: ['The per page must be at least 1.'],
    });
    invalid(await list(c, '?page=abc'), { page: ['The page must be an integer.'] });
  });

  it('counts unread support replies and shows the latest visible message; internal notes never show', async () => {
    const c = await client();
    const ticket = await opened(c);
    const item = async () => expectOk(await list(c), 200, 'Tickets retrieved').data[0];
    assert.equal((await item()).unread_count, 0, "the client's own message is not unread");

    t.clock.advanceMinutes(10);
    const long = `${'Our technician is on the way. '.repeat(5)}Tail end that is cut.`;
    const reply = await staffReply(c, ticket.reference, { message: long, senderName: 'Sam from Support' });
    assert.equal(reply.ticket.status, 'in_progress', 'an open ticket is being worked on');
    let row = await item();
    assert.equal(row.unread_count, 1);
    assert.equal(row.status, 'in_progress');
    assert.equal(row.last_message, `${long.slice(0, 100)}...`);
    assert.equal(Array.from(row.last_message as string).length, 103);
    assert.equal(row.last_message_at, iso(t.clock.now()));
    const replyAt = row.last_message_at;

    // An internal note: not counted, not the last message, no email, the list order unchanged.
    t.clock.advanceMinutes(10);
    const emailsBefore = (await emailsTo(c.email)).length;
    await staffReply(c, ticket.reference, { message: 'Customer sounds upset, escalate.', internal: true });
    row = await item();
    assert.equal(row.unread_count, 1);
    assert.equal(row.last_message, `${long.slice(0, 100)}...`);
    assert.equal(row.last_message_at, replyAt);
    assert.equal((await emailsTo(c.email)).length, emailsBefore, 'no email for an internal note');

    // Reading the ticket marks the replies read; the note is nowhere in it.
    const shown = expectOk(await show(c, ticket.id), 200, 'Ticket retrieved').data;
    assert.deepEqual(
      shown.messages.map((m: { sender: string; sender_name: string; message: string }) => [
        m.sender,
        m.sender_name,
        m.message,
      ]),
      [
        ['client', 'Jane Driver', BASIC.message],
        ['support', 'Sam from Support', long],
      ],
    );
    assert.ok(!JSON.stringify(shown).includes('escalate'));
    assert.equal((await item()).unread_count, 0);
    const stored = await messageRows(ticket.id);
    assert.deepEqual(
      stored.map((m) => [m.sender, m.internal, m.readAt?.toISOString() ?? null]),
      [
        ['client', false, null],
        ['support', false, t.clock.now().toISOString()],
        ['support', true, null],
      ],
    );

    // Short replies are not cut; an emoji is never split.
    t.clock.advanceMinutes(1);
    await staffReply(c, ticket.reference, { message: 'Fixed 👍' });
    assert.equal((await item()).last_message, 'Fixed 👍');
    await staffReply(c, ticket.reference, { message: `${'a'.repeat(99)}😀😀` });
    assert.equal((await item()).last_message, `${'a'.repeat(99)}😀...`);
    assert.equal((await item()).unread_count, 2);
  });

  it('reads a page in one query plus one count, whatever the number of tickets', async () => {
    const c = await client();
    const cost = async () => {
      await list(c); // warm the agency and session caches
      const before = t.deps.database.queries();
      expectOk(await list(c), 200, 'Tickets retrieved');
      return t.deps.database.queries() - before;
    };
    const ticket = await opened(c);
    await staffReply(c, ticket.reference, {});
    const one = await cost();
    for (let i = 0; i < 6; i++) {
      const more = await opened(c);
      await staffReply(c, more.reference, { message: `Reply ${i}` });
    }
    assert.equal(await cost(), one, 'no query per ticket');
    assert.ok(one <= 2, `${one} queries`);
  });
});

describe('GET /tickets/{id}', () => {
  it("shows only the client's own tickets of the signing agency", async () => {
    const c = await client();
    const neighbour = await client(c.agency);
    const elsewhere = await client();
    const ticket = await opened(c);
    const foreign = await opened(elsewhere);

    expectOk(await show(c, ticket.id), 200, 'Ticket retrieved');
    expectError(await show(neighbour, ticket.id), 404, 'Ticket not found');
    expectError(await show(elsewhere, ticket.id), 404, 'Ticket not found');
    expectError(await show(c, foreign.id), 404, 'Ticket not found');
    for (const id of ['0', '-1', 'abc', '1.5', '99999999999']) expectError(await show(c, id), 404, 'Ticket not found');
    // The neighbour's look did not read anything.
    await staffReply(c, ticket.reference, {});
    await show(neighbour, ticket.id);
    assert.equal(expectOk(await list(c), 200, 'Tickets retrieved').data[0].unread_count, 1);
  });

  it('shows the linked booking, and none once the booking is deleted', async () => {
    const c = await client();
    const station = await createStation(t, c.agency);
    const vehicle = await createVehicle(t, c.agency, station);
    const booking = await insertBooking(t, c.agency, c.id, vehicle, { status: 'completed' });
    const ticket = await opened(c, { ...BASIC, category: 'billing', booking_id: booking.id });
    assert.equal(ticket.booking.id, booking.id);
    await t.deps.database.db.delete(bookings).where(eq(bookings.id, booking.id));
    const shown = expectOk(await show(c, ticket.id), 200, 'Ticket retrieved').data;
    assert.equal(shown.booking, null);
    assert.equal((await ticketRow(ticket.id)).bookingId, null);
  });
});

describe('deleting a client', () => {
  it('removes their tickets, messages, attachments and media in one delete', async () => {
    const c = await client();
    const file = await uploadMedia(c);
    const ticket = await opened(c, { ...BASIC, attachments: [file.id] });
    await staffReply(c, ticket.reference, {});
    await t.deps.database.db.delete(clients).where(eq(clients.id, c.id));
    assert.deepEqual(await ticketsOf(c), []);
    assert.deepEqual(await messageRows(ticket.id), []);
    assert.deepEqual(await t.deps.database.db.select().from(media).where(eq(media.id, file.id)), []);
  });
});

describe('POST /tickets/{id}/messages', () => {
  it("adds the client's message with attachments, and moves the ticket's last activity", async () => {
    const c = await client(undefined, 'John Doe');
    const ticket = await opened(c);
    const file = await uploadMedia(c);
    t.clock.advanceMinutes(30);

    const res = await write(c, ticket.id, { message: '  Here is the photo.  ', attachments: [file.url] });
    const body = expectOk(res, 201, 'Message added');
    assert.deepEqual(Object.keys(body.data).sort(), MESSAGE_KEYS);
    const stored = await messageRows(ticket.id);
    assert.equal(stored.length, 2);
    const now = iso(t.clock.now());
    assert.deepEqual(
      { ...body.data, attachments: body.data.attachments.map(keyOf) },
      {
        id: stored[1]!.id,
        message: 'Here is the photo.',
        sender: 'client',
        sender_name: 'John Doe',
        attachments: [keyOf(file.url)],
        created_at: now,
      },
    );
    assert.equal((await fetchLink(body.data.attachments[0])).statusCode, 200);
    const row = await ticketRow(ticket.id);
    assert.equal(iso(row.lastMessageAt), now);
    assert.equal(iso(row.updatedAt), now);
    assert.equal(row.status, 'open');

    const shown = expectOk(await show(c, ticket.id), 200, 'Ticket retrieved').data;
    assert.equal(shown.updated_at, now);
    assert.deepEqual(shown.messages[1].attachments.map(keyOf), [keyOf(file.url)]);
    expectOk(await write(c, ticket.id, { message: 'No attachments', attachments: null }), 201, 'Message added');
  });

  it('reopens a resolved ticket; refuses a closed one (400, nothing stored)', async () => {
    const c = await client();
    const ticket = await opened(c);
    const resolved = await staffReply(c, ticket.reference, { message: 'Fixed remotely.', status: 'resolved' });
    assert.equal(resolved.ticket.status, 'resolved');
    assert.equal(resolved.ticket.resolvedAt?.toISOString(), t.clock.now().toISOString());

    t.clock.advanceMinutes(5);
    expectOk(await write(c, ticket.id, { message: 'Still broken.' }), 201, 'Message added');
    let row = await ticketRow(ticket.id);
    assert.equal(row.status, 'open');
    assert.equal(row.resolvedAt, null);
    assert.equal(expectOk(await show(c, ticket.id), 200, 'Ticket retrieved').data.status, 'open');

    // A client message on an in-progress ticket leaves its status alone.
    await staffReply(c, ticket.reference, { message: 'Looking again.' });
    expectOk(await write(c, ticket.id, { message: 'Thanks' }), 201, 'Message added');
    assert.equal((await ticketRow(ticket.id)).status, 'in_progress');

    await staffReply(c, ticket.reference, { message: 'Closing this one.', status: 'closed' });
    row = await ticketRow(ticket.id);
    assert.equal(row.status, 'closed');
    assert.equal(row.closedAt?.toISOString(), t.clock.now().toISOString());
    const before = (await messageRows(ticket.id)).length;
    const refused = expectError(
      await write(c, ticket.id, { message: 'Hello?' }),
      400,
      'Cannot add message to closed ticket',
    );
    assert.equal(refused.data, null);
    assert.equal((await messageRows(ticket.id)).length, before);
    assert.equal((await ticketRow(ticket.id)).status, 'closed');
    // Staff cannot write in it either.
    await assert.rejects(staffReply(c, ticket.reference, {}), { code: 'TICKET_CLOSED' });
  });

  it("validates the message and attachments; another client's or agency's ticket is not found", async () => {
    const c = await client();
    const neighbour = await client(c.agency);
    const elsewhere = await client();
    const ticket = await opened(c);
    const theirs = await uploadMedia(neighbour);

    invalid(await write(c, ticket.id, {}), { message: ['The message field is required.'] });
    invalid(await write(c, ticket.id, { message: 'z'.repeat(5001), attachments: [1.5] }), {
      message: ['The message must not be greater than 5000 characters.'],
      'attachments.0': ['The selected attachments.0 is invalid.'],
    });
    invalid(await write(c, ticket.id, { message: 'Look', attachments: [theirs.id, theirs.url] }), {
      'attachments.0': ['The selected attachments.0 is invalid.'],
      'attachments.1': ['The selected attachments.1 is invalid.'],
    });
    expectError(await write(neighbour, ticket.id, { message: 'Hi' }), 404, 'Ticket not found');
    expectError(await write(elsewhere, ticket.id, { message: 'Hi' }), 404, 'Ticket not found');
    expectError(await write(c, 999_999_999, { message: 'Hi' }), 404, 'Ticket not found');
    assert.equal((await messageRows(ticket.id)).length, 1);
  });
});

describe('staff replies (the service behind `daakey tickets:reply`)', () => {
  it('moves the status, stamps resolved_at and closed_at, and emails the client the reply', async () => {
    const c = await client();
    const ticket = await opened(c, { ...BASIC, subject: 'Billing question', category: 'billing' });

    t.clock.advanceMinutes(3);
    const first = await staffReply(c, ticket.reference.toLowerCase(), { message: 'Could you share the invoice?' });
    assert.equal(first.ticket.status, 'in_progress');
    assert.equal(first.notified, true);
    assert.equal(first.message.senderName, 'Support Team');
    const email = await lastMessage(t, c.email);
    assert.equal(email.kind, 'ticket_reply');
    assert.equal(email.subject, `[${ticket.reference}] New reply: Billing question`);
    assert.match(email.body, /Support Team replied to your support request/);
    assert.match(email.body, /Could you share the invoice\?/);
    assert.match(email.body, /Status: In progress/);
    assert.match(email.body, /go to Support/);

    t.clock.advanceMinutes(3);
    const resolved = await staffReply(c, ticket.reference, { message: 'Refunded.', status: 'resolved' });
    const resolvedAt = t.clock.now().toISOString();
    assert.equal(resolved.ticket.resolvedAt?.toISOString(), resolvedAt);
    assert.match((await lastMessage(t, c.email)).body, /Status: Resolved[\s\S]*reopened/);

    // A further reply without --status leaves a resolved ticket resolved (and its resolved_at).
    t.clock.advanceMinutes(3);
    const later = await staffReply(c, ticket.reference, { message: 'PS: receipt attached in app.' });
    assert.equal(later.ticket.status, 'resolved');
    assert.equal(later.ticket.resolvedAt?.toISOString(), resolvedAt);

    // An internal note may close it: no email, the client's last activity unchanged.
    t.clock.advanceMinutes(3);
    const before = await ticketRow(ticket.id);
    const emails = (await emailsTo(c.email)).length;
    const closed = await staffReply(c, ticket.reference, { message: 'Done.', internal: true, status: 'closed' });
    assert.equal(closed.notified, false);
    assert.equal(closed.ticket.status, 'closed');
    assert.equal(closed.ticket.closedAt?.toISOString(), t.clock.now().toISOString());
    assert.equal(closed.ticket.resolvedAt?.toISOString(), resolvedAt);
    assert.equal(closed.ticket.lastMessageAt.toISOString(), before.lastMessageAt.toISOString());
    assert.equal((await emailsTo(c.email)).length, emails);

    await assert.rejects(t.deps.tickets.reply(c.agency.agency, 'TK-2026-99999', { message: 'x', internal: false }), {
      code: 'TICKET_NOT_FOUND',
    });
    const other = await createAgency(t);
    await assert.rejects(t.deps.tickets.reply(other.agency, ticket.reference, { message: 'x', internal: false }), {
      code: 'TICKET_NOT_FOUND',
    });
  });
});

describe('edges found in review', () => {
  it('takes a 255-character subject: the receipt and reply email subjects are cut to fit', async () => {
    const c = await client();
    const subject = `${'é'.repeat(200)}${'x'.repeat(55)}`;
    const res = await open(c, { ...BASIC, subject });
    const created = expectOk(res, 201, 'Ticket created successfully').data;
    assert.equal(created.subject, subject);
    const receipt = await lastMessage(t, c.email);
    assert.equal(receipt.kind, 'ticket_created');
    const subjectLine = receipt.subject ?? '';
    assert.equal([...subjectLine].length, 255);
    assert.ok(subjectLine.startsWith(`[${created.reference}] We received your request: éé`));
    assert.ok(subjectLine.endsWith('…'));

    const reply = await staffReply(c, created.reference, { message: 'On it.' });
    assert.equal(reply.notified, true);
    const mail = await lastMessage(t, c.email);
    assert.equal(mail.kind, 'ticket_reply');
    assert.equal([...(mail.subject ?? '')].length, 255);
  });

  it('a closed ticket answers 400 even when the attachments are also wrong', async () => {
    const c = await client();
    const ticket = await opened(c);
    await staffReply(c, ticket.reference, { message: 'Closing.', status: 'closed' });
    expectError(
      await write(c, ticket.id, { message: 'Hello?', attachments: [999999999] }),
      400,
      'Cannot add message to closed ticket',
    );
  });

  it('an internal note leaves the status alone unless a status is given', async () => {
    const c = await client();
    const ticket = await opened(c);
    const note = await staffReply(c, ticket.reference, { message: 'Check the battery first.', internal: true });
    assert.equal(note.ticket.status, 'open');
    assert.equal((await ticketRow(ticket.id)).status, 'open');
    assert.equal(expectOk(await show(c, ticket.id), 200, 'Ticket retrieved').data.status, 'open');
  });

  it('marks read only the replies the client was shown', async () => {
    const c = await client();
    const ticket = await opened(c);
    await staffReply(c, ticket.reference, { message: 'First answer.' });
    const shown = expectOk(await show(c, ticket.id), 200, 'Ticket retrieved').data;
    const lastShownId = shown.messages.at(-1).id;
    // A reply written after the read (as if it committed between the read and the marking).
    await staffReply(c, ticket.reference, { message: 'Second answer.' });
    const repo = t.deps.tickets as unknown as { repo: { markRead: Function } };
    await repo.repo.markRead(t.deps.database.db, c.agency.agency.id, ticket.id, lastShownId, t.clock.now());
    const listed = expectOk(await list(c), 200, 'Tickets retrieved').data.find(
      (x: { id: number }) => x.id === ticket.id,
    );
    assert.equal(listed.unread_count, 1);
  });
});

describe('attachment links behind a path prefix', () => {
  it('accepts a link whose APP_URL carries a path (https://host/daakey/files/...)', async () => {
    const c = await client();
    const m = await uploadMedia(c);
    const u = new URL(m.url);
    const prefixed = `https://apps.example.com/daakey${u.pathname}${u.search}`;
    const created = expectOk(await open(c, { ...BASIC, attachments: [prefixed] }), 201, 'Ticket created successfully');
    assert.equal(created.data.messages[0].attachments.length, 1);
    assert.equal(keyOf(created.data.messages[0].attachments[0]), keyOf(m.url));
  });
});
