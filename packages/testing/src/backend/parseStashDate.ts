/**
 * pkg/models/date.go ParseDate: utils.ParseDateStringAsTime (RFC 3339, "2006-01-02", "2006-01-02 15:04:05") at day
 * precision, then "2006-01" and "2006". Returns the date as Stash stores and answers it ("2021-03-04", "2021-03",
 * "2021"), or throws Stash's error, Go's time.Parse messages included:
 * `failed to parse date "June 1": [ParseDateStringAsTime failed: dateString <June 1> parsing time "June 1" as
 * "2006-01": cannot parse "June 1" as "2006" parsing time "June 1" as "2006": cannot parse "June 1" as "2006"]`.
 */
export function parseStashDate(s: string): string {
  const day = parseDayPrecision(s);
  if (day) return day;
  const month = goParse(s, '2006-01');
  if (typeof month !== 'string') return `${month.year}-${pad(month.month ?? 1)}`;
  const year = goParse(s, '2006');
  if (typeof year !== 'string') return String(year.year).padStart(4, '0');
  throw new Error(
    // %q (strconv.Quote) for the date itself; JSON's escapes match it for everything but control characters
    `failed to parse date ${JSON.stringify(s)}: [ParseDateStringAsTime failed: dateString <${s}> ${month} ${year}]`,
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

function parseDayPrecision(s: string): string | null {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|[+-](\d{2}):(\d{2}))|(?: (\d{2}):(\d{2}):(\d{2})))?$/.exec(
      s,
    );
  if (!m) return null;
  const [, y, mo, d, h1, mi1, s1, tzh, tzm, h2, mi2, s2] = m;
  const month = Number(mo);
  const dayOfMonth = Number(d);
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysIn(Number(y), month)) return null;
  const h = h1 ?? h2;
  if (h !== undefined && (Number(h) > 23 || Number(mi1 ?? mi2) > 59 || Number(s1 ?? s2) > 59)) return null;
  if (tzh !== undefined && (Number(tzh) > 23 || Number(tzm) > 59)) return null;
  return `${y}-${mo}-${d}`;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const isDigit = (s: string, i: number) => i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;

/**
 * Go's time.Parse for the layouts "2006-01" and "2006": the parsed parts, or the ParseError text. The value element
 * in "cannot parse" is what was left when the element began; range and extra-text errors name only the value.
 */
function goParse(value: string, layout: '2006-01' | '2006'): { year: number; month?: number } | string {
  const cannot = (rest: string, elem: string) =>
    `parsing time ${goQuote(value)} as ${goQuote(layout)}: cannot parse ${goQuote(rest)} as ${goQuote(elem)}`;
  let rest = value;
  // stdLongYear: four characters, the first a digit, all of them digits for atoi
  if (rest.length < 4 || !isDigit(rest, 0) || !/^\d{4}$/.test(rest.slice(0, 4))) return cannot(rest, '2006');
  const year = Number(rest.slice(0, 4));
  rest = rest.slice(4);
  let month: number | undefined;
  if (layout === '2006-01') {
    if (!rest.startsWith('-')) return cannot(rest, '-');
    rest = rest.slice(1);
    // stdZeroMonth: exactly two digits
    if (!isDigit(rest, 0) || !isDigit(rest, 1)) return cannot(rest, '01');
    month = Number(rest.slice(0, 2));
    rest = rest.slice(2);
    if (month < 1 || month > 12) return `parsing time ${goQuote(value)}: month out of range`;
  }
  if (rest !== '') return `parsing time ${goQuote(value)}: extra text: ${goQuote(rest)}`;
  return { year, month };
}

/** time.quote: double quotes, `"` and `\` escaped, bytes outside printable ASCII as \xNN. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0) as number;
    if (code >= 0x80 || code < 0x20) {
      for (const b of Buffer.from(ch, 'utf8')) out += `\\x${b.toString(16).padStart(2, '0')}`;
    } else out += ch === '"' || ch === '\\' ? `\\${ch}` : ch;
  }
  return `${out}"`;
}
