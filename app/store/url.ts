import { CONFIG_FIELDS, DEFAULT_CONFIG, copyConfig, sanitizeConfig } from '../engine/configRules';
import type { Notice } from '../engine/configRules';
import type { TrainingConfig } from '../engine/trainingConfig';

/** The codec's version, written as `v=1`; links from a newer version open with the defaults. */
export const URL_VERSION = 1;

/** Keys of view settings that travel in the hash beside the configuration. */
export const VIEW_KEYS = ['log', 'test', 'disc', 'speed'] as const;

/** Key of the user's own data in a link (see data/userDataCodec.ts for its value). */
export const DATA_KEY = 'pts';

/** Key of trained weights in a share link (see classroom/linkWeights.ts for its value). */
export const WEIGHTS_KEY = 'w';

/** Characters of a hash that are read; the rest of an oversized link is ignored. */
const MAX_HASH = 20_000;
/** `key=value` pairs read from one hash. */
const MAX_PAIRS = 200;
/** Unknown keys named one by one before they are only counted. */
const MAX_NAMED_UNKNOWN = 3;
/** Longest key or view value kept or quoted. */
const MAX_TEXT = 40;

const FIELD_NAMES = Object.keys(CONFIG_FIELDS) as (keyof TrainingConfig)[];
const FIELD_BY_KEY = new Map(FIELD_NAMES.map((f) => [CONFIG_FIELDS[f].key, f]));

function encodeValue(v: unknown): string {
  if (typeof v === 'boolean') return v ? '1' : '0';
  // String(n) is the shortest text that reads back as exactly n: 0.03 → '0.03'.
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(encodeValue).join(',');
  return encodeURIComponent(String(v));
}

/**
 * The hash (without '#') for a configuration and optional view settings: the version, then
 * every field in table order (or, `sparse`, only those that differ from DEFAULT_CONFIG: a
 * share link, whose QR code gets fewer modules), then the view keys that are on the
 * allow-list.
 * Example: encodeConfig(DEFAULT_CONFIG) → 'v=1&data=circle&noise=0.1&train=0.5&n=400&feat=x1,x2&…';
 * encodeConfig({ ...DEFAULT_CONFIG, learningRate: 0.1 }, {}, undefined, true) → 'v=1&lr=0.1'.
 */
export function encodeConfig(
  cfg: TrainingConfig,
  view: Record<string, string | number | boolean> = {},
  linkData?: string,
  sparse = false,
): string {
  const parts = [`v=${URL_VERSION}`];
  for (const f of FIELD_NAMES) {
    const value = encodeValue(cfg[f]);
    if (!sparse || value !== encodeValue(DEFAULT_CONFIG[f]))
      parts.push(`${CONFIG_FIELDS[f].key}=${value}`);
  }
  for (const k of VIEW_KEYS) {
    const v = view[k];
    if (v !== undefined) parts.push(`${k}=${encodeValue(v)}`);
  }
  // The user's own data, last: it is the longest part of a link.
  // Only what would break the hash is escaped: its lists stay readable (commas, semicolons).
  if (linkData !== undefined) {
    parts.push(`${DATA_KEY}=${linkData.replace(/[^\w\-.~,;:!*'()]/g, encodeURIComponent)}`);
  }
  return parts.join('&');
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** Short plain text for a notice: control characters blanked, at most 40 characters. */
function quote(s: string): string {
  const clean = s.slice(0, 2 * MAX_TEXT).replace(/\p{Cc}/gu, ' ');
  return clean.length > MAX_TEXT ? `${clean.slice(0, MAX_TEXT - 1)}…` : clean;
}

/** The version a link claims; none or an unreadable one is read as version 1, with a notice. */
function readVersion(raw: string | undefined, notices: Notice[]): number {
  if (raw === undefined) {
    notices.push({ field: 'v', message: `The link has no version; it was read as version 1.` });
    return URL_VERSION;
  }
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(n) || n < 1) {
    notices.push({
      field: 'v',
      message: `The link's version "${quote(raw)}" is unknown; it was read as version 1.`,
    });
    return URL_VERSION;
  }
  return n;
}

