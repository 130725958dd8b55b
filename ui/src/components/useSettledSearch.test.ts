import { renderHook } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_MS, useSettledSearch } from './useSettledSearch';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

function setup() {
  const settle = vi.fn();
  const { result, unmount } = renderHook(() => useSettledSearch<string>(settle));
  return { settle, search: result.current, unmount };
}

describe('useSettledSearch', () => {
  it('settles once, on the last text, when typing pauses for 1.5 s', () => {
    const { settle, search } = setup();
    search.shown('jan', '');
    vi.advanceTimersByTime(1000);
    search.shown('jans', '');
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(settle, 'the pause restarts with each key').not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(settle.mock.calls, 'one call, for what was typed last').toEqual([['jans', '']]);
    vi.advanceTimersByTime(10 * SETTLE_MS);
    expect(settle, 'and nothing after').toHaveBeenCalledTimes(1);
  });

  it('settles at once when a result is opened, and the timer does not settle it again', () => {
    const { settle, search } = setup();
    search.shown('jans', 'actief');
    vi.advanceTimersByTime(500);
    search.now();
    expect(settle.mock.calls, 'opening a result settles now').toEqual([['jans', 'actief']]);
    vi.advanceTimersByTime(10 * SETTLE_MS);
    search.now();
    expect(settle, 'neither the timer nor Enter after it settles the same result again').toHaveBeenCalledTimes(1);
  });

  it('settles nothing for an empty box or with nothing shown', () => {
    const { settle, search } = setup();
    search.now();
    search.shown('jan', '');
    search.shown('   ', '');
    vi.advanceTimersByTime(10 * SETTLE_MS);
    search.now();
    expect(settle, 'clearing the box drops the waiting search').not.toHaveBeenCalled();
  });

  it('drops a waiting search when the screen closes', () => {
    const { settle, search, unmount } = setup();
    search.shown('jans', '');
    unmount();
    vi.advanceTimersByTime(10 * SETTLE_MS);
    expect(settle).not.toHaveBeenCalled();
  });
});
