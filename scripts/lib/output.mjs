// Prefixed, minimally pretty output for child processes: pino JSON lines become
// `[gateway]     info: [Context] message key=value`, anything else is passed through with the prefix.
import readline from 'node:readline';

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const COLORS = [36, 35, 33, 32, 34, 96, 95, 93, 92, 94];
const LEVELS = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };
const LEVEL_COLORS = { warn: 33, error: 31, fatal: 31, debug: 90, trace: 90 };
const PINO_KEYS = new Set(['level', 'time', 'pid', 'hostname', 'name', 'msg', 'message', 'context', 'err', 'error', 'v']);

export const paint = (code, text) => (useColor ? `\x1b[${code}m${text}\x1b[0m` : text);

export function prefixFor(name, index, width) {
  return paint(COLORS[index % COLORS.length], `[${name}]`.padEnd(width + 2));
}

function short(value) {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

/** One pino JSON line → a short human line (or undefined when it is not pino JSON). */
export function formatPinoLine(line) {
  if (!line.startsWith('{')) return undefined;
  let entry;
  try {
    entry = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof entry !== 'object' || entry === null || !('level' in entry)) return undefined;
  const level = typeof entry.level === 'number' ? (LEVELS[entry.level] ?? String(entry.level)) : String(entry.level);
  const context = entry.context ? `[${entry.context}] ` : '';
  const msg = entry.msg ?? entry.message ?? '';
  const extras = Object.entries(entry)
    .filter(([key]) => !PINO_KEYS.has(key))
    .map(([key, value]) => `${key}=${short(value)}`)
    .join(' ');
  const error = entry.err ?? entry.error;
  const stack = error && typeof error === 'object' ? `\n${error.stack ?? JSON.stringify(error)}` : error ? ` ${error}` : '';
  const label = LEVEL_COLORS[level] ? paint(LEVEL_COLORS[level], `${level}:`) : `${level}:`;
  return `${label} ${context}${msg}${extras ? ` ${paint(90, extras)}` : ''}${stack}`;
}

/** Copies a child's stream to ours line by line, each line prefixed. */
export function pipeWithPrefix(stream, prefix, out = process.stdout) {
  const rl = readline.createInterface({ input: stream, crlfDelay: Infinity });
  rl.on('line', (line) => {
    const text = formatPinoLine(line) ?? line;
    for (const part of text.split('\n')) out.write(`${prefix} ${part}\n`);
  });
  return rl;
}