/**
 * Reads a location hash ('#v=1&data=spiral…' or without '#') into a valid configuration, the
 * allowed view settings and notices for everything ignored or repaired. Never throws.
 *  - fields missing from the link take DEFAULT_CONFIG's values; each value is validated and
 *    clamped by sanitizeConfig;
 *  - unknown keys, unreadable percent-escapes and repeated keys (the last one wins) are noticed;
 *  - no version reads as version 1; a newer version gives the defaults.
 * Example: decodeHash('#lr=-1&data=<script>') → defaults with lr 0.00001, and notices for v, lr, data.
 */
export function decodeHash(hash: string): {
  config: TrainingConfig;
  view: Record<string, string>;
  notices: Notice[];
  /** The raw value of the user's data in the link, when it has some. */
  linkData?: string;
  /** The raw value of trained weights in the link (a share link), when it has some. */
  linkWeights?: string;
} {
  const notices: Notice[] = [];
  const view: Record<string, string> = {};
  const raw: Record<string, string> = Object.create(null) as Record<string, string>;
  const unknown: string[] = [];
  const repeated = new Set<string>();
  let version: string | undefined;
  let linkData: string | undefined;
  let linkWeights: string | undefined;
  try {
    let text = typeof hash === 'string' ? hash : '';
    if (text.startsWith('#')) text = text.slice(1);
    // No hash is no link: the defaults, with nothing to report.
    if (text === '') return { config: copyConfig(DEFAULT_CONFIG), view, notices };
    if (text.length > MAX_HASH) {
      notices.push({
        field: 'link',
        message: 'The link is too long; only its beginning was read.',
      });
      text = text.slice(0, MAX_HASH);
    }
    const pairs = text.split('&', MAX_PAIRS + 1);
    if (pairs.length > MAX_PAIRS) {
      notices.push({ field: 'link', message: `Only the first ${MAX_PAIRS} settings were read.` });
      pairs.length = MAX_PAIRS;
    }
    const seen = new Set<string>();
    for (const pair of pairs) {
      if (pair === '') continue;
      const at = pair.indexOf('=');
      const key = safeDecode(at < 0 ? pair : pair.slice(0, at));
      const value = safeDecode(at < 0 ? '' : pair.slice(at + 1));
      if (key === null) {
        unknown.push(pair);
        continue;
      }
      if (seen.has(key)) repeated.add(key);
      seen.add(key);
      const field = FIELD_BY_KEY.get(key);
      if (value === null) {
        notices.push({
          field: field ?? key,
          message: `The value of "${quote(key)}" could not be read.`,
        });
        continue;
      }
      if (key === 'v') version = value;
      else if (key === DATA_KEY) linkData = value;
      else if (key === WEIGHTS_KEY) linkWeights = value;
      else if (field !== undefined) raw[field] = value;
      else if ((VIEW_KEYS as readonly string[]).includes(key)) view[key] = value.slice(0, MAX_TEXT);
      else unknown.push(key);
    }
  } catch {
    notices.push({ field: 'link', message: 'The link could not be read; the defaults are used.' });
    return { config: copyConfig(DEFAULT_CONFIG), view: {}, notices };
  }
  const v = readVersion(version, notices);
  if (v > URL_VERSION) {
    notices.push({
      field: 'v',
      message: `This link was made with a newer version of the playground (v${v}); the defaults are used.`,
    });
    return { config: copyConfig(DEFAULT_CONFIG), view, notices };
  }
  for (const k of repeated) {
    notices.push({
      field: FIELD_BY_KEY.get(k) ?? k,
      message: `"${quote(k)}" appears more than once; the last value was used.`,
    });
  }
  for (const k of unknown.slice(0, MAX_NAMED_UNKNOWN)) {
    notices.push({ field: quote(k), message: `Ignored the unknown setting "${quote(k)}".` });
  }
  if (unknown.length > MAX_NAMED_UNKNOWN) {
    notices.push({
      field: 'link',
      message: `Ignored ${unknown.length - MAX_NAMED_UNKNOWN} more unknown settings.`,
    });
  }
  const sanitized = sanitizeConfig(raw);
  return {
    config: sanitized.config,
    view,
    notices: [...notices, ...sanitized.notices],
    ...(linkData !== undefined ? { linkData } : {}),
    ...(linkWeights !== undefined ? { linkWeights } : {}),
  };
}
