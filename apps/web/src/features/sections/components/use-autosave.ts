import { useEffect } from 'react';
import type { SectionEditor } from './use-section-editor';

export const AUTOSAVE_DELAY_MS = 3000;

/** Saves a few seconds after the last change, unless a save is running or a conflict awaits a choice. */
export function useAutosave(editor: SectionEditor, delayMs = AUTOSAVE_DELAY_MS): void {
  const { dirty, changes, saving, conflict, editable, save } = editor;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `changes` restarts the timer on each edit; `save` is recreated every render.
  useEffect(() => {
    if (!editable || !dirty || saving || conflict) return;
    const timer = setTimeout(() => void save({ auto: true }), delayMs);
    return () => clearTimeout(timer);
  }, [editable, dirty, saving, conflict, changes, delayMs]);
}
