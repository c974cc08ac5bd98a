import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Deps } from './deps.js';
import { seedDemoFleet } from './modules/fleet/demo-fleet.js';
import { seedDemoAnnouncements } from './modules/home/demo-announcements.js';

export const DEMO_AGENCY_CODE = 'DEMO';
export const DEMO_CLIENT = {
  name: 'Demo Driver',
  email: 'demo@daakey.test',
  phone: '+15550000001',
  password: 'password123',
};

export interface DemoSeed {
  agencyCode: string;
  secretKey: string;
  clientEmail: string;
  clientPassword: string;
  credentialsFile: string;
}

/**
 * A demo agency (code DEMO) with a small fleet (3 stations, 10 vehicles), two current announcements and a
 * verified demo client, for trying the API locally.
 * The secret key goes to a 0600 file in the data folder, never to the log.
 */
export async function seedDemo(deps: Deps, opts: { onlyIfEmpty: boolean }): Promise<DemoSeed | null> {
  const existing = await deps.agencies.findByCode(DEMO_AGENCY_CODE);
  if (existing) {
    if (opts.onlyIfEmpty) {
      // A demo agency from before the fleet existed gets it now; one with stations is left alone.
      await seedDemoFleet(deps.fleetImport, existing);
      await seedDemoAnnouncements(deps.announcements, existing, deps.clock.now());
      return null;
    }
    throw new Error(`Agency ${DEMO_AGENCY_CODE} already exists`);
  }
  const { agency, secretKey } = await deps.agencies.create({
    code: DEMO_AGENCY_CODE,
    name: 'Daakey Demo',
    currency: 'USD',
    primary_color: '#6366f1',
    secondary_color: '#8b5cf6',
    support_email: 'support@daakey.test',
    support_phone: '+15550000000',
    support_hours: 'Mon-Sun 08:00-20:00',
  });
  const { client } = await deps.auth.register(agency, DEMO_CLIENT);
  await deps.verification.markVerified(agency, client.id);
  await seedDemoFleet(deps.fleetImport, agency);
  await seedDemoAnnouncements(deps.announcements, agency, deps.clock.now());
  mkdirSync(deps.config.DATA_DIR, { recursive: true });
  const credentialsFile = resolve(deps.config.DATA_DIR, 'demo-credentials.json');
  writeFileSync(
    credentialsFile,
    `${JSON.stringify({ agency_code: DEMO_AGENCY_CODE, secret_key: secretKey, client_email: DEMO_CLIENT.email, client_password: DEMO_CLIENT.password }, null, 2)}\n`,
    { mode: 0o600 },
  );
  return {
    agencyCode: DEMO_AGENCY_CODE,
    secretKey,
    clientEmail: DEMO_CLIENT.email,
    clientPassword: DEMO_CLIENT.password,
    credentialsFile,
  };
}
