import { parseRgbw, sceneColour } from './rgbw-light';

describe('rgbw-light', () => {
  const scenes = ['#ff8800', '#00aaff', '#ff00aa', '#ffffff', '#22cc44'];
  const cases: [string, unknown, boolean][] = [
    ['a full value', { scenes, active: 1, is_on: true }, true],
    ['white channels', { scenes: scenes.map((s) => `${s}80`), active: 0, is_on: false }, true],
    ['four scenes', { scenes: scenes.slice(1), active: 1, is_on: true }, false],
    ['a bad colour', { scenes: ['red', ...scenes.slice(1)], active: 1, is_on: true }, false],
    ['active out of range', { scenes, active: 5, is_on: true }, false],
    ['is_on missing', { scenes, active: 1 }, false],
    ['a bool', true, false],
  ];
  for (const [name, raw, ok] of cases) it(`${ok ? 'accepts' : 'rejects'} ${name}`, () => expect(parseRgbw(raw) !== null).toBe(ok));

  it('splits the white channel off a scene', () => {
    expect(sceneColour('#ff8800')).toEqual({ rgb: '#ff8800', white: null });
    expect(sceneColour('#ff880080')).toEqual({ rgb: '#ff8800', white: 128 });
  });
});
