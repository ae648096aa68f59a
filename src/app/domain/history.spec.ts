import { parseChart, parseHistoryEntry, seriesRange } from './history';
import { iconFor } from './icons';
import { timeAgo } from './relative-time';

describe('history, icons and relative time', () => {
  it('keeps numeric chart series and turns gaps into null', () => {
    const series = parseChart([
      { name: 'T', type: 'numeric', labels: ['2026-12-04T10:00:00.000Z', 'x'], data: [20.5, null] },
      { name: 'I', type: 'icon', labels: [], data: [] },
      'junk',
    ]);
    expect(series.length).toBe(1);
    expect(series[0]!.data).toEqual([20.5, null]);
    expect(series[0]!.times).toEqual([Date.parse('2026-12-04T10:00:00.000Z'), null]);
    expect(parseChart(null)).toEqual([]);
    expect(seriesRange([null, 3, 1])).toEqual({ min: 1, max: 3 });
    expect(seriesRange([null])).toBeNull();
  });

  const entries: [unknown, boolean][] = [
    [{ id: 1, date: 1733300000.5, type: 'value', value: true, alive: true, user: 'Olivia' }, true],
    [{ id: 2, date: '2026-12-04 10:00:00+00:00', type: 'security', value: 'armed' }, true],
    [{ id: 3, date: 1, type: 'other' }, false],
    [{ date: 1, type: 'value' }, false],
  ];
  for (const [raw, ok] of entries) it(`change log entry ${JSON.stringify(raw)}`, () => expect(parseHistoryEntry(raw) !== null).toBe(ok));

  const icons: [string | null, string, string][] = [
    ['lightbulb', 'switch', 'lightbulb'], ['no-such-icon', 'lock', 'lock'], [null, 'blinds', 'blinds'], [null, 'mystery', 'widgets'],
  ];
  for (const [slug, type, want] of icons) it(`icon ${slug} for ${type}`, () => expect(iconFor(slug, type)).toBe(want));

  const ago: [number, string][] = [[10, 'just now'], [180, '3 min ago'], [7200, '2 h ago'], [3 * 86400, '3 d ago'], [-60, 'just now']];
  for (const [secondsAgo, want] of ago) it(`${secondsAgo} s ago reads "${want}"`, () => expect(timeAgo(1000 - secondsAgo, 1000_000)).toBe(want));
});
