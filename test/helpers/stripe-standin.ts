/**
 * A loopback stand-in for the part of Stripe's REST API (v1) the Stripe payment driver uses, speaking
 * Stripe's wire format: form-encoded bodies with bracket notation (metadata[daakey_key]=...), query
 * strings for GETs (created[gte]=...), JSON objects, list and search_result envelopes, and Stripe's
 * error bodies and statuses (402 card_error, 400/404 invalid_request_error, 401, 403).
 *
 * It checks `Authorization: Bearer <key>`, keeps every object per `Stripe-Account`, replays the first
 * response for a repeated `Idempotency-Key` (and refuses a key reused with other parameters), knows
 * Stripe's test PaymentMethod ids (the decline cards cannot be attached; confirming a PaymentIntent
 * with one is a 402 card_error that leaves the PaymentIntent in requires_payment_method), and lets a
 * test cut the connection of the next request(s) to a path, before or after the request is processed.
 * Every request is recorded.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { STRIPE_TEST_PAYMENT_METHODS, type StripeTestCard } from '../../src/providers/payments/fake.payments.js';

// ---------------------------------------------------------------------------------------------
// Wire types

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type FormValue = string | FormObject;
interface FormObject {
  [key: string]: FormValue;
}

export interface StandinRequest {
  method: string;
  /** Path without the query string, e.g. /v1/payment_intents. */
  path: string;
  query: URLSearchParams;
  /** The form-encoded body as sent: form.get('metadata[daakey_key]'). */
  form: URLSearchParams;
  authorization: string | undefined;
  idempotencyKey: string | undefined;
  stripeAccount: string | undefined;
  stripeVersion: string | undefined;
  /** The status answered; null when the connection was cut instead. */
  status: number | null;
  /** Answered from the idempotency cache. */
  replayed: boolean;
}

export interface RequestMatch {
  method?: string;
  /** Exact path, or a pattern tested against it. */
  path: string | RegExp;
}

interface NetworkFault {
  match: RequestMatch;
  remaining: number;
  /** Cut the connection after the request was processed (the reply is lost), not before. */
  after: boolean;
}

interface StatusFault {
  match: RequestMatch;
  remaining: number;
  status: number;
}

interface Reply {
  status: number;
  body: JsonObject;
}

class StripeHttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: JsonObject,
  ) {
    super(typeof error['message'] === 'string' ? error['message'] : 'stripe error');
  }
}

function invalidRequest(status: number, message: string, extra: JsonObject = {}): StripeHttpError {
  return new StripeHttpError(status, { type: 'invalid_request_error', message, ...extra });
}

function missing(what: string, id: string, param: string): StripeHttpError {
  return invalidRequest(404, `No such ${what}: '${id}'`, { code: 'resource_missing', param });
}

// ---------------------------------------------------------------------------------------------
// Objects

interface CardState {
  number: string;
  brand: string;
  funding: string;
  decline: StripeTestCard['decline'];
}

interface PaymentMethodState {
  json: JsonObject;
  card: CardState;
  detached: boolean;
}

interface PaymentIntentState {
  json: JsonObject;
  seq: number;
}

interface RefundState {
  json: JsonObject;
  seq: number;
}

interface IdempotencyEntry {
  signature: string;
  reply: Reply;
}

