import { useSyncExternalStore } from 'react';

/**
 * 大字模式 (large text, high contrast), as the 适老化 guidelines for government services ask: one
 * switch on every page, remembered in this browser. The providers turn it into antd's theme and a
 * `data-large-text` attribute on <html> for the app's own CSS.
 */
const storageKey = 'zc.largeText';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return localStorage.getItem(storageKey) === '1';
  } catch {
    // Storage can be refused (private mode, policies): the mode then lasts for the page only.
    return memory;
  }
}

let memory = false;

function apply(on: boolean) {
  document.documentElement.toggleAttribute('data-large-text', on);
}

export function setLargeText(on: boolean) {
  memory = on;
  try {
    if (on) localStorage.setItem(storageKey, '1');
    else localStorage.removeItem(storageKey);
  } catch {
    // See `read`.
  }
  apply(on);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab switching the mode switches this one too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === storageKey) {
      apply(read());
      listener();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useLargeText(): boolean {
  const on = useSyncExternalStore(subscribe, read, () => false);
  return on;
}

/** Called once at start-up so the first paint already has the remembered size. */
export function restoreLargeText() {
  apply(read());
}
