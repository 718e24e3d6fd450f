/**
 * Decoding a request body like gqlgen's `json.NewDecoder(r).Decode(&graphql.RawParams{})`: only the first JSON value
 * is read (trailing bytes are ignored), and failures carry Go's encoding/json messages.
 */
export type GoDecoded =
  | {
      ok: true;
      value: Record<string, unknown>;
      /** The source text of every number that is a direct member of `variables` (see numberMembers). */
      variableNumbers: Record<string, string>;
    }
  | { ok: false; message: string };

const RAW_PARAMS_FIELDS: Record<string, 'string' | 'map'> = {
  query: 'string',
  operationName: 'string',
  variables: 'map',
  extensions: 'map',
};

const goKind = (v: unknown) =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'array'
      : typeof v === 'object'
        ? 'object'
        : typeof v === 'number'
          ? 'number'
          : typeof v === 'boolean'
            ? 'bool'
            : 'string';

const quoteChar = (c: string) => (c === "'" ? "'\\''" : `'${c}'`);

/** End offset of the first JSON value starting at `start`, or -1 when the input ends first. */
function firstValueEnd(raw: string, start: number): number {
  const c = raw[start];
  if (c === '{' || c === '[') {
    let depth = 0;
    let inString = false;
    for (let i = start; i < raw.length; i++) {
      const ch = raw[i];
      if (inString) {
        if (ch === '\\') i++;
        else if (ch === '"') inString = false;
      } else if (ch === '"') inString = true;
      else if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return -1;
  }
  if (c === '"') {
    for (let i = start + 1; i < raw.length; i++) {
      if (raw[i] === '\\') i++;
      else if (raw[i] === '"') return i + 1;
    }
    return -1;
  }
  const m = /^[^\s,\]}]*/.exec(raw.slice(start));
  return start + (m?.[0].length ?? 0);
}

/** Go's scanner message for the character at `pos` (the context is inferred from what precedes it). */
function syntaxMessage(text: string, pos: number): string {
  const ch = text[pos] ?? '';
  if (pos >= text.length) return 'unexpected EOF';
  let j = pos - 1;
  while (j >= 0 && /\s/.test(text[j] as string)) j--;
  const prev = j >= 0 ? text[j] : '';
  // which container are we in?
  let depth: string[] = [];
  let inString = false;
  let afterKey = false;
  for (let i = 0; i < pos; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth.push(c);
    else if (c === '}' || c === ']') depth = depth.slice(0, -1);
    else if (c === ':') afterKey = true;
    else if (c === ',') afterKey = false;
  }
  const top = depth[depth.length - 1];
  const q = quoteChar(ch);
  if (prev === '' || prev === ':' || prev === '[' || (prev === ',' && top === '['))
    return `invalid character ${q} looking for beginning of value`;
  if (prev === '{' || (prev === ',' && top === '{'))
    return `invalid character ${q} looking for beginning of object key string`;
  if (top === '{' && !afterKey) return `invalid character ${q} after object key`;
  if (top === '{') return `invalid character ${q} after object key:value pair`;
  if (top === '[') return `invalid character ${q} after array element`;
  return `invalid character ${q} looking for beginning of value`;
}

export function decodeRawParams(raw: string): GoDecoded {
  const start = raw.search(/\S/);
  if (start < 0) return { ok: false, message: 'EOF' };
  const end = firstValueEnd(raw, start);
  const text = end < 0 ? raw.slice(start) : raw.slice(start, end);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    // (V8 names no position for a bad first character)
    const pos = m ? Number(m[1]) : /^[{["\-\dtfn]/.test(text) ? text.length : 0;
    if (end < 0 && pos >= text.length - 1) return { ok: false, message: 'unexpected EOF' };
    return { ok: false, message: syntaxMessage(text, pos) };
  }
  if (value === null) return { ok: true, value: {}, variableNumbers: {} };
  if (goKind(value) !== 'object')
    return { ok: false, message: `json: cannot unmarshal ${goKind(value)} into Go value of type graphql.RawParams` };
  const obj = value as Record<string, unknown>;
  for (const [field, want] of Object.entries(RAW_PARAMS_FIELDS)) {
    const v = obj[field];
    if (v == null) continue;
    const kind = goKind(v);
    if ((want === 'string' && kind !== 'string') || (want === 'map' && kind !== 'object')) {
      const goType = want === 'string' ? 'string' : 'map[string]interface {}';
      return {
        ok: false,
        message: `json: cannot unmarshal ${kind} into Go struct field RawParams.${field} of type ${goType}`,
      };
    }
  }
  const variables = objectMembers(text, 0).find(([k]) => k === 'variables');
  return { ok: true, value: obj, variableNumbers: variables ? numberMembers(text, variables[1]) : {} };
}

/**
 * The members of the JSON object at `start` of already valid JSON, as [key, value offset] (the last of a repeated
 * key wins, as in Go's map decoding); [] when no object starts there.
 */
function objectMembers(text: string, start: number): [string, number][] {
  const ws = (i: number) => {
    while (i < text.length && /\s/.test(text[i] ?? '')) i++;
    return i;
  };
  let i = ws(start);
  if (text[i] !== '{') return [];
  const out = new Map<string, number>();
  i = ws(i + 1);
  while (i < text.length && text[i] !== '}') {
    const keyEnd = firstValueEnd(text, i);
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    const valueStart = ws(ws(keyEnd) + 1); // past the ':'
    out.delete(key);
    out.set(key, valueStart);
    i = ws(firstValueEnd(text, valueStart));
    if (text[i] === ',') i = ws(i + 1);
  }
  return [...out];
}

/**
 * gqlgen decodes variables with UseNumber, so a top-level number keeps its text as a json.Number until gqlparser
 * converts it for an `Int`/`Float` variable (`1.0` is not an Int there); JSON.parse loses that text. Returns the text
 * of every number member of the object at `start`.
 */
export function numberMembers(text: string, start: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, at] of objectMembers(text, start)) {
    if (/[-\d]/.test(text[at] ?? '')) out[key] = text.slice(at, firstValueEnd(text, at));
  }
  return out;
}
