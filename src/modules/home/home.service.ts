import type { Db } from '../../db/client.js';
import type { AnnouncementRow, ClientRow } from '../../db/schema.js';
import type { Clock } from '../../lib/clock.js';
import type { Agency } from '../agencies/agencies.service.js';
import type { DocumentsService } from '../documents/documents.service.js';
import type { EligibilityService } from '../eligibility/eligibility.service.js';
import type { Near } from '../fleet/geo.js';
import { statusClock } from '../fleet/vehicle-status.js';
import type { AnnouncementsService } from './announcements.service.js';
import type { ActiveBooking, FeaturedVehicle, HomeRepository, NearbyStation } from './home.repository.js';

/** How many nearby stations and featured vehicles the feed carries (announcements: CURRENT_LIMIT). */
export const NEARBY_LIMIT = 5;
export const FEATURED_LIMIT = 10;

export interface HomeFeed {
  now: Date;
  client: ClientRow;
  verificationComplete: boolean;
  activeBooking: ActiveBooking | null;
  stations: NearbyStation[];
  featured: FeaturedVehicle[];
  announcements: AnnouncementRow[];
}

/**
 * GET /home: the app's first screen in one call. Five independent reads run at once, each one
 * statement whatever the fleet's size, so the feed costs the same handful of queries for three
 * stations or five hundred.
 */
export class HomeService {
  constructor(
    private readonly db: Db,
    private readonly repo: HomeRepository,
    private readonly documents: DocumentsService,
    private readonly eligibility: EligibilityService,
    private readonly announcements: AnnouncementsService,
    private readonly clock: Clock,
  ) {}

  async feed(agency: Agency, client: ClientRow, near?: Pick<Near, 'latitude' | 'longitude'>): Promise<HomeFeed> {
    const now = this.clock.now();
    const at = statusClock(agency, now);
    const [activeBooking, docs, stations, featured, announcements] = await Promise.all([
      this.repo.activeBooking(this.db, agency.id, client.id),
      this.documents.list(agency, client.id),
      this.repo.nearbyStations(this.db, agency.id, at, NEARBY_LIMIT, near),
      this.repo.featuredVehicles(this.db, agency.id, at, FEATURED_LIMIT),
      this.announcements.current(agency, now),
    ]);
    return {
      now,
      client,
      // The same rules as booking eligibility (phone, email when required, required documents).
      verificationComplete: this.eligibility.verificationMissing(agency, client, docs).length === 0,
      activeBooking: activeBooking ?? null,
      stations,
      featured,
      announcements,
    };
  }
}
