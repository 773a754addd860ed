import {
  actionLabelsByLocale,
  outcomeLabelsByLocale,
  statusLabelsByLocale,
  type UiLocale,
  uiLocales,
} from '@zhicheng/contracts';
import { describe, expect, it } from 'vitest';
import enUS from './en-US.json';
import { changeLanguage, i18n, languages } from './index';
import zhCN from './zh-CN.json';

const files: Record<UiLocale, unknown> = { 'zh-CN': zhCN, 'en-US': enUS };

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function leaves(value: unknown, path: string[] = []): { path: string[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, [...path, key]));
}

function objects(value: unknown, path: string[] = []): { path: string[]; keys: string[] }[] {
  if (typeof value !== 'object' || value === null) return [];
  return [
    { path, keys: Object.keys(value) },
    ...Object.entries(value).flatMap(([key, child]) => objects(child, [...path, key])),
  ];
}

/** The contracts' name tables, per locale: status, action and outcome names. */
const tables = {
  status: statusLabelsByLocale,
  action: actionLabelsByLocale,
  outcome: outcomeLabelsByLocale,
} as const;

function contractLabel(locale: UiLocale, name: string): string[] {
  return Object.values(tables).flatMap((table) => {
    const labels: Record<string, string> = table[locale];
    return Object.hasOwn(labels, name) ? [labels[name] as string] : [];
  });
}

describe('locales', () => {
  it('has every Chinese text in English too, and nothing else', () => {
    expect(keys(enUS).sort()).toEqual(keys(zhCN).sort());
  });

  it('offers exactly the contracts’ UI locales', () => {
    expect([...languages]).toEqual([...uiLocales]);
  });

  it('takes status, action and outcome names from the contracts, in both languages', async () => {
    expect(i18n.t('applicationStatus.committee_review')).toBe(statusLabelsByLocale['zh-CN'].committee_review);
    expect(i18n.t('applicationAction.withdraw')).toBe(actionLabelsByLocale['zh-CN'].withdraw);
    expect(i18n.t('applicationOutcome.unit_rejected')).toBe(outcomeLabelsByLocale['zh-CN'].unit_rejected);
    await changeLanguage('en-US');
    expect(i18n.t('applicationStatus.committee_review')).toBe(statusLabelsByLocale['en-US'].committee_review);
    expect(i18n.t('applicationAction.withdraw')).toBe(actionLabelsByLocale['en-US'].withdraw);
    expect(i18n.t('applicationOutcome.unit_rejected')).toBe(outcomeLabelsByLocale['en-US'].unit_rejected);
  });

  describe.each(uiLocales)('%s.json keeps no copy of the contracts’ names', (locale) => {
    it('has no applicationStatus, applicationAction or applicationOutcome texts of its own', () => {
      const own = Object.keys(files[locale] as object);
      expect(own).not.toContain('applicationStatus');
      expect(own).not.toContain('applicationAction');
      expect(own).not.toContain('applicationOutcome');
    });

    it('has no table of statuses, actions or outcomes (an object keyed by half of them or more)', () => {
      const found = objects(files[locale]).flatMap(({ path, keys: own }) =>
        Object.entries(tables)
          .filter(([, table]) => {
            const names = Object.keys(table[locale]);
            return own.filter((key) => names.includes(key)).length * 2 >= names.length;
          })
          .map(([kind]) => `${path.join('.')} (${kind} names)`),
      );
      expect(found).toEqual([]);
    });
  });

  it('has no text under a status, action or outcome key that says what the contracts say, in both languages', () => {
    const english = new Map(leaves(enUS).map(({ path, text }) => [path.join('.'), text]));
    const copies = leaves(zhCN).filter(({ path, text }) =>
      path.some(
        (name) =>
          contractLabel('zh-CN', name).includes(text) &&
          contractLabel('en-US', name).includes(english.get(path.join('.')) ?? ''),
      ),
    );
    expect(copies.map(({ path }) => path.join('.'))).toEqual([]);
  });
});
