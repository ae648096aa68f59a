import { Injector, provideZonelessChangeDetection, runInInjectionContext, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CLOCK, FRAME_SCHEDULER } from '../../core/platform';
import { progressiveList } from './progressive-list';

describe('progressiveList', () => {
  let frames: (() => void)[];
  /** The fake clock, and how long each frame takes on it. */
  let now: number;
  let frameMs: number;
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);

  function make(items: number[], key = signal<unknown>('a')) {
    const source = signal<readonly number[]>(items);
    const list = runInInjectionContext(TestBed.inject(Injector), () => progressiveList(source, key, { first: 10, step: 4, frameBudgetMs: 30 }));
    return { source, key, list };
  }
  /** Lets effects run, then runs the frames they asked for. */
  function frame() {
    TestBed.tick();
    const due = frames;
    frames = [];
    now += frameMs;
    due.forEach((f) => f());
    TestBed.tick();
  }

  beforeEach(() => {
    frames = [];
    now = 0;
    frameMs = 20;
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        { provide: FRAME_SCHEDULER, useValue: (cb: () => void) => frames.push(cb) },
        { provide: CLOCK, useValue: { now: () => now, random: () => 0.5 } },
      ],
    });
  });

  it('shows a short list whole and asks for no frame', () => {
    const { list } = make(range(6));
    TestBed.tick();
    expect(list()).toEqual(range(6));
    expect(frames.length).toBe(0);
  });

  it('shows the first screenful, then a step more each frame, one frame at a time, until all are there', () => {
    const { list } = make(range(20));
    expect(list()).toEqual(range(10));
    TestBed.tick();
    expect(frames.length).toBe(1);
    frame();
    expect(list()).toEqual(range(14));
    expect(frames.length).toBe(1);
    frame();
    frame();
    expect(list()).toEqual(range(20));
    frame();
    expect(list()).toEqual(range(20));
    expect(frames.length).toBe(0);
  });

  it('keeps going when the source changes while a frame is awaited', () => {
    const { source, list } = make(range(20));
    TestBed.tick();
    expect(frames.length).toBe(1);
    source.set(range(21));
    TestBed.tick();
    frame();
    frame();
    frame();
    expect(list()).toEqual(range(21));
  });

  it('adds more per frame while frames are short, fewer once they are long, never fewer than one', () => {
    const { list } = make(range(100));
    const sizes: number[] = [];
    frameMs = 10;
    for (let i = 0; i < 4; i++) frame(), sizes.push(list().length);
    frameMs = 200;
    for (let i = 0; i < 6; i++) frame(), sizes.push(list().length);
    // 4 first, then 6, 9 and 10 (the first screenful is the most), then halving down to one.
    expect(sizes).toEqual([14, 20, 29, 39, 44, 46, 47, 48, 49, 50]);
  });

  it('follows the source: changed items at once, new ones in order', () => {
    const { source, list } = make(range(12));
    frame();
    expect(list().length).toBe(12);
    source.set([100, ...range(11)]);
    expect(list()[0]).toBe(100);
    source.set(range(30));
    expect(list().length).toBe(14);
  });

  it('starts again from the first screenful when the key changes', () => {
    const { key, list } = make(range(40));
    frame();
    frame();
    expect(list().length).toBe(20);
    key.set('b');
    expect(list().length).toBe(10);
  });
});
