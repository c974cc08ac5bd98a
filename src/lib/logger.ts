import pino from 'pino';

export type Logger = pino.Logger;

/** Field paths that must never reach a log line, whatever a caller passes. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers["x-agency-signature"]',
  'req.headers.cookie',
  '*.password',
  '*.password_confirmation',
  '*.current_password',
  '*.token',
  '*.code',
  '*.secret',
  '*.secret_key',
  '*.body',
];

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } });
}
