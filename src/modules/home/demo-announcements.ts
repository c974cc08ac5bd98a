import type { Agency } from '../agencies/agencies.service.js';
import type { AnnouncementsService, NewAnnouncementInput } from './announcements.service.js';

const DAY = 86_400_000;

/** The demo agency's news (db:seed --demo): current from the seed on, one open-ended, one for a year. */
export function demoAnnouncements(now: Date): NewAnnouncementInput[] {
  return [
    {
      title: 'Welcome to Daakey Demo',
      body:
        'Book a car in the app, unlock it with your phone at the station and drive. ' +
        'Verify your phone and upload your driving licence once, and every car of the fleet is yours to book.',
      image_url: 'https://picsum.photos/seed/daakey-welcome/1200/600',
      starts_at: now,
    },
    {
      title: '20% off weekend rentals',
      body: 'Pick up a car on Friday evening and return it on Sunday night: the weekend is 20% off at every station.',
      image_url: 'https://picsum.photos/seed/daakey-weekend/1200/600',
      starts_at: now,
      ends_at: new Date(now.getTime() + 365 * DAY),
    },
  ];
}

/** Add the demo announcements to an agency that has none (null when it already had some). */
export function seedDemoAnnouncements(service: AnnouncementsService, agency: Agency, now: Date) {
  return service.createIfNone(agency, demoAnnouncements(now));
}
