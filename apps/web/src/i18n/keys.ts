import type zhCN from './zh-CN.json';

/** A page name under `nav.*`: menu entries, page titles and "coming soon" pages share these. */
export type NavKey = keyof (typeof zhCN)['nav'];
