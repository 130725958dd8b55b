import { act, screen } from '@testing-library/preact';
import type { ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithI18n } from '../test/helpers';
import { LazyBoundary, lazyNamed } from './Lazy';

describe('LazyBoundary', () => {
  it('says the screen is loading until its chunk is there, then shows the screen', async () => {
    let deliver: (module: { Late: ComponentType }) => void = () => undefined;
    const Late = lazyNamed(() => new Promise<{ Late: ComponentType }>((resolve) => (deliver = resolve)), 'Late');
    renderWithI18n(
      <LazyBoundary>
        <Late />
      </LazyBoundary>,
    );
    const loading = screen.getByRole('status');
    expect(loading.textContent).toBe('Even geduld, het scherm wordt geladen…');

    await act(async () => deliver({ Late: () => <h1>Inwoners</h1> }));
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Inwoners');
    expect(screen.queryByRole('status'), 'the loading text is gone').toBeNull();
  });

  it('says it in English when the app speaks English', () => {
    const Never = lazyNamed(() => new Promise<{ Never: ComponentType }>(() => undefined), 'Never');
    renderWithI18n(
      <LazyBoundary>
        <Never />
      </LazyBoundary>,
      'en-US',
    );
    expect(screen.getByRole('status').textContent).toBe('One moment, loading the screen…');
  });
});
