import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { i18n } from '../i18n';
// The status and action names (the shell loads them; components tested alone need them too).
import '../i18n/contract-texts';
import { authStore } from '../lib/auth-store';
import { server } from './server';

// Lazy routes are transformed on first use, slowly on a busy 2-core CI machine; give them time
// (a passing wait returns as soon as the element appears, so this only matters when slow).
configure({ asyncUtilTimeout: 12_000 });

// jsdom lacks what antd's responsive helpers use.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});
const computedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => computedStyle(element);
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

/** Requests no handler answered during the current test: each fails the test (see afterEach). */
const unhandled: string[] = [];

beforeAll(() => {
  server.listen({
    onUnhandledRequest: (request, print) => {
      const url = new URL(request.url);
      unhandled.push(`${request.method} ${url.pathname}${url.search}`);
      print.error();
    },
  });
  // The app calls `/api/v1/...` like a browser does; Node's fetch wants absolute URLs.
  const fetchWithBase = globalThis.fetch;
  globalThis.fetch = (input, init) =>
    fetchWithBase(
      typeof input === 'string' && input.startsWith('/') ? new URL(input, window.location.origin) : input,
      init,
    );
});

afterEach(async () => {
  cleanup();
  // A test that faked the clock (autosave, countdowns) gives the real one back.
  vi.useRealTimers();
  server.resetHandlers();
  authStore.reset();
  localStorage.clear();
  sessionStorage.clear();
  if (i18n.language !== 'zh-CN') await i18n.changeLanguage('zh-CN');
  // MSW's own 'error' only logs and makes the fetch fail, which the app may swallow: fail the test.
  const missed = unhandled.splice(0);
  if (missed.length > 0) {
    throw new Error(
      `Requests without an MSW handler (made by this test, or late ones of the test before):\n  ${missed.join('\n  ')}`,
    );
  }
});

afterAll(() => server.close());
