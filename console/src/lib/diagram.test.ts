import { describe, expect, it } from 'vitest';
import { fitWithMargin } from './diagram';

function fakeCanvas(width: number, fitted: number) {
  const calls: { zooms: Array<string | number | undefined>; scrolls: number[] } = { zooms: [], scrolls: [] };
  return {
    calls,
    zoom(level?: string | number) {
      calls.zooms.push(level);
      return level === 'fit-viewport' ? fitted : Number(level);
    },
    getSize: () => ({ width, height: 600 }),
    scroll: (delta: { dx?: number }) => calls.scrolls.push(delta.dx ?? 0),
  };
}

describe('fitWithMargin', () => {
  it('leaves a margin around the fitted diagram', () => {
    const canvas = fakeCanvas(1000, 1);
    fitWithMargin(canvas);
    expect(canvas.calls.zooms).toEqual(['fit-viewport', 0.9]);
    expect(canvas.calls.scrolls).toEqual([]);
  });

  it('fits the diagram beside the palette and moves it right of it', () => {
    const canvas = fakeCanvas(1000, 1);
    fitWithMargin(canvas, 100);
    expect(canvas.calls.zooms[1]).toBeCloseTo(0.81);
    expect(canvas.calls.scrolls).toEqual([50]);
  });

  it('never zooms a small diagram past 120 %', () => {
    const canvas = fakeCanvas(1000, 3);
    fitWithMargin(canvas, 100);
    expect(canvas.calls.zooms[1]).toBe(1.2);
  });
});
