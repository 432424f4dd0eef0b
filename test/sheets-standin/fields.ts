/**
 * Google's partial-response field masks (`fields=a,b(c,d/e)`), applied to a JSON answer the way the
 * Sheets API applies them: only the named fields come back, through arrays as well as objects.
 */

type Mask = Map<string, Mask | true>;

export class FieldMaskError extends Error {}

/** Parses a field mask into a tree of selected names. */
export function parseFieldMask(text: string): Mask {
  let i = 0;
  const peek = () => text[i];
  function name(): string {
    const start = i;
    while (i < text.length && /[A-Za-z0-9_*.]/.test(text[i] ?? '')) i += 1;
    if (i === start) throw new FieldMaskError(`Bad field mask at ${i}: ${text}`);
    return text.slice(start, i);
  }
  function merge(into: Mask, key: string, sub: Mask | true): void {
    const current = into.get(key);
    if (current === true || sub === true) into.set(key, true);
    else if (current) for (const [k, v] of sub) merge(current, k, v);
    else into.set(key, sub);
  }
  function list(): Mask {
    const mask: Mask = new Map();
    for (;;) {
      // A path `a/b/c` selects c inside b inside a.
      const path = [name()];
      while (peek() === '/') {
        i += 1;
        path.push(name());
      }
      let leaf: Mask | true = true;
      if (peek() === '(') {
        i += 1;
        leaf = list();
        if (peek() !== ')') throw new FieldMaskError(`Unclosed ( in ${text}`);
        i += 1;
      }
      let node: Mask | true = leaf;
      for (let p = path.length - 1; p >= 1; p--) node = new Map([[path[p] as string, node]]);
      merge(mask, path[0] as string, node);
      if (peek() !== ',') return mask;
      i += 1;
    }
  }
  const mask = list();
  if (i !== text.length) throw new FieldMaskError(`Unexpected ${text.slice(i)} in field mask`);
  return mask;
}

/** The part of `value` a mask selects. */
export function applyFieldMask(value: unknown, mask: Mask | true): unknown {
  if (mask === true || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => applyFieldMask(v, mask));
  if (mask.has('*')) return value;
  const out: Record<string, unknown> = {};
  for (const [key, sub] of mask) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = applyFieldMask(v, sub);
  }
  return out;
}
