// A quicker way to check a large answer against the contract: zod's own parse of the 10,000-item
// inbox takes tens of milliseconds in the page (it copies every object and, under the page's
// content policy, cannot compile itself). The check built here from the same schema only says
// yes when zod would return the value unchanged: the right types, lengths, formats and no keys
// the schema does not name. Whatever it cannot vouch for goes to zod, which decides and words
// the error, so a malformed item still gets zod's clear message. A schema using anything this
// file does not know (refinements, transforms, defaults, ...) gets no quick check at all.
import type { z } from 'zod/mini';

type Check = (value: unknown) => boolean;

/** The parts of zod's definitions read here (zod 4); anything else makes the schema unsupported. */
interface Def extends Partial<CheckDef> {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  coerce?: boolean;
  pattern?: RegExp;
  entries?: Record<string, unknown>;
  values?: unknown[];
  element?: Schema;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  innerType?: Schema;
}

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
}

/** Objects as JSON and structured cloning make them; zod would copy anything else into one. */
const plainPrototypes = new Set<unknown>([Object.prototype, null]);

type Schema = z.ZodMiniType;

const built = new WeakMap<Schema, Check | null>();

/** The quick check for `schema`, or null when the schema uses something it does not know. */
export function quickCheckFor(schema: Schema): Check | null {
  if (!built.has(schema)) built.set(schema, checkOf(schema));
  return built.get(schema)!;
}

/**
 * What `schema.safeParse(value)` answers, without running zod when the quick check vouches for
 * the value: then the value itself is the parsed data (zod's would be an equal copy).
 */
export function safeParseQuickly<S extends Schema>(
  schema: S,
  value: unknown,
): z.core.util.SafeParseResult<z.output<S>> {
  const quick = quickCheckFor(schema);
  if (quick?.(value)) return { success: true, data: value as z.output<S> };
  return schema.safeParse(value);
}

function checkOf(schema: Schema): Check | null {
  const def = schema._zod.def as unknown as Def;
  if (def.coerce) return null;
  switch (def.type) {
    case 'string':
      return stringCheck(def);
    case 'number':
      return numberCheck(def);
    case 'boolean':
      return def.checks?.length ? null : (v) => typeof v === 'boolean';
    case 'unknown':
    case 'any':
      return () => true;
    case 'literal':
      return literalCheck(def);
    case 'enum':
      return enumCheck(def);
    case 'nullable': {
      const inner = checkOf(def.innerType!);
      return inner && ((v) => v === null || inner(v));
    }
    case 'optional': {
      const inner = checkOf(def.innerType!);
      return inner && ((v) => v === undefined || inner(v));
    }
    case 'array':
      return arrayCheck(def);
    case 'object':
      return objectCheck(def);
    default:
      return null;
  }
}

function stringCheck(def: Def): Check | null {
  let pattern: RegExp | null = null;
  if (def.format !== undefined) {
    // Formats other than the ISO date check more than their pattern in zod.
    if (def.format !== 'datetime' || def.check !== 'string_format' || !(def.pattern instanceof RegExp)) return null;
    if (def.pattern.global || def.pattern.sticky) return null;
    pattern = def.pattern;
  }
  const lengths = lengthCheck(def);
  if (!lengths) return null;
  return (v) => typeof v === 'string' && lengths(v.length) && (pattern === null || pattern.test(v));
}

function numberCheck(def: Def): Check | null {
  const parts: ((n: number) => boolean)[] = [];
  // `z.int()` is itself its integer check; `z.number()` carries none.
  const own = def.check === undefined ? [] : [def as CheckDef];
  for (const c of [...own, ...(def.checks ?? []).map(({ _zod }) => _zod.def)]) {
    if (c.check === 'number_format' && c.format === 'safeint') parts.push(Number.isSafeInteger);
    else if (c.check === 'greater_than' && typeof c.value === 'number') {
      const { value, inclusive } = c;
      parts.push(inclusive ? (n) => n >= value : (n) => n > value);
    } else if (c.check === 'less_than' && typeof c.value === 'number') {
      const { value, inclusive } = c;
      parts.push(inclusive ? (n) => n <= value : (n) => n < value);
    } else return null;
  }
  return (v) => typeof v === 'number' && Number.isFinite(v) && parts.every((p) => p(v));
}

/** Minimum and maximum lengths (strings and arrays); null for any other check. */
function lengthCheck(def: Def): ((length: number) => boolean) | null {
  let min = 0;
  let max = Infinity;
  for (const { _zod } of def.checks ?? []) {
    const c = _zod.def;
    if (c.check === 'min_length' && typeof c.minimum === 'number') min = Math.max(min, c.minimum);
    else if (c.check === 'max_length' && typeof c.maximum === 'number') max = Math.min(max, c.maximum);
    else return null;
  }
  return (length) => length >= min && length <= max;
}

function literalCheck(def: Def): Check | null {
  const values = def.values ?? [];
  if (def.checks?.length || !values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v)))
    return null;
  return (v) => values.includes(v);
}

function enumCheck(def: Def): Check | null {
  const values = Object.values(def.entries ?? {});
  if (def.checks?.length || !values.every((v) => typeof v === 'string')) return null;
  const allowed = new Set(values);
  return (v) => typeof v === 'string' && allowed.has(v);
}

function arrayCheck(def: Def): Check | null {
  const element = checkOf(def.element!);
  const lengths = lengthCheck(def);
  if (!element || !lengths) return null;
  return (v) => {
    if (!Array.isArray(v) || !lengths(v.length)) return false;
    for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
    return true;
  };
}

function objectCheck(def: Def): Check | null {
  // Without a catch-all zod drops unknown keys, and `.strict()` refuses them: either way a value
  // carrying one is not returned unchanged, so it is left to zod.
  const catchall = def.catchall && (def.catchall._zod.def as unknown as Def).type;
  if (def.checks?.length || (catchall !== undefined && catchall !== 'never')) return null;
  const keys: string[] = [];
  const checks: Check[] = [];
  for (const [key, schema] of Object.entries(def.shape ?? {})) {
    const check = checkOf(schema);
    if (!check) return null;
    keys.push(key);
    checks.push(check);
  }
  const known = new Set(keys);
  return (v) => {
    if (typeof v !== 'object' || v === null || !plainPrototypes.has(Object.getPrototypeOf(v))) return false;
    const record = v as Record<string, unknown>;
    // Indexed, not destructured pairs: the first large answer is checked before the page's JIT
    // has warmed up, when unpacking each pair cost as much as the checks (20 ms against 11).
    for (let i = 0; i < keys.length; i++) if (!checks[i]!(record[keys[i]!])) return false;
    for (const key in record) if (!known.has(key) || !Object.hasOwn(record, key)) return false;
    return true;
  };
}
