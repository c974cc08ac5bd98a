import { randomUUID } from 'node:crypto';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import type { Deps } from './deps.js';
import { AppError } from './errors.js';
import { errorBody, errorHandler } from './http/error-handler.js';
import { serializerCompiler } from './http/serializer.js';
import { multipartLimits } from './http/multipart.js';
import { openapiDocument, openapiTransform, withCommonErrors } from './http/openapi.js';
import { validatorCompiler } from './http/validation.js';
import './http/context.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { bookingsRoutes } from './modules/bookings/bookings.routes.js';
import { homeRoutes } from './modules/home/home.routes.js';
import { mediaRoutes } from './modules/media/media.routes.js';
import { ticketsRoutes } from './modules/tickets/tickets.routes.js';
import { configRoutes } from './modules/config/config.routes.js';
import { documentsRoutes } from './modules/documents/documents.routes.js';
import { filesRoutes } from './modules/files/files.routes.js';
import { stationsRoutes } from './modules/fleet/stations.routes.js';
import { vehiclesRoutes } from './modules/fleet/vehicles.routes.js';
import { paymentMethodsRoutes } from './modules/payments/payment-methods.routes.js';
import { vehicleControlRoutes } from './modules/telematics/vehicle-control.routes.js';
import { devRoutes } from './modules/dev/dev.routes.js';
import { profileRoutes } from './modules/profile/profile.routes.js';
import { systemRoutes } from './modules/system/system.routes.js';
import { verificationRoutes } from './modules/verification/verification.routes.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

export const API_VERSION = '1.0.0';

