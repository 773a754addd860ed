import { LanguageSwitch } from './language-switch';
import { LargeTextSwitch } from './large-text-switch';

/** The preferences every page offers in its header: 大字模式 and the UI language. */
export function PagePreferences() {
  return (
    <>
      <LargeTextSwitch />
      <LanguageSwitch />
    </>
  );
}
