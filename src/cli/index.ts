import 'dotenv/config';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig, type Config } from '../config.js';
import { DataDirLockedError } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { createDeps, openDatabase, type Deps } from '../deps.js';
import { signAgencyRequest } from '../lib/agency-signature.js';
import { createLogger } from '../lib/logger.js';
import type { DocumentStatus } from '../db/schema.js';
import { AppError } from '../errors.js';
import { isoSeconds } from '../lib/clock.js';
import { type Agency, AgencyCodeTakenError, newAgencySchema } from '../modules/agencies/agencies.service.js';
import { DocumentReplacedError, type ReviewDecision } from '../modules/documents/documents.service.js';
import { configuredBaseUrl } from '../modules/files/files.routes.js';
import { FleetImportError, type ImportCounts, parseFleetFile } from '../modules/fleet/fleet-import.js';
import { seedDemo } from '../seed.js';
import { AnnouncementInputError } from '../modules/home/announcements.service.js';
import { VehicleAgent } from '../modules/telematics/agent.js';
import { TICKET_STATUSES, type TicketStatus } from '../db/schema.js';
import { MAX_MESSAGE_LENGTH } from '../modules/tickets/tickets.schemas.js';
import { STAFF_STATUSES, type StaffStatus } from '../modules/tickets/tickets.service.js';
import { setSimulatedUnitOnline } from '../providers/telematics/simulator.telematics.js';

const USAGE = `Usage: daakey <command> [options]

Commands:
  db:migrate                                   apply pending database migrations
  db:seed --demo                               create the demo agency (code DEMO) and a demo client, with a
                                               demo fleet (3 stations, 10 vehicles; added once)
  agency:create --code C --name N [--currency USD] [--json]
                                               create an agency; prints its secret key once
  agency:sign --code C [--secret S]            print a fresh X-Agency-Signature value
  notifications:list [--to ADDRESS] [--limit N] [--json]
                                               list queued and sent emails and SMS
  documents:list --agency CODE [--status pending|verified|rejected] [--json]
                                               the agency's driver documents (review queue first), each with
                                               a signed link to its file (valid FILE_URL_TTL_SECONDS)
  documents:review --agency CODE --client ID --type TYPE [--id DOC_ID] (--approve [--number N] | --reject --reason R)
                                               approve or reject a document; the client is emailed; with --id,
                                               only if it is still the document listed (not replaced since)
  payments:reconcile [--since ISO-DATE] [--older-than SECONDS] [--json]
                                               settle payments left pending and provider operations
                                               without a payment row (default: last 7 days, older than 300 s)
  bookings:tick [--json]                       run the booking lifecycle once (activation, reminders, overdue
                                               fees, hold renewals, stale pending bookings) and print the counts
  vehicle:agent --device D --mqtt URL [--agency CODE]
                                               run a stand-alone telematics unit over MQTT (default agency
                                               DEMO) until Ctrl-C: obeys commands, pushes telemetry
  vehicle:offline --plate P --on|--off [--agency CODE]
                                               make a simulated unit unreachable (--on) or reachable (--off)

  fleet:import --agency CODE FILE.json [--json]
                                               import stations and vehicles from a JSON file in one
                                               transaction; stations match by name, vehicles by plate
                                               number (updated in place); prints created/updated/unchanged
  vehicle:maintenance --agency CODE --plate P --on|--off [--json]
                                               put a vehicle into maintenance (not bookable) or back
  announcements:create --agency CODE --title T --body B [--image URL] [--from ISO] [--until ISO] [--json]
                                               publish an announcement on the clients' home feed, from --from
                                               (default now) until --until (default: no end); prints its id
  tickets:list --agency CODE [--status open|in_progress|resolved|closed] [--json]
                                               the agency's support tickets, newest activity first: reference,
                                               status, priority, client email, last activity, subject
  tickets:reply --agency CODE --ticket TK-YYYY-NNNNN --message TEXT [--status in_progress|resolved|closed]
                [--internal] [--name "Support Team"] [--json]
                                               answer a ticket as support; the client is emailed. Without
                                               --status an open ticket becomes in_progress. --internal: a
                                               staff-only note (never shown to the client, no email)

Configuration comes from the environment and .env, as for the server (DATABASE_URL, DATA_DIR, APP_KEY ...).`;

