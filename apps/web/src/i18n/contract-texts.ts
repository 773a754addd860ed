import {
  actionLabelsByLocale,
  outcomeLabelsByLocale,
  statusLabelsByLocale,
  type UiLocale,
  uiLocales,
} from '@zhicheng/contracts';
import { i18n } from './index';

/**
 * The status, action and outcome names, from the contracts (the one source the API uses too), as
 * `applicationStatus.*`, `applicationAction.*` and `applicationOutcome.*` of each locale. They are never
 * written into zh-CN.json or en-US.json (locales.test.ts checks).
 */
export function contractTexts(locale: UiLocale) {
  return {
    applicationStatus: statusLabelsByLocale[locale],
    applicationAction: actionLabelsByLocale[locale],
    applicationOutcome: outcomeLabelsByLocale[locale],
  };
}

export type ContractTexts = ReturnType<typeof contractTexts>;

// Imported for this effect by the signed-in shell (the login page shows no status, so the names stay
// out of the first bundle): every locale gets the names now, English before its other texts arrive.
for (const locale of uiLocales)
  i18n.addResourceBundle(locale, 'translation', contractTexts(locale), true, true);
