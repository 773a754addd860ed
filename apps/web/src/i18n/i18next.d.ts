import 'i18next';
import type { ContractTexts } from './contract-texts';
import type zhCN from './zh-CN.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof zhCN & ContractTexts };
    returnNull: false;
  }
}
