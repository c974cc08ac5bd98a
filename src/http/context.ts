import type { FastifyRequest } from 'fastify';
import type { Agency } from '../modules/agencies/agencies.service.js';
import type { ClientAuth } from '../modules/auth/auth.service.js';

/**
 * Who may call a route, declared in the route's own options (`config.auth`):
 * - public: nothing required (health, docs, dev inbox)
 * - agency: a valid X-Agency-Signature
 * - client: a valid signature and a bearer token of a client of that agency
 */
export type RouteAuth = 'public' | 'agency' | 'client';

declare module 'fastify' {
  interface FastifyRequest {
    agency?: Agency;
    clientAuth?: ClientAuth;
  }
  interface FastifyContextConfig {
    auth?: RouteAuth;
  }
}

/** The signing agency of an `agency` or `client` route (set by the guard before the handler runs). */
export function agencyOf(req: FastifyRequest): Agency {
  if (!req.agency) throw new Error('agencyOf() used on a route that does not declare auth: agency|client');
  return req.agency;
}

export function clientOf(req: FastifyRequest): ClientAuth {
  if (!req.clientAuth) throw new Error('clientOf() used on a route that does not declare auth: client');
  return req.clientAuth;
}
