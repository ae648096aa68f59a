import { isObject } from './json';

/** A `control-resp` payload: `{ok: true, result}` or `{ok: false, error}` (§5.2). */
export type ControlReply = { readonly ok: true; readonly result: unknown } | { readonly ok: false; readonly error: string };

export function parseControlReply(body: unknown): ControlReply | null {
  if (!isObject(body) || typeof body['ok'] !== 'boolean') return null;
  if (body['ok']) return { ok: true, result: body['result'] ?? null };
  return { ok: false, error: typeof body['error'] === 'string' ? body['error'] : 'The hub reported an error without a message.' };
}

/**
 * The one line of a hub error worth showing: the last line of a Python traceback, with the exception
 * class and Django's list brackets taken off ("Value to big."). Plain errors ("Permission denied") pass.
 */
export function errorSummary(error: string): string {
  const lines = error.split('\n').map((l) => l.trim()).filter(Boolean);
  const last = lines[lines.length - 1] ?? error;
  const m = /^[A-Za-z_][\w.]*(?:Error|Exception|Warning): ?(.*)$/.exec(last);
  let text = m ? m[1]! : last;
  const list = /^\[['"](.*)['"]\]$/.exec(text);
  if (list) text = list[1]!;
  return text || last;
}

/** Request ids become a topic level: no `/`, `+` or `#`. */
export function newRequestId(random: () => number = Math.random): string {
  let id = '';
  while (id.length < 16) id += Math.floor(random() * 36).toString(36);
  return `r${Date.now().toString(36)}${id}`;
}