/** Wrong or missing arguments: the message and the usage go to stderr. */
class UsageError extends Error {}
/** The command was understood but cannot be done: only the message goes to stderr. */
class CliError extends Error {}

/** tickets:list shows at most this many (the repository's cap). */
const TICKETS_LIST_LIMIT = 1000;

function out(line: string): void {
  process.stdout.write(`${line}\n`);
}

const DOCUMENT_STATUSES: readonly DocumentStatus[] = ['pending', 'verified', 'rejected'];

/** announcements:create's flag for each field of the announcement (its errors name the flag). */
const ANNOUNCEMENT_FLAGS: Record<string, string> = {
  title: '--title',
  body: '--body',
  image_url: '--image',
  starts_at: '--from',
  ends_at: '--until',
};

async function agencyByCode(deps: Deps, code: string): Promise<Agency> {
  const agency = await deps.agencies.findByCode(code.toUpperCase());
  if (!agency) throw new CliError(`No agency with code ${code}`);
  return agency;
}

async function withOwnDeps<T>(config: Config, fn: (deps: Deps) => Promise<T>): Promise<T> {
  const deps = await createDeps(config, { logger: createLogger('silent') });
  try {
    return await fn(deps);
  } finally {
    await deps.close();
  }
}

/**
 * Runs one command. `given` deps (an in-process caller's, e.g. a test's app on its in-memory database)
 * are used instead of opening the configured database, and left open: their owner closes them.
 */