interface AccountState {
  customers: Map<string, JsonObject>;
  paymentMethods: Map<string, PaymentMethodState>;
  paymentIntents: Map<string, PaymentIntentState>;
  refunds: Map<string, RefundState>;
  idempotency: Map<string, IdempotencyEntry>;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function base62(bytes: Uint8Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += BASE62[bytes[i % bytes.length]! % 62];
  return out;
}

function stripeId(prefix: string): string {
  return `${prefix}_3Std${base62(randomBytes(20), 20)}`;
}

function fingerprintOf(number: string): string {
  return base62(createHash('sha256').update(`stripe-standin:${number}`).digest(), 16);
}

/** Bracket notation to nested objects: metadata[daakey_key]=k -> { metadata: { daakey_key: 'k' } }. */
function parseForm(params: URLSearchParams): FormObject {
  const root: FormObject = {};
  for (const [rawKey, value] of params) {
    const m = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(rawKey);
    if (!m) continue;
    const path = [m[1]!, ...[...m[2]!.matchAll(/\[([^[\]]*)\]/g)].map((x) => x[1]!)];
    let node = root;
    for (let i = 0; i < path.length - 1; i++) {
      const next = node[path[i]!];
      if (typeof next === 'object') node = next;
      else {
        const created: FormObject = {};
        node[path[i]!] = created;
        node = created;
      }
    }
    node[path[path.length - 1]!] = value;
  }
  return root;
}

function str(form: FormObject, key: string): string | undefined {
  const v = form[key];
  return typeof v === 'string' ? v : undefined;
}

function obj(form: FormObject, key: string): FormObject | undefined {
  const v = form[key];
  return typeof v === 'object' ? v : undefined;
}

function metadataOf(form: FormObject): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj(form, 'metadata') ?? {})) if (typeof v === 'string' && v !== '') out[k] = v;
  return out;
}

function positiveInt(form: FormObject, key: string, required: boolean): number | undefined {
  const raw = str(form, key);
  if (raw === undefined) {
    if (required)
      throw invalidRequest(400, `Missing required param: ${key}.`, { code: 'parameter_missing', param: key });
    return undefined;
  }
  if (!/^\d+$/.test(raw)) {
    throw invalidRequest(400, `Invalid integer: ${raw}`, { code: 'parameter_invalid_integer', param: key });
  }
  const n = Number(raw);
  if (n < 1) throw invalidRequest(400, 'This value must be greater than or equal to 1.', { param: key });
  return n;
}

function bool(form: FormObject, key: string): boolean {
  return str(form, key) === 'true';
}

function canonical(form: FormObject): string {
  const sortValue = (v: FormValue): Json =>
    typeof v === 'string'
      ? v
      : Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, sortValue(v[k]!)]),
        );
  return JSON.stringify(sortValue(form));
}

function matches(m: RequestMatch, method: string, path: string): boolean {
  if (m.method && m.method.toUpperCase() !== method) return false;
  return typeof m.path === 'string' ? m.path === path : m.path.test(path);
}

function mask(key: string): string {
  const prefix = /^(sk|rk)_(test|live)_/.exec(key)?.[0] ?? '';
  return `${prefix}****${key.slice(-4)}`;
}

// ---------------------------------------------------------------------------------------------

export interface StripeStandinOptions {
  /** The secret key requests must carry (Authorization: Bearer <key>). */
  secretKey: string;
  /** Connected accounts (Stripe-Account) the key may act for. */
  connectedAccounts?: string[];
  /** Unix-milliseconds "now" for `created` timestamps (default Date.now). */
  now?: () => number;
}

export class StripeStandin {
  readonly requests: StandinRequest[] = [];
  /** Objects created less than this many seconds ago are not found by search yet (Stripe's index lag). */
  searchLagSeconds = 0;
  private readonly accounts = new Map<string, AccountState>();
  private readonly networkFaults: NetworkFault[] = [];
  private readonly statusFaults: StatusFault[] = [];
  private readonly connected: Set<string>;
  private readonly now: () => number;
  private server: Server | undefined;
  private seq = 0;
  baseUrl = '';

  constructor(private readonly opts: StripeStandinOptions) {
    this.connected = new Set(opts.connectedAccounts ?? []);
    this.now = opts.now ?? (() => Date.now());
  }

