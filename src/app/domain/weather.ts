import { isFiniteNumber, isObject } from './json';

/** weather: the OpenWeather-like object the simo.io cloud pushes (§7.1). Every field may be missing. */
export interface Weather {
  readonly temp: number | null;
  readonly feelsLike: number | null;
  readonly humidity: number | null;
  readonly wind: number | null;
  readonly description: string | null;
}

export function parseWeather(v: unknown): Weather | null {
  if (!isObject(v)) return null;
  const main = isObject(v['main']) ? v['main'] : {};
  const wind = isObject(v['wind']) ? v['wind'] : {};
  const first = Array.isArray(v['weather']) && isObject(v['weather'][0]) ? v['weather'][0] : {};
  const num = (x: unknown) => (isFiniteNumber(x) ? x : null);
  const w: Weather = {
    temp: num(main['temp']),
    feelsLike: num(main['feels_like']),
    humidity: num(main['humidity']),
    wind: num(wind['speed']),
    description: typeof first['description'] === 'string' ? first['description'] : null,
  };
  return Object.values(w).every((x) => x === null) ? null : w;
}