/** Build the HTTP application around ready dependencies. Does not listen. */
export async function buildApp(deps: Deps): Promise<FastifyInstance> {
  const { config } = deps;
  const logger: FastifyBaseLogger = deps.logger;
  const perRequestLogs = deps.logger.isLevelEnabled('info');
  const app: FastifyInstance = Fastify({
    loggerInstance: logger,
    trustProxy: config.TRUST_PROXY,
    bodyLimit: config.BODY_LIMIT_BYTES,
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    requestIdHeader: false,
    // Errors Fastify raises before routing (an undecodable URL) get the envelope too.
    frameworkErrors: (err, req, reply) => {
      const e = new AppError('BAD_REQUEST', { cause: err });
      // Typed for the generic route; this reply is the plain one.
      void (reply as unknown as FastifyReply).status(e.status).send(errorBody(req, e));
    },
    // A child logger per request costs ~10% of a small request. Below info level nothing logs per
    // request except failures, and those carry request_id themselves, so the parent serves.
    childLoggerFactory: (parent, bindings, opts) => (perRequestLogs ? parent.child(bindings, opts) : parent),
    // A caller-supplied X-Request-Id is kept when it is a UUID, so a trace can span the app and the API.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && UUID.test(given) ? given : randomUUID();
    },
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  // An empty body with Content-Type: application/json is an empty object, not an error (body-less POSTs from apps).
  const jsonParser = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    if (typeof body === 'string' && body.trim() === '') return done(null, undefined);
    jsonParser(req, body as string, done);
  });

  // The guards: each route says who may call it (config.auth) and gets the matching onRequest hook;
  // there are no exemptions by URL. They run after the global hooks (request id, rate limit).
  const signatureOf = (req: FastifyRequest) => {
    const sig = req.headers['x-agency-signature'];
    return Array.isArray(sig) ? sig.join(',') : sig;
  };
  const agencyGuard = async (req: FastifyRequest) => {
    req.agency = await deps.agencies.authenticate(signatureOf(req));
  };
  const clientGuard = async (req: FastifyRequest) => {
    const agency = await deps.agencies.authenticate(signatureOf(req));
    req.agency = agency;
    req.clientAuth = await deps.auth.authenticate(agency, req.headers.authorization);
  };

  // Routes are also kept in a router of our own, so an unknown method on a known path can answer 405.
  const known = FindMyWay();
  app.addHook('onRoute', (route) => {
    const url = route.url;
    const auth = route.config?.auth;
    if (url.startsWith('/api/') && !auth)
      throw new Error(`Route ${String(route.method)} ${url} must declare config.auth`);
    for (const method of [route.method].flat()) {
      const m = String(method).toUpperCase() as HTTPMethod;
      if (m === 'HEAD' || m === 'OPTIONS') continue;
      if (!known.find(m, url)) known.on(m, url, () => {});
    }
    if (auth === 'agency' || auth === 'client') {
      route.onRequest = [...[route.onRequest ?? []].flat(), auth === 'agency' ? agencyGuard : clientGuard];
      const schema = (route.schema ??= {});
      schema.security = auth === 'agency' ? [{ AgencySignature: [] }] : [{ AgencySignature: [], BearerToken: [] }];
    }
    // The errors every route of its kind can answer with (guard, parser, validator, rate limit, 500), documented.
    if (auth && route.schema?.hide !== true) {
      const schema = (route.schema ??= {});
      schema.response = withCommonErrors(auth, schema);
    }
  });

  // In-flight handlers, so close() can wait for them even when their client has already hung up
  // (the socket is gone, but the handler is still about to use the database).
  let inflight = 0;
  const finished = new WeakSet<object>();
  app.addHook('onRequest', async (req, reply) => {
    inflight += 1;
    reply.header('x-request-id', req.id);
  });
  app.addHook('onSend', async (req) => {
    if (!finished.has(req)) {
      finished.add(req);
      inflight -= 1;
    }
  });
  app.addHook('onClose', async () => {
    const deadline = Date.now() + 10_000;
    while (inflight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  });

  if (config.RATE_LIMIT_PER_MINUTE > 0) {
    await app.register(rateLimit, {
      global: true,
      max: config.RATE_LIMIT_PER_MINUTE,
      timeWindow: 60_000,
      redis: deps.redis,
      nameSpace: 'daakey:rl:',
      skipOnError: true,
      // Limit headers only on the 429 itself: they would cost every response bytes and parsing.
      addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false },
      keyGenerator: (req: FastifyRequest) => req.ip,
      errorResponseBuilder: (_req, context) => AppError.tooManyRequests(context.ttl / 1000),
    });
  }

  // Uploads stream through these limits: an oversized file is cut off, never buffered or written whole.
  await app.register(multipart, { limits: multipartLimits(config.DOCUMENT_MAX_BYTES), throwFileSizeLimit: false });

  // Declared up front so every request object keeps one shape (adding properties later deoptimises).
  app.decorateRequest('agency', undefined);
  app.decorateRequest('clientAuth', undefined);

  // The document's head, examples and error sections: src/http/openapi.ts.
  await app.register(swagger, { openapi: openapiDocument(API_VERSION), transform: openapiTransform });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  app.get('/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () => app.swagger());

  systemRoutes(app, deps);
  configRoutes(app);
  authRoutes(app, deps);
  verificationRoutes(app, deps);
  profileRoutes(app, deps);
  documentsRoutes(app, deps);
  paymentMethodsRoutes(app, deps);
  stationsRoutes(app, deps);
  vehiclesRoutes(app, deps);
  filesRoutes(app, deps);
  vehicleControlRoutes(app, deps);
  bookingsRoutes(app, deps);
  homeRoutes(app, deps);
  mediaRoutes(app, deps);
  ticketsRoutes(app, deps);
  if (config.APP_ENV !== 'production') devRoutes(app, deps);

  app.setNotFoundHandler(async (req, reply) => {
    const path = req.url.split('?')[0] ?? '/';
    const allowed = METHODS.filter((m) => m !== req.method && known.find(m, path));
    const e = new AppError(allowed.length > 0 ? 'METHOD_NOT_ALLOWED' : 'ROUTE_NOT_FOUND');
    if (allowed.length > 0) reply.header('allow', allowed.join(', '));
    return reply.status(e.status).send(errorBody(req, e));
  });

  return app;
}