  async start(): Promise<string> {
    const server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  // -------------------------------------------------------------------------------------------
  // Test controls and inspection

  /**
   * Cut the connection (socket.destroy()) of the next `times` requests matching: before processing
   * (the request never happened) or, with `after`, once processed (the reply is lost).
   */
  failNext(match: RequestMatch, opts: { times?: number; after?: boolean } = {}): void {
    this.networkFaults.push({ match, remaining: opts.times ?? 1, after: opts.after ?? false });
  }

  /** Answer the next `times` matching requests with this status (500, 503: api_error; 429: rate_limit). */
  respondNext(match: RequestMatch, status: number, times = 1): void {
    this.statusFaults.push({ match, remaining: times, status });
  }

  /** Requests to a path (exact or pattern), optionally one method. */
  requestsTo(path: string | RegExp, method?: string): StandinRequest[] {
    return this.requests.filter((r) => matches({ path, ...(method ? { method } : {}) }, r.method, r.path));
  }

  /** A PaymentMethod as the mobile SDK would have created it (tokenised card, not yet attached). */
  addPaymentMethod(opts: { id?: string; number?: string; brand?: string; account?: string } = {}): string {
    const number = opts.number ?? '4242424242424242';
    const card: CardState = { number, brand: opts.brand ?? 'visa', funding: 'credit', decline: undefined };
    const pm = this.makePaymentMethod(card, opts.id);
    this.state(opts.account).paymentMethods.set(pm.json['id'] as string, pm);
    return pm.json['id'] as string;
  }

  paymentIntents(account?: string): JsonObject[] {
    return [...this.state(account).paymentIntents.values()].map((p) => p.json);
  }

  paymentIntent(id: string, account?: string): JsonObject | undefined {
    return this.state(account).paymentIntents.get(id)?.json;
  }

  refunds(account?: string): JsonObject[] {
    return [...this.state(account).refunds.values()].map((r) => r.json);
  }

  customers(account?: string): JsonObject[] {
    return [...this.state(account).customers.values()];
  }

  // -------------------------------------------------------------------------------------------
  // HTTP

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', 'http://standin.invalid');
    const method = (req.method ?? 'GET').toUpperCase();
    const header = (name: string): string | undefined => {
      const v = req.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    const record: StandinRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      form: new URLSearchParams(Buffer.concat(chunks).toString('utf8')),
      authorization: header('authorization'),
      idempotencyKey: header('idempotency-key'),
      stripeAccount: header('stripe-account'),
      stripeVersion: header('stripe-version'),
      status: null,
      replayed: false,
    };
    this.requests.push(record);

    const network = this.networkFaults.find((f) => f.remaining > 0 && matches(f.match, method, url.pathname));
    if (network) network.remaining -= 1;
    if (network && !network.after) {
      req.socket.destroy();
      return;
    }
    const statusFault = this.statusFaults.find((f) => f.remaining > 0 && matches(f.match, method, url.pathname));
    let reply: Reply;
    if (statusFault) {
      statusFault.remaining -= 1;
      reply = {
        status: statusFault.status,
        body: {
          error:
            statusFault.status === 429
              ? {
                  type: 'invalid_request_error',
                  code: 'rate_limit',
                  message: 'Too many requests hit the API too quickly.',
                }
              : { type: 'api_error', message: 'An unknown error occurred. Please try again later.' },
        },
      };
    } else {
      reply = this.process(record, method === 'GET' ? parseForm(url.searchParams) : parseForm(record.form));
    }
    if (network?.after) {
      req.socket.destroy();
      return;
    }
    record.status = reply.status;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'request-id': `req_${base62(randomBytes(14), 14)}`,
      'stripe-version': record.stripeVersion ?? '2026-10-28.endive',
    };
    if (record.idempotencyKey) headers['idempotency-key'] = record.idempotencyKey;
    if (record.replayed) headers['idempotent-replayed'] = 'true';
    if (record.stripeAccount) headers['stripe-account'] = record.stripeAccount;
    res.writeHead(reply.status, headers);
    res.end(JSON.stringify(reply.body));
  }

  private process(record: StandinRequest, form: FormObject): Reply {
    const expected = `Bearer ${this.opts.secretKey}`;
    if (record.authorization !== expected) {
      const given = /^Bearer (.+)$/.exec(record.authorization ?? '')?.[1];
      return {
        status: 401,
        body: {
          error: {
            type: 'invalid_request_error',
            message: given
              ? `Invalid API Key provided: ${mask(given)}`
              : "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
          },
        },
      };
    }
    const account = record.stripeAccount;
    if (account !== undefined && !this.connected.has(account)) {
      return {
        status: 403,
        body: {
          error: {
            type: 'invalid_request_error',
            code: 'account_invalid',
            message: `The provided key '${mask(this.opts.secretKey)}' does not have access to account '${account}' (or that account does not exist). Application access may have been revoked.`,
          },
        },
      };
    }
    const state = this.state(account);
    const key = record.method === 'POST' ? record.idempotencyKey : undefined;
    const signature = `${record.method} ${record.path} ${canonical(form)}`;
    if (key) {
      const seen = state.idempotency.get(key);
      if (seen) {
        if (seen.signature !== signature) {
          return {
            status: 400,
            body: {
              error: {
                type: 'idempotency_error',
                message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
              },
            },
          };
        }
        record.replayed = true;
        return seen.reply;
      }
    }
    let reply: Reply;
    try {
      reply = { status: 200, body: this.route(record.method, record.path, form, state) };
    } catch (err) {
      if (!(err instanceof StripeHttpError)) throw err;
      reply = { status: err.status, body: { error: err.error } };
    }
    // Stripe saves the outcome once the endpoint ran: successes, and card errors (their PaymentIntent exists).
    if (key && (reply.status === 200 || reply.status === 402)) state.idempotency.set(key, { signature, reply });
    return reply;
  }

  private route(method: string, path: string, form: FormObject, state: AccountState): JsonObject {
    const p = path.split('/').filter(Boolean);
    if (p[0] !== 'v1') throw this.unrecognized(method, path);
    const [, resource, id, action] = p;
    if (resource === 'customers' && method === 'POST' && !id) return this.createCustomer(form, state);
    if (resource === 'customers' && method === 'GET' && id && !action) {
      const c = state.customers.get(id);
      if (!c) throw missing('customer', id, 'id');
      return c;
    }
    if (resource === 'payment_methods' && id) {
      if (method === 'POST' && action === 'attach') return this.attach(id, form, state);
      if (method === 'POST' && action === 'detach') return this.detach(id, state);
      if (method === 'GET' && !action) {
        const pm = state.paymentMethods.get(id);
        if (!pm) throw missing('PaymentMethod', id, 'payment_method');
        return pm.json;
      }
    }
    if (resource === 'payment_intents') {
      if (method === 'POST' && !id) return this.createPaymentIntent(form, state);
      if (method === 'GET' && id === 'search') return this.searchPaymentIntents(form, state);
      if (method === 'GET' && !id) return this.listPaymentIntents(form, state);
      if (id) {
        const pi = state.paymentIntents.get(id);
        if (!pi) throw missing('payment_intent', id, 'intent');
        if (method === 'GET' && !action) return pi.json;
        if (method === 'POST' && action === 'capture') return this.capture(pi.json, form);
        if (method === 'POST' && action === 'cancel') return this.cancel(pi.json, form);
      }
    }
    if (resource === 'refunds') {
      if (method === 'POST' && !id) return this.createRefund(form, state);
      if (method === 'GET' && !id) return this.listRefunds(form, state);
      if (method === 'GET' && id && !action) {
        const re = state.refunds.get(id);
        if (!re) throw missing('refund', id, 'id');
        return re.json;
      }
    }
    throw this.unrecognized(method, path);
  }

  private unrecognized(method: string, path: string): StripeHttpError {
    return invalidRequest(404, `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs.`);
  }

  // -------------------------------------------------------------------------------------------
  // Endpoints

  private createCustomer(form: FormObject, state: AccountState): JsonObject {
    const customer: JsonObject = {
      id: stripeId('cus'),
      object: 'customer',
      created: this.created(),
      email: str(form, 'email') ?? null,
      name: str(form, 'name') ?? null,
      description: str(form, 'description') ?? null,
      metadata: metadataOf(form),
      livemode: false,
      balance: 0,
      currency: null,
      default_source: null,
      delinquent: false,
      invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    };
    state.customers.set(customer['id'] as string, customer);
    return customer;
  }

  private attach(id: string, form: FormObject, state: AccountState): JsonObject {
    const customerId = str(form, 'customer');
    if (!customerId) {
      throw invalidRequest(400, 'Missing required param: customer.', { code: 'parameter_missing', param: 'customer' });
    }
    if (!state.customers.has(customerId)) {
      throw invalidRequest(400, `No such customer: '${customerId}'`, { code: 'resource_missing', param: 'customer' });
    }
    const test = STRIPE_TEST_PAYMENT_METHODS[id];
    if (test) {
      if (!test.attachable && test.decline) throw this.cardError(test.decline, {});
      // Like Stripe: the test id makes a new PaymentMethod with an id of its own.
      const pm = this.makePaymentMethod(this.testCard(test));
      pm.json['customer'] = customerId;
      state.paymentMethods.set(pm.json['id'] as string, pm);
      return pm.json;
    }
    const pm = state.paymentMethods.get(id);
    if (!pm) throw missing('PaymentMethod', id, 'payment_method');
    if (pm.detached) {
      throw invalidRequest(
        400,
        'This PaymentMethod was previously used without being attached to a Customer or was detached from a Customer, and may not be used again.',
        { param: 'payment_method' },
      );
    }
    const current = pm.json['customer'];
    if (current && current !== customerId) {
      throw invalidRequest(400, 'The payment method you provided has already been attached to a customer.', {
        param: 'payment_method',
      });
    }
    pm.json['customer'] = customerId;
    return pm.json;
  }

  private detach(id: string, state: AccountState): JsonObject {
    const pm = state.paymentMethods.get(id);
    if (!pm) throw missing('PaymentMethod', id, 'payment_method');
    if (!pm.json['customer']) {
      throw invalidRequest(
        400,
        'The payment method you provided is not attached to a customer so detachment is impossible.',
      );
    }
    pm.json['customer'] = null;
    pm.detached = true;
    return pm.json;
  }

  private createPaymentIntent(form: FormObject, state: AccountState): JsonObject {
    const amount = positiveInt(form, 'amount', true)!;
    const currency = str(form, 'currency')?.toLowerCase();
    if (!currency) {
      throw invalidRequest(400, 'Missing required param: currency.', { code: 'parameter_missing', param: 'currency' });
    }
    if (!/^[a-z]{3}$/.test(currency)) {
      throw invalidRequest(400, `Invalid currency: ${currency}.`, { code: 'parameter_invalid', param: 'currency' });
    }
    const customerId = str(form, 'customer') ?? null;
    if (customerId && !state.customers.has(customerId)) {
      throw invalidRequest(400, `No such customer: '${customerId}'`, { code: 'resource_missing', param: 'customer' });
    }
    const captureMethod = str(form, 'capture_method') ?? 'automatic';
    const confirm = bool(form, 'confirm');
    const offSession = bool(form, 'off_session');
    const apm = obj(form, 'automatic_payment_methods');
    const redirectsNever = apm ? str(apm, 'allow_redirects') === 'never' : false;
    const allowed = Object.values(obj(form, 'allowed_payment_method_types') ?? {});
    const cardOnly = allowed.length > 0 && allowed.every((t) => t === 'card');
    if (confirm && !str(form, 'return_url') && !redirectsNever && !cardOnly) {
      throw invalidRequest(
        400,
        "This PaymentIntent is configured to accept payment methods enabled in your Dashboard. Because some of these payment methods might redirect your customer off of your page, you must provide a `return_url`. If you don't want to accept redirect-based payment methods, set `automatic_payment_methods[enabled]` to `true` and `automatic_payment_methods[allow_redirects]` to `never` when creating Setup Intents and Payment Intents.",
      );
    }
    const pmId = str(form, 'payment_method');
    let pm: PaymentMethodState | undefined;
    if (pmId) {
      const test = STRIPE_TEST_PAYMENT_METHODS[pmId];
      if (test) {
        pm = this.makePaymentMethod(this.testCard(test));
        state.paymentMethods.set(pm.json['id'] as string, pm);
      } else {
        pm = state.paymentMethods.get(pmId);
        if (!pm) throw missing('PaymentMethod', pmId, 'payment_method');
        if (pm.detached) {
          throw invalidRequest(
            400,
            'This PaymentMethod was previously used without being attached to a Customer or was detached from a Customer, and may not be used again.',
            { param: 'payment_method' },
          );
        }
        const owner = pm.json['customer'];
        if (owner && owner !== customerId) {
          throw invalidRequest(400, `The provided PaymentMethod belongs to a different Customer.`, {
            param: 'payment_method',
          });
        }
      }
    }
    const json: JsonObject = {
      id: stripeId('pi'),
      object: 'payment_intent',
      amount,
      amount_capturable: 0,
      amount_received: 0,
      automatic_payment_methods: apm
        ? { enabled: str(apm, 'enabled') === 'true', allow_redirects: str(apm, 'allow_redirects') ?? 'always' }
        : null,
      canceled_at: null,
      cancellation_reason: null,
      capture_method: captureMethod,
      client_secret: null,
      confirmation_method: 'automatic',
      created: this.created(),
      currency,
      customer: customerId,
      description: str(form, 'description') ?? null,
      last_payment_error: null,
      latest_charge: null,
      livemode: false,
      metadata: metadataOf(form),
      next_action: null,
      payment_method: pm ? (pm.json['id'] as string) : null,
      payment_method_types: ['card'],
      status: pm ? 'requires_confirmation' : 'requires_payment_method',
    };
    json['client_secret'] = `${json['id'] as string}_secret_${base62(randomBytes(12), 12)}`;
    state.paymentIntents.set(json['id'] as string, { json, seq: this.seq++ });
    if (!confirm) return json;
    if (!pm) {
      throw invalidRequest(400, "You cannot confirm this PaymentIntent because it's missing a payment method.", {
        code: 'payment_intent_unexpected_state',
        param: 'payment_method',
        payment_intent: json,
      });
    }
    const decline = pm.card.decline;
    if (decline) {
      if (decline.code === 'authentication_required' && !offSession) {
        json['status'] = 'requires_action';
        json['next_action'] = { type: 'use_stripe_sdk', use_stripe_sdk: {} };
        return json;
      }
      const charge = stripeId('ch');
      const error: JsonObject = {
        type: 'card_error',
        code: decline.code,
        message: decline.message,
        charge,
        doc_url: `https://stripe.com/docs/error-codes/${decline.code.replace(/_/g, '-')}`,
        payment_method: pm.json,
      };
      if (decline.declineCode) error['decline_code'] = decline.declineCode;
      json['status'] = 'requires_payment_method';
      json['payment_method'] = null;
      json['latest_charge'] = charge;
      json['last_payment_error'] = { ...error };
      throw new StripeHttpError(402, { ...error, payment_intent: json });
    }
    json['latest_charge'] = stripeId('ch');
    if (captureMethod === 'manual') {
      json['status'] = 'requires_capture';
      json['amount_capturable'] = amount;
    } else {
      json['status'] = 'succeeded';
      json['amount_received'] = amount;
    }
    return json;
  }

  private capture(pi: JsonObject, form: FormObject): JsonObject {
    if (pi['status'] !== 'requires_capture') {
      throw invalidRequest(
        400,
        `This PaymentIntent could not be captured because it has a status of ${String(pi['status'])}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`,
        { code: 'payment_intent_unexpected_state', payment_intent: pi },
      );
    }
    const capturable = pi['amount_capturable'] as number;
    const amount = positiveInt(form, 'amount_to_capture', false) ?? capturable;
    if (amount > capturable) {
      throw invalidRequest(
        400,
        `The amount to capture (${amount}) must be less than or equal to the amount capturable (${capturable}).`,
        { code: 'amount_too_large', param: 'amount_to_capture' },
      );
    }
    pi['metadata'] = { ...(pi['metadata'] as Record<string, string>), ...metadataOf(form) };
    pi['amount_received'] = amount;
    pi['amount_capturable'] = 0;
    pi['status'] = 'succeeded';
    return pi;
  }

  private cancel(pi: JsonObject, form: FormObject): JsonObject {
    const cancelable = ['requires_payment_method', 'requires_capture', 'requires_confirmation', 'requires_action'];
    if (!cancelable.includes(pi['status'] as string)) {
      throw invalidRequest(
        400,
        `You cannot cancel this PaymentIntent because it has a status of ${String(pi['status'])}. Only a PaymentIntent with one of the following statuses may be canceled: requires_payment_method, requires_capture, requires_confirmation, requires_action, processing.`,
        { code: 'payment_intent_unexpected_state', payment_intent: pi },
      );
    }
    pi['status'] = 'canceled';
    pi['amount_capturable'] = 0;
    pi['canceled_at'] = this.created();
    pi['cancellation_reason'] = str(form, 'cancellation_reason') ?? null;
    return pi;
  }

  private createRefund(form: FormObject, state: AccountState): JsonObject {
    const piId = str(form, 'payment_intent');
    if (!piId) {
      throw invalidRequest(
        400,
        'One of the following params should be provided for this request: payment_intent or charge.',
      );
    }
    const pi = state.paymentIntents.get(piId)?.json;
    if (!pi)
      throw invalidRequest(400, `No such payment_intent: '${piId}'`, {
        code: 'resource_missing',
        param: 'payment_intent',
      });
    if (pi['status'] === 'requires_capture') {
      throw invalidRequest(
        400,
        `This PaymentIntent (${piId}) does not have a successful charge to refund. Cancel the PaymentIntent instead to release the authorization.`,
      );
    }
    if (pi['status'] !== 'succeeded') {
      throw invalidRequest(400, `This PaymentIntent (${piId}) does not have a successful charge to refund.`);
    }
    const received = pi['amount_received'] as number;
    const refunded = [...state.refunds.values()]
      .filter((r) => r.json['payment_intent'] === piId && r.json['status'] === 'succeeded')
      .reduce((sum, r) => sum + (r.json['amount'] as number), 0);
    const remaining = received - refunded;
    if (remaining === 0) {
      throw invalidRequest(400, `Charge ${String(pi['latest_charge'])} has already been refunded.`, {
        code: 'charge_already_refunded',
      });
    }
    const amount = positiveInt(form, 'amount', false) ?? remaining;
    if (amount > remaining) {
      throw invalidRequest(
        400,
        `Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`,
        { param: 'amount' },
      );
    }
    const json: JsonObject = {
      id: stripeId('re'),
      object: 'refund',
      amount,
      balance_transaction: stripeId('txn'),
      charge: pi['latest_charge'] ?? null,
      created: this.created(),
      currency: pi['currency'] as string,
      metadata: metadataOf(form),
      payment_intent: piId,
      reason: str(form, 'reason') ?? null,
      receipt_number: null,
      source_transfer_reversal: null,
      status: 'succeeded',
      transfer_reversal: null,
    };
    state.refunds.set(json['id'] as string, { json, seq: this.seq++ });
    return json;
  }

  private listPaymentIntents(form: FormObject, state: AccountState): JsonObject {
    const customer = str(form, 'customer');
    const items = [...state.paymentIntents.values()].filter(
      (p) => this.inCreatedRange(p.json, form) && (!customer || p.json['customer'] === customer),
    );
    return this.page(items, form, '/v1/payment_intents');
  }

  private listRefunds(form: FormObject, state: AccountState): JsonObject {
    const pi = str(form, 'payment_intent');
    if (pi && !state.paymentIntents.has(pi)) throw missing('payment_intent', pi, 'payment_intent');
    const items = [...state.refunds.values()].filter(
      (r) => this.inCreatedRange(r.json, form) && (!pi || r.json['payment_intent'] === pi),
    );
    return this.page(items, form, '/v1/refunds');
  }

  /** The subset of Stripe's search query language the driver uses: metadata['k']:'v', status:'s', customer:'c', joined by AND. */
  private searchPaymentIntents(form: FormObject, state: AccountState): JsonObject {
    const query = str(form, 'query');
    if (!query)
      throw invalidRequest(400, 'Missing required param: query.', { code: 'parameter_missing', param: 'query' });
    const clauses = query.split(/\s+AND\s+/);
    const tests: Array<(pi: JsonObject) => boolean> = [];
    for (const clause of clauses) {
      const m = /^(?:metadata\['([^']+)'\]|(status|customer)):'((?:[^'\\]|\\.)*)'$/.exec(clause.trim());
      if (!m) {
        throw invalidRequest(400, `Invalid query: ${clause} is not supported by this stand-in.`, { param: 'query' });
      }
      const value = m[3]!.replace(/\\(.)/g, '$1');
      if (m[1] !== undefined) {
        const key = m[1];
        tests.push((pi) => (pi['metadata'] as Record<string, string>)[key] === value);
      } else {
        const field = m[2]!;
        tests.push((pi) => pi[field] === value);
      }
    }
    const indexedBefore = this.created() - this.searchLagSeconds;
    const hits = [...state.paymentIntents.values()]
      .filter(
        (p) =>
          (this.searchLagSeconds <= 0 || (p.json['created'] as number) <= indexedBefore) &&
          tests.every((t) => t(p.json)),
      )
      .sort((a, b) => b.seq - a.seq);
    const limit = Math.min(Number(str(form, 'limit') ?? 10), 100);
    const offset = Number(Buffer.from(str(form, 'page') ?? '', 'base64url').toString() || '0');
    const data = hits.slice(offset, offset + limit).map((p) => p.json);
    const hasMore = offset + limit < hits.length;
    return {
      object: 'search_result',
      data,
      has_more: hasMore,
      next_page: hasMore ? Buffer.from(String(offset + limit)).toString('base64url') : null,
      url: '/v1/payment_intents/search',
    };
  }

  // -------------------------------------------------------------------------------------------
  // Helpers

  private state(account: string | undefined): AccountState {
    const scope = account ?? '';
    let state = this.accounts.get(scope);
    if (!state) {
      state = {
        customers: new Map(),
        paymentMethods: new Map(),
        paymentIntents: new Map(),
        refunds: new Map(),
        idempotency: new Map(),
      };
      this.accounts.set(scope, state);
    }
    return state;
  }

  private created(): number {
    return Math.floor(this.now() / 1000);
  }

  private testCard(test: StripeTestCard): CardState {
    return { number: test.number, brand: test.brand, funding: test.funding, decline: test.decline };
  }

  private makePaymentMethod(card: CardState, id?: string): PaymentMethodState {
    const year = new Date(this.now()).getUTCFullYear();
    const json: JsonObject = {
      id: id ?? stripeId('pm'),
      object: 'payment_method',
      type: 'card',
      billing_details: {
        address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null },
        email: null,
        name: null,
        phone: null,
      },
      card: {
        brand: card.brand,
        checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: null },
        country: 'US',
        display_brand: card.brand,
        exp_month: 12,
        exp_year: year + 3,
        fingerprint: fingerprintOf(card.number),
        funding: card.funding,
        last4: card.number.slice(-4),
        networks: { available: [card.brand], preferred: null },
        wallet: null,
      },
      created: this.created(),
      customer: null,
      livemode: false,
      metadata: {},
    };
    return { json, card, detached: false };
  }

  private cardError(decline: NonNullable<StripeTestCard['decline']>, extra: JsonObject): StripeHttpError {
    const error: JsonObject = {
      type: 'card_error',
      code: decline.code,
      message: decline.message,
      doc_url: `https://stripe.com/docs/error-codes/${decline.code.replace(/_/g, '-')}`,
      ...extra,
    };
    if (decline.declineCode) error['decline_code'] = decline.declineCode;
    return new StripeHttpError(402, error);
  }

  private inCreatedRange(json: JsonObject, form: FormObject): boolean {
    const created = json['created'] as number;
    const range = obj(form, 'created');
    const exact = str(form, 'created');
    if (exact !== undefined) return created === Number(exact);
    if (!range) return true;
    const bound = (k: string): number | undefined => {
      const v = str(range, k);
      return v === undefined ? undefined : Number(v);
    };
    const gte = bound('gte');
    const gt = bound('gt');
    const lte = bound('lte');
    const lt = bound('lt');
    return (
      (gte === undefined || created >= gte) &&
      (gt === undefined || created > gt) &&
      (lte === undefined || created <= lte) &&
      (lt === undefined || created < lt)
    );
  }

  /** Newest first, `limit` per page (default 10, at most 100), `starting_after` the last id of the previous page. */
  private page(items: Array<{ json: JsonObject; seq: number }>, form: FormObject, url: string): JsonObject {
    const sorted = [...items].sort((a, b) => b.seq - a.seq);
    const limit = Math.min(Math.max(Number(str(form, 'limit') ?? 10), 1), 100);
    const after = str(form, 'starting_after');
    let start = 0;
    if (after) {
      const i = sorted.findIndex((x) => x.json['id'] === after);
      if (i < 0) throw missing('object', after, 'starting_after');
      start = i + 1;
    }
    const data = sorted.slice(start, start + limit).map((x) => x.json);
    return { object: 'list', data, has_more: start + limit < sorted.length, url };
  }
}
