import { isObject, type JsonObject } from './json';

/** state-select: one of `config.states[].slug`, each with a name and an icon slug (§7.1). */
export interface SelectableState {
  readonly slug: string;
  readonly name: string;
  readonly icon: string | null;
  readonly help: string | null;
}

export function parseStates(config: JsonObject): SelectableState[] {
  const raw = config['states'];
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: SelectableState[] = [];
  for (const s of raw) {
    if (!isObject(s) || typeof s['slug'] !== 'string' || !s['slug'] || seen.has(s['slug'])) continue;
    seen.add(s['slug']);
    out.push({
      slug: s['slug'],
      name: typeof s['name'] === 'string' && s['name'] ? s['name'] : s['slug'],
      icon: typeof s['icon'] === 'string' ? s['icon'] : null,
      help: typeof s['help_text'] === 'string' && s['help_text'] ? s['help_text'] : null,
    });
  }
  return out;
}
