/** Go's time.Duration.String() for a number of milliseconds ("850µs", "1.234567ms", "2.5s", "1m3s"), as Stash logs it. */
export function goDuration(ms: number): string {
  const ns = Math.round(ms * 1e6);
  if (ns === 0) return '0s';
  if (ns < 1e3) return `${ns}ns`;
  if (ns < 1e6) return `${decimal(ns, 1e3)}µs`;
  if (ns < 1e9) return `${decimal(ns, 1e6)}ms`;
  const hours = Math.floor(ns / 3.6e12);
  const minutes = Math.floor((ns % 3.6e12) / 6e10);
  const seconds = `${decimal(ns % 6e10, 1e9)}s`;
  if (hours) return `${hours}h${minutes}m${seconds}`;
  if (minutes) return `${minutes}m${seconds}`;
  return seconds;
}

/** An exact decimal of value/unit without trailing zeros, as Go prints it. */
function decimal(value: number, unit: number): string {
  const whole = Math.floor(value / unit);
  const digits = String(unit).length - 1;
  const frac = String(value % unit)
    .padStart(digits, '0')
    .replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}
