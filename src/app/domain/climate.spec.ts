import { formatReading, parseLimits } from './numeric-sensor';
import { parseThermostat, thermostatActivity, thermostatSettings } from './thermostat';
import { parseWeather } from './weather';

describe('thermostat, weather and sensor limits', () => {
  const thermostats: [unknown, ReturnType<typeof parseThermostat>][] = [
    [{ mode: 'heater', current_temp: 21.4, target_temp: 21, heating: false, cooling: false },
      { mode: 'heater', current: 21.4, target: 21, heating: false, cooling: false }],
    [{ current_temp: 19, target_temp: 21, heating: true }, { mode: null, current: 19, target: 21, heating: true, cooling: false }],
    [{ mode: 'turbo', target_temp: 20 }, { mode: null, current: null, target: 20, heating: false, cooling: false }],
    [{ mode: 'auto' }, null],
    ['21', null],
  ];
  for (const [raw, want] of thermostats) it(`parses thermostat ${JSON.stringify(raw)}`, () => expect(parseThermostat(raw)).toEqual(want));

  it('reads eco, a held target and the range from the config', () => {
    expect(thermostatSettings({ min: 5, max: 30, user_config: { eco: { active: true }, hard: { active: true, target: 22 } } }))
      .toEqual({ eco: true, hold: 22, min: 5, max: 30 });
    expect(thermostatSettings({ user_config: { hard: { active: false, target: 22 } } })).toEqual({ eco: false, hold: null, min: 4, max: 36 });
    expect(thermostatActivity({ mode: 'cooler', current: 25, target: 22, heating: false, cooling: true })).toBe('Cooling');
  });

  it('reads what it can of the weather and nothing of junk', () => {
    expect(parseWeather({ main: { temp: 6.3, feels_like: 3.9 }, weather: [{ description: 'light rain' }], wind: { speed: 4 } }))
      .toEqual({ temp: 6.3, feelsLike: 3.9, humidity: null, wind: 4, description: 'light rain' });
    expect(parseWeather({ main: 'hot' })).toBeNull();
    expect(parseWeather(null)).toBeNull();
  });

  it('keeps at most three limits with a number, in order', () => {
    expect(parseLimits({ limits: [{ value: 25, name: 'Warm' }, { value: 0, name: 'Freezing' }, { value: 'x' }] }))
      .toEqual([{ value: 0, name: 'Freezing' }, { value: 25, name: 'Warm' }]);
    expect(parseLimits({ limits: [1, 2, 3, 4].map((v) => ({ value: v })) }).length).toBe(3);
    expect(parseLimits({})).toEqual([]);
  });

  it('formats readings with at most two decimals, even huge ones (no ∞)', () => {
    expect(formatReading(21.456, '°C')).toBe((21.46).toLocaleString() + '°C');
    expect(formatReading(-1e308, '°C')).not.toContain('∞');
    expect(formatReading(40, '%')).toBe('40%');
  });
});
