/**
 * When a training worker counts as dead, and how often a dead one is replaced.
 *
 * A worker can die three ways: it throws (an `error` event), its script never loads (an
 * `error` event before any message), or it stops without a word (`self.close()`, a killed
 * process). The first two are heard; the third only shows as silence, so the page pings it.
 */

/** How often the page pings the worker. */
export const HEARTBEAT_MS = 1000;
/** A ping unanswered this long means the worker is gone (generous: a rebuild may block it). */
export const SILENT_DEATH_MS = 6000;
/** Waits before each restart: the first is quick, later ones back off. */
export const RESTART_DELAYS_MS = [250, 1000, 3000, 8000] as const;
/** A worker that answered for this long has proven itself: its failures are forgotten. */
export const HEALTHY_AFTER_MS = 20_000;

/**
 * The wait before restart number `failures` (1 = the first failure in a row), or null when
 * the page should stop trying and say so.
 *
 *   restartDelay(1) → 250, restartDelay(4) → 8000, restartDelay(5) → null
 */
export function restartDelay(failures: number): number | null {
  if (failures < 1) return 0;
  return RESTART_DELAYS_MS[failures - 1] ?? null;
}

/** Whether a ping sent at `pingSentAt` and never answered means the worker has died. */
export function isSilentlyDead(
  pingSentAt: number | null,
  lastHeardAt: number,
  now: number,
): boolean {
  if (pingSentAt === null || lastHeardAt >= pingSentAt) return false;
  return now - pingSentAt >= SILENT_DEATH_MS;
}
