/// <reference types="vite/client" />

/** zh-CN.json whole, as a chunk of its own (vite.config.ts, src/i18n/index.ts). */
declare module 'virtual:zh-cn-texts' {
  const value: Record<string, unknown>;
  export default value;
}
