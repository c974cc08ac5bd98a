/** The one source of "now" in the service; tests inject a ManualClock instead of sleeping. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export class ManualClock implements Clock {
  private current: number;
  constructor(start: Date | string = '2026-01-15T10:00:00Z') {
    this.current = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date | string): void {
    this.current = new Date(at).getTime();
  }
  advance(ms: number): void {
    this.current += ms;
  }
  advanceSeconds(s: number): void {
    this.advance(s * 1000);
  }
  advanceMinutes(m: number): void {
    this.advance(m * 60_000);
  }
}

/** Resource datetimes are ISO-8601 UTC without milliseconds, as the published examples show. */
export function isoSeconds(d: Date | null | undefined): string | null {
  if (!d) return null;
  return `${d.toISOString().slice(0, 19)}Z`;
}

export function unixSeconds(d: Date): number {
  return Math.floor(d.getTime() / 1000);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) at `at` in an IANA time zone (an agency's "today"). */
export function calendarDate(timeZone: string, at: Date): string {
  let f = dateFormats.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      f = new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' });
    }
    dateFormats.set(timeZone, f);
  }
  return f.format(at);
}