export async function run(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
  given?: Deps,
): Promise<number> {
  const withDeps = <T>(config: Config, fn: (deps: Deps) => Promise<T>): Promise<T> =>
    given ? fn(given) : withOwnDeps(config, fn);
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    strict: true,
    // Only fleet:import takes one (its FILE); every other command refuses positionals below.
    allowPositionals: true,
    options: {
      code: { type: 'string' },
      name: { type: 'string' },
      currency: { type: 'string' },
      secret: { type: 'string' },
      to: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean', default: false },
      agency: { type: 'string' },
      status: { type: 'string' },
      client: { type: 'string' },
      type: { type: 'string' },
      approve: { type: 'boolean', default: false },
      reject: { type: 'boolean', default: false },
      number: { type: 'string' },
      reason: { type: 'string' },
      since: { type: 'string' },
      'older-than': { type: 'string' },
      id: { type: 'string' },
      demo: { type: 'boolean', default: false },
      // vehicle:offline (and any other --plate P --on|--off command), vehicle:agent
      plate: { type: 'string' },
      on: { type: 'boolean', default: false },
      off: { type: 'boolean', default: false },
      device: { type: 'string' },
      mqtt: { type: 'string' },
      help: { type: 'boolean', default: false },
      // announcements:create
      title: { type: 'string' },
      body: { type: 'string' },
      image: { type: 'string' },
      from: { type: 'string' },
      until: { type: 'string' },
      // tickets:reply (with --agency, --status, --name)
      ticket: { type: 'string' },
      message: { type: 'string' },
      internal: { type: 'boolean', default: false },
    },
  });
  if (!command) {
    process.stderr.write(`${USAGE}\n`);
    return 1;
  }
  if (values.help || command === 'help') {
    out(USAGE);
    return 0;
  }
  if (positionals.length > (command === 'fleet:import' ? 1 : 0))
    throw new UsageError(`Unexpected argument '${positionals.at(-1)}' for ${command}`);
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env, RUN_WORKER: 'false' });

  switch (command) {
    case 'db:migrate': {
      const database = await openDatabase(config);
      try {
        const applied = await migrate(database);
        out(applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to migrate.');
      } finally {
        await database.close();
      }
      return 0;
    }
    case 'db:seed': {
      if (!values.demo) throw new UsageError('db:seed needs --demo');
      const demo = await withDeps(config, (deps) => seedDemo(deps, { onlyIfEmpty: true }));
      if (!demo) {
        out('The demo agency DEMO already exists.');
        return 0;
      }
      out(`Demo agency ${demo.agencyCode} created; secret key written to ${demo.credentialsFile}`);
      out(`Demo client: ${demo.clientEmail} / ${demo.clientPassword}`);
      return 0;
    }
    case 'agency:create': {
      if (!values.code || !values.name) throw new UsageError('agency:create needs --code and --name');
      const input = newAgencySchema.safeParse({ code: values.code, name: values.name, currency: values.currency });
      if (!input.success)
        throw new UsageError(input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
      const { agency, secretKey } = await withDeps(config, (deps) => deps.agencies.create(input.data));
      if (values.json)
        out(JSON.stringify({ id: agency.id, code: agency.code, name: agency.name, secret_key: secretKey }));
      else {
        out(`Agency ${agency.code} created (id ${agency.id}).`);
        out(`Secret key (shown once, store it safely): ${secretKey}`);
      }
      return 0;
    }
    case 'agency:sign': {
      if (!values.code) throw new UsageError('agency:sign needs --code');
      const code = values.code;
      const secret = values.secret ?? (await withDeps(config, (deps) => deps.agencies.secretOf(code)));
      if (!secret) throw new CliError(`No agency with code ${code}`);
      out(signAgencyRequest(code, secret));
      return 0;
    }
    case 'notifications:list': {
      const limit = values.limit ? Number(values.limit) : 50;
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit must be a positive whole number');
      const items = await withDeps(config, (deps) => deps.notifications.list({ to: values.to, limit }));
      if (values.json) out(JSON.stringify(items, null, 2));
      else if (items.length === 0) out('No notifications.');
      else
        for (const n of items) {
          out(
            `#${n.id} ${n.created_at} ${n.channel} to ${n.to} [${n.kind}] ${n.status}${n.subject ? ` "${n.subject}"` : ''}`,
          );
          if (n.body) out(`    ${n.body.replace(/\n/g, '\n    ')}`);
        }
      return 0;
    }
    case 'documents:list': {
      if (!values.agency) throw new UsageError('documents:list needs --agency');
      const status = values.status;
      if (status !== undefined && !DOCUMENT_STATUSES.includes(status as DocumentStatus))
        throw new UsageError('--status must be pending, verified or rejected');
      const code = values.agency;
      const base = configuredBaseUrl(config) ?? `http://${config.HOST}:${config.PORT}`;
      const docs = await withDeps(config, async (deps) => {
        const agency = await agencyByCode(deps, code);
        const list = await deps.documents.listForAgency(agency, status as DocumentStatus | undefined);
        return list.map((d) => ({ ...d, fileUrl: deps.files.link(base, d.storageKey) }));
      });
      const rows = docs.map((d) => ({
        id: d.id,
        client_id: d.clientId,
        client_name: d.clientName,
        client_email: d.clientEmail,
        type: d.type,
        status: d.status,
        number: d.number,
        expires_at: d.expiresAt,
        uploaded_at: isoSeconds(d.uploadedAt),
        verified_at: isoSeconds(d.verifiedAt),
        rejection_reason: d.rejectionReason,
        file_url: d.fileUrl,
      }));
      if (values.json) out(JSON.stringify(rows, null, 2));
      else if (rows.length === 0) out('No documents.');
      else
        for (const d of rows)
          out(
            `#${d.id} client ${d.client_id} (${d.client_email}) ${d.type} ${d.status}` +
              `${d.expires_at ? ` expires ${d.expires_at}` : ''} uploaded ${d.uploaded_at}` +
              `${d.rejection_reason ? ` reason: ${d.rejection_reason}` : ''}\n    ${d.file_url}`,
          );
      return 0;
    }
    case 'documents:review': {
      if (!values.agency || !values.client || !values.type)
        throw new UsageError('documents:review needs --agency, --client and --type');
      if (values.approve === values.reject) throw new UsageError('documents:review needs --approve or --reject');
      if (values.reject && !values.reason?.trim()) throw new UsageError('--reject needs --reason');
      if (values.reason && values.reason.length > 500) throw new UsageError('--reason is at most 500 characters');
      if (values.number && values.number.length > 64) throw new UsageError('--number is at most 64 characters');
      const clientId = Number(values.client);
      if (!Number.isSafeInteger(clientId) || clientId < 1) throw new UsageError('--client must be a client id');
      const expectedId = values.id === undefined ? undefined : Number(values.id);
      if (expectedId !== undefined && (!Number.isSafeInteger(expectedId) || expectedId < 1))
        throw new UsageError('--id must be a document id');
      const { agency: code, type } = values;
      const decision: ReviewDecision = values.approve
        ? { approve: true, number: values.number?.trim() || undefined }
        : { approve: false, reason: values.reason!.trim() };
      const doc = await withDeps(config, async (deps) => {
        const agency = await agencyByCode(deps, code);
        try {
          return await deps.documents.review(agency, clientId, type, decision, expectedId);
        } catch (err) {
          if (err instanceof AppError && err.code === 'DOCUMENT_NOT_FOUND')
            throw new CliError(`Client ${clientId} of ${code} has no ${type} document`);
          if (err instanceof DocumentReplacedError) throw new CliError(err.message);
          throw err;
        }
      });
      out(`Document #${doc.id} (${doc.type}) of client ${doc.clientId} is now ${doc.status}; the client is notified.`);
      return 0;
    }
    case 'payments:reconcile': {
      const since = values.since ? new Date(values.since) : new Date(Date.now() - 7 * 86_400_000);
      if (Number.isNaN(since.getTime())) throw new UsageError('--since must be a date (ISO 8601)');
      const olderThan = values['older-than'] ? Number(values['older-than']) : 300;
      if (!Number.isInteger(olderThan) || olderThan < 0)
        throw new UsageError('--older-than must be a whole number of seconds');
      const report = await withDeps(config, (deps) => deps.payments.reconcile({ since, olderThanSeconds: olderThan }));
      if (values.json) out(JSON.stringify(report));
      else
        out(
          `Pending rows: ${report.confirmed} confirmed, ${report.retried} carried out now, ${report.failed} failed, ` +
            `${report.stillPending} still pending. Provider operations without a row: ${report.orphansReleased} holds ` +
            `released, ${report.orphansRecorded} recorded.`,
        );
      return report.stillPending > 0 ? 2 : 0;
    }
    case 'bookings:tick': {
      const counts = await withDeps(config, (deps) => deps.lifecycle.tick());
      if (values.json) out(JSON.stringify(counts));
      else
        out(
          `Activated ${counts.activated}, reminded ${counts.reminded}, late fees raised ${counts.lateFeesRaised}, ` +
            `overdue notices ${counts.overdueNotified}, holds renewed ${counts.holdsRenewed} ` +
            `(${counts.renewalsDeclined} declined), stale pending released ${counts.staleReleased}, ` +
            `payments resolved ${counts.paymentsResolved}, errors ${counts.errors}.`,
        );
      return counts.errors > 0 ? 2 : 0;
    }
    case 'vehicle:agent': {
      if (!values.device || !values.mqtt) throw new UsageError('vehicle:agent needs --device and --mqtt');
      const agencyCode = (values.agency ?? 'DEMO').toUpperCase();
      let agent: VehicleAgent;
      try {
        agent = new VehicleAgent({ url: values.mqtt, agencyCode, deviceId: values.device, log: out });
      } catch (err) {
        throw new UsageError((err as Error).message);
      }
      // Runs until SIGINT/SIGTERM; then disconnects cleanly (the unit goes silent).
      const stopped = new Promise<NodeJS.Signals>((resolve) => {
        process.once('SIGINT', () => resolve('SIGINT'));
        process.once('SIGTERM', () => resolve('SIGTERM'));
      });
      out(`Connecting unit ${values.device} of ${agencyCode} to ${values.mqtt} ...`);
      await Promise.race([agent.start(), stopped]);
      const signal = await stopped;
      await agent.stop();
      out(`Unit ${values.device} stopped (${signal}).`);
      return 0;
    }
    case 'vehicle:offline': {
      if (!values.plate) throw new UsageError('vehicle:offline needs --plate');
      if (values.on === values.off) throw new UsageError('vehicle:offline needs --on or --off');
      const code = values.agency ?? 'DEMO';
      const plate = values.plate;
      const offline = values.on;
      const found = await withDeps(config, async (deps) => {
        const agency = await agencyByCode(deps, code);
        return setSimulatedUnitOnline(deps.database.db, deps.clock, agency.id, plate, !offline);
      });
      if (!found) throw new CliError(`No vehicle with plate ${plate} in ${code.toUpperCase()}`);
      out(
        `The simulated unit of ${plate} is now ${offline ? 'offline: its commands fail (503, reason offline)' : 'online'}.` +
          (config.TELEMATICS_DRIVER === 'simulator'
            ? ''
            : ' (TELEMATICS_DRIVER is not simulator: real units ignore this.)'),
      );
      return 0;
    }
    case 'fleet:import': {
      const file = positionals[0];
      if (!values.agency || !file) throw new UsageError('fleet:import needs --agency and a FILE.json');
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(file, 'utf8'));
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        throw new CliError(
          e.code ? `Cannot read ${file}: ${e.code}` : `${file} is not valid JSON (${e.message}); nothing was written`,
        );
      }
      // The file's shape first, before the database is even opened.
      try {
        parseFleetFile(json, file);
      } catch (err) {
        if (err instanceof FleetImportError) throw new CliError(err.message);
        throw err;
      }
      const code = values.agency;
      const report = await withDeps(config, async (deps) => {
        const agency = await agencyByCode(deps, code);
        try {
          return await deps.fleetImport.import(agency, json, file);
        } catch (err) {
          if (err instanceof FleetImportError) throw new CliError(err.message);
          throw err;
        }
      });
      if (values.json) out(JSON.stringify(report));
      else {
        const counts = (c: ImportCounts) => `${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`;
        out(
          `Imported ${file} into ${code.toUpperCase()}: stations ${counts(report.stations)}; ` +
            `vehicles ${counts(report.vehicles)}.`,
        );
      }
      return 0;
    }
    case 'vehicle:maintenance': {
      if (!values.agency || !values.plate) throw new UsageError('vehicle:maintenance needs --agency and --plate');
      if (values.on === values.off) throw new UsageError('vehicle:maintenance needs --on or --off');
      const { agency: code, plate, on } = values;
      const result = await withDeps(config, async (deps) =>
        deps.vehicles.setMaintenance(await agencyByCode(deps, code), plate, on),
      );
      if (!result) throw new CliError(`No vehicle with plate ${plate} in ${code.toUpperCase()}`);
      if (values.json)
        out(
          JSON.stringify({
            vehicle_id: result.vehicleId,
            plate_number: plate,
            maintenance: on,
            changed: result.changed,
            status: result.status,
          }),
        );
      else
        out(
          `Vehicle ${plate} ${result.changed ? 'is now' : 'was already'} ${on ? 'in maintenance' : 'out of maintenance'} ` +
            `(status: ${result.status}).`,
        );
      return 0;
    }
    case 'announcements:create': {
      if (!values.agency) throw new UsageError('announcements:create needs --agency');
      const code = values.agency;
      const input = {
        title: values.title,
        body: values.body,
        image_url: values.image,
        starts_at: values.from,
        ends_at: values.until,
      };
      const created = await withDeps(config, async (deps) => {
        const agency = await agencyByCode(deps, code);
        try {
          return await deps.announcements.create(agency, input);
        } catch (err) {
          if (err instanceof AnnouncementInputError)
            throw new UsageError(
              err.issues.map((i) => `${ANNOUNCEMENT_FLAGS[i.field] ?? i.field} ${i.message}`).join('\n'),
            );
          throw err;
        }
      });
      if (values.json)
        out(
          JSON.stringify({
            id: created.id,
            title: created.title,
            starts_at: isoSeconds(created.startsAt),
            ends_at: isoSeconds(created.endsAt),
          }),
        );
      else
        out(
          `Announcement #${created.id} created for ${code.toUpperCase()}: shown from ${isoSeconds(created.startsAt)}` +
            `${created.endsAt ? ` until ${isoSeconds(created.endsAt)}` : ' (no end)'}.`,
        );
      return 0;
    }
    case 'tickets:list': {
      if (!values.agency) throw new UsageError('tickets:list needs --agency');
      const status = values.status;
      if (status !== undefined && !TICKET_STATUSES.includes(status as TicketStatus))
        throw new UsageError(`--status must be one of ${TICKET_STATUSES.join(', ')}`);
      const code = values.agency;
      const list = await withDeps(config, async (deps) =>
        deps.tickets.listForAgency(await agencyByCode(deps, code), status as TicketStatus | undefined),
      );
      const rows = list.map((t) => ({
        reference: t.reference,
        status: t.status,
        priority: t.priority,
        category: t.category,
        subject: t.subject,
        client_id: t.clientId,
        client_email: t.clientEmail,
        last_activity: isoSeconds(t.lastMessageAt),
        created_at: isoSeconds(t.createdAt),
      }));
      if (values.json) out(JSON.stringify(rows, null, 2));
      else if (rows.length === 0) out('No tickets.');
      else
        for (const t of rows)
          out(
            `${t.reference} ${t.status} ${t.priority} ${t.client_email} last activity ${t.last_activity} ` +
              `"${t.subject}"`,
          );
      if (rows.length === TICKETS_LIST_LIMIT)
        process.stderr.write(
          `Only the ${TICKETS_LIST_LIMIT} most recently active tickets are listed; filter with --status.\n`,
        );
      return 0;
    }
    case 'tickets:reply': {
      if (!values.agency || !values.ticket || values.message === undefined)
        throw new UsageError('tickets:reply needs --agency, --ticket and --message');
      const message = values.message.trim();
      if (message === '') throw new UsageError('--message must not be empty');
      if (message.length > MAX_MESSAGE_LENGTH)
        throw new UsageError(`--message is at most ${MAX_MESSAGE_LENGTH} characters`);
      const status = values.status;
      if (status !== undefined && !STAFF_STATUSES.includes(status as StaffStatus))
        throw new UsageError(`--status must be one of ${STAFF_STATUSES.join(', ')}`);
      const senderName = values.name?.trim();
      if (values.name !== undefined && (!senderName || senderName.length > 255))
        throw new UsageError('--name must be 1 to 255 characters');
      const { agency: code, ticket: reference, internal } = values;
      const reply = await withDeps(config, async (deps) => {
        const agency = await agencyByCode(deps, code);
        try {
          return await deps.tickets.reply(agency, reference, {
            message,
            status: status as StaffStatus | undefined,
            internal,
            senderName,
          });
        } catch (err) {
          if (err instanceof AppError && err.code === 'TICKET_NOT_FOUND')
            throw new CliError(`No ticket ${reference} in ${code.toUpperCase()}`);
          if (err instanceof AppError && err.code === 'TICKET_CLOSED')
            throw new CliError(`Ticket ${reference.toUpperCase()} is closed: it takes no more messages`);
          throw err;
        }
      });
      if (values.json)
        out(
          JSON.stringify({
            ticket: reply.ticket.reference,
            status: reply.ticket.status,
            message_id: reply.message.id,
            internal,
            client_notified: reply.notified,
          }),
        );
      else
        out(
          `${internal ? 'Internal note' : 'Reply'} #${reply.message.id} added to ${reply.ticket.reference} ` +
            `(status: ${reply.ticket.status}); ` +
            `${internal ? 'not shown to the client.' : reply.notified ? 'the client is emailed.' : 'the client could not be emailed.'}`,
        );
      return 0;
    }
    default:
      throw new UsageError(`Unknown command: ${command}`);
  }
}

export async function main(argv: string[]): Promise<void> {
  try {
    process.exitCode = await run(argv);
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      process.stderr.write(
        `${err.message}\nThe CLI needs the database: stop the server, or run both against PostgreSQL (DATABASE_URL).` +
          ' For agency:sign alone, pass --secret to sign without the database.\n',
      );
    } else if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n\n${USAGE}\n`);
    } else if (
      err instanceof CliError ||
      err instanceof AgencyCodeTakenError ||
      (err instanceof Error && err.name === 'ConfigError')
    ) {
      process.stderr.write(`${err.message}\n`);
    } else if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${err.message}\n\n${USAGE}\n`);
    } else {
      process.stderr.write(`Error: ${err instanceof Error ? err.message : String(err)}\n`);
    }
    process.exitCode = process.exitCode && process.exitCode !== 0 ? process.exitCode : 1;
  }
}

// The program is bin/daakey.js, which calls main(): importing this module runs no command, so tests can
// call run() in-process.
