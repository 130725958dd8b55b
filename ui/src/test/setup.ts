import { clearMocks } from '@tauri-apps/api/mocks';
import { act, cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { loadAllMessages } from '../i18n/bundles';

// The app loads the messages of the screens behind the lock with the shell; tests render
// those screens on their own, so every test file has them all.
await loadAllMessages();

// jsdom lacks these; the app calls them when moving focus to a field.
if (!Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = () => undefined;
}

afterEach(() => {
  // Inside act, so the effects' cleanups (which Preact runs after the next paint) have run
  // before the IPC mocks go away.
  act(() => cleanup());
  clearMocks();
});
