/**
 * `daakey announcements:create` as an operator runs it: a child process (bin/daakey.js) with its own
 * data folder, on the embedded database, or on PostgreSQL (a schema of its own) when TEST_DATABASE_URL
 * is set. What it stored is read back from the database once the command has exited.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { asc, eq } from 'drizzle-orm';
import { type Database, openPglite, openPostgres } from '../../src/db/client.js';
import { type AnnouncementRow, agencies, announcements } from '../../src/db/schema.js';
import { cliWorkspace, failed, ok } from '../helpers/cli.js';

const SLOW = { timeout: 300_000 };

const cli = cliWorkspace('announcements');
const daakey = cli.run;

/** The agency's announcements as stored, read once no command holds the database. */
async function stored(code: string): Promise<AnnouncementRow[]> {
  const databaseUrl = cli.databaseUrl();
  const database: Database = databaseUrl ? await openPostgres(databaseUrl, 1) : await openPglite(cli.dir());
  try {
    return await database.db
      .select({ a: announcements })
      .from(announcements)
      .innerJoin(agencies, eq(agencies.id, announcements.agencyId))
      .where(eq(agencies.code, code))
      .orderBy(asc(announcements.id))
      .then((rows) => rows.map((r) => r.a));
  } finally {
    await database.close();
  }
}

describe('daakey announcements:create', () => {
  it('publishes an announcement and prints its id; refuses bad input and unknown agencies', SLOW, async () => {
    ok(await daakey(['agency:create', '--code', 'NEWSCLI', '--name', 'News CLI', '--json']));

    const first = ok(
      await daakey([
        'announcements:create',
        '--agency',
        'newscli',
        '--title',
        'Weekend deal',
        '--body',
        '20% off from Friday to Sunday.',
        '--image',
        'https://cdn.example.com/deal.jpg',
        '--from',
        '2030-06-01T09:00:00+02:00',
        '--until',
        '2030-06-30',
      ]),
    );
    const m =
      /^Announcement #(\d+) created for NEWSCLI: shown from 2030-06-01T07:00:00Z until 2030-06-30T00:00:00Z\.$/.exec(
        first.trim(),
      );
    assert.ok(m, first);
    const second = JSON.parse(
      ok(
        await daakey([
          'announcements:create',
          '--agency',
          'NEWSCLI',
          '--title',
          'Hello',
          '--body',
          'Welcome!',
          '--json',
        ]),
      ),
    );
    assert.equal(second.title, 'Hello');
    assert.equal(second.ends_at, null);

    // Refused: nothing stored for any of these.
    const base = ['announcements:create', '--agency', 'NEWSCLI'];
    // Every problem of the input at once, each named by its flag.
    const bad = await daakey([
      ...base,
      '--body',
      '   ',
      '--from',
      'tomorrow',
      '--until',
      '2030-13-45T00:00:00Z',
      '--image',
      'not a url',
    ]);
    failed(bad, /--title is required/);
    assert.match(bad.stderr, /--body is required/);
    assert.match(bad.stderr, /--from must be an ISO 8601 date-time/);
    assert.match(bad.stderr, /--until must be an ISO 8601 date-time/);
    assert.match(bad.stderr, /--image must be an http\(s\) URL/);
    failed(
      await daakey([...base, '--title', 'T', '--body', 'B', '--from', '2030-06-01T00:00:00Z', '--until', '2030-06-01']),
      /--until must be after the start/,
    );
    // Without --from the start is now: an end already past is refused.
    failed(await daakey([...base, '--title', 'T', '--body', 'B', '--until', '2001-01-01']), /--until must be after/);
    failed(
      await daakey(['announcements:create', '--agency', 'NOPE', '--title', 'T', '--body', 'B']),
      /No agency with code NOPE/,
    );
    failed(await daakey(['announcements:create', '--title', 'T', '--body', 'B']), /needs --agency/);

    const rows = await stored('NEWSCLI');
    assert.equal(rows.length, 2);
    assert.equal(rows[0]!.id, Number(m[1]));
    assert.equal(rows[0]!.title, 'Weekend deal');
    assert.equal(rows[0]!.body, '20% off from Friday to Sunday.');
    assert.equal(rows[0]!.imageUrl, 'https://cdn.example.com/deal.jpg');
    assert.equal(rows[0]!.startsAt.toISOString(), '2030-06-01T07:00:00.000Z');
    assert.equal(rows[0]!.endsAt?.toISOString(), '2030-06-30T00:00:00.000Z');
    assert.equal(rows[1]!.id, second.id);
    assert.equal(rows[1]!.endsAt, null);
    assert.ok(Math.abs(rows[1]!.startsAt.getTime() - Date.now()) < 10 * 60_000, 'starts now by default');
  });
});
