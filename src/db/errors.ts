/**
 * The constraint (or unique index) a PostgreSQL unique_violation (23505) names, if `err` is one;
 * drivers wrap it, so the cause chain is followed.
 */
export function violatedUniqueConstraint(err: unknown): string | undefined {
  let cur: unknown = err;
  for (let depth = 0; cur && depth < 4; depth++) {
    const e = cur as { code?: string; constraint?: string; message?: string; cause?: unknown };
    if (e.code === '23505') return e.constraint ?? /"([^"]+)"/.exec(e.message ?? '')?.[1] ?? '';
    cur = e.cause;
  }
  return undefined;
}
