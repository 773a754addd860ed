import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type Rolldown } from 'vite';
import { defineConfig } from 'vitest/config';

const apiTarget = 'http://127.0.0.1:3000';

/**
 * Modules the bundler may drop when nothing of theirs is used; neither package says so itself.
 * - the contracts' schema modules: `.meta()` registers schemas for the OpenAPI document, which looks
 *   like a side effect but means nothing in the browser (only `locale.ts`, which sets zod's Chinese
 *   messages, and the index that imports it must always run);
 * - rc-form and async-validator, which antd's Input reaches only for a React context;
 * - rc-input, whose index also re-exports TextArea (with its resize observer) next to Input.
 * Without this the login bundle grows with every schema the API adds and with a second form engine.
 */
const sideEffectFree = [
  /[\\/]packages[\\/]contracts[\\/]src[\\/](?!locale\.ts$|index\.ts$)/,
  /[\\/]@rc-component[\\/](form|async-validator|input)[\\/]/,
];

/**
 * `virtual:zh-cn-texts`: the whole of zh-CN.json under a module id of its own. The first bundle imports
 * only the login page's top-level keys of zh-CN.json (tree-shaken named imports); this module, loaded
 * lazily, brings every page's texts without pulling them into the first bundle.
 */
function zhCNTexts(): Plugin {
  const id = 'virtual:zh-cn-texts';
  const file = new URL('./src/i18n/zh-CN.json', import.meta.url);
  return {
    name: 'zh-cn-texts',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(loaded) {
      if (loaded !== `\0${id}`) return undefined;
      this.addWatchFile(file.pathname);
      return `export default ${readFileSync(file, 'utf8')};`;
    },
  };
}

/**
 * antd's ConfigProvider imports the shared-tooltip provider (with @rc-component/trigger, portal and
 * resize observer) for `tooltip={{ unique: true }}`, which this app never sets; only that import is
 * replaced, so every page's own Tooltip still has its real trigger. Keeps ~8 KB gzip out of the login
 * bundle.
 */
function withoutUniqueTooltip(): Plugin {
  const stub = '\0antd-no-unique-tooltip';
  return {
    name: 'antd-no-unique-tooltip',
    enforce: 'pre',
    resolveId(source, importer) {
      const fromConfigProvider =
        importer && /[\\/]antd[\\/]es[\\/]config-provider[\\/]index\.js$/.test(importer);
      return source === '../tooltip/UniqueProvider' && fromConfigProvider ? stub : undefined;
    },
    load: (id) =>
      id === stub ? 'export default function UniqueProvider(props) { return props.children; }' : undefined,
  };
}

/**
 * antd's Button picks the text colour of its solid variant with two helpers of the colour picker
 * (`AggregationColor`, `isBright`), whose modules bring @rc-component/color-picker into the login
 * bundle. For Button's token file only, they are replaced by the same computation on
 * @ant-design/fast-color, which the bundle has anyway (rc-color-picker's Color extends FastColor).
 */
function buttonWithoutColorPicker(): Plugin {
  const stub = '\0antd-button-color';
  const fromButtonToken = (importer: string | undefined) =>
    Boolean(importer && /[\\/]antd[\\/]es[\\/]button[\\/]style[\\/]token\.js$/.test(importer));
  return {
    name: 'antd-button-without-color-picker',
    enforce: 'pre',
    resolveId(source, importer) {
      const colorPicker =
        source === '../../color-picker/color' || source === '../../color-picker/components/ColorPresets';
      return colorPicker && fromButtonToken(importer) ? stub : undefined;
    },
    load: (id) =>
      id === stub
        ? [
            "import { FastColor } from '@ant-design/fast-color';",
            'export class AggregationColor extends FastColor {}',
            // antd/es/color-picker/components/ColorPresets.js `isBright`, unchanged.
            'export const isBright = (value, bgColorToken) => {',
            '  const { r, g, b, a } = value.toRgb();',
            '  const hsv = new FastColor(value.toRgbString()).onBackground(bgColorToken).toHsv();',
            '  if (a <= 0.5) return hsv.v > 0.5;',
            '  return r * 0.299 + g * 0.587 + b * 0.114 > 192;',
            '};',
          ].join('\n')
        : undefined,
  };
}

/**
 * The contracts' OpenAPI examples (`.meta({ examples })`) matter only to the API's OpenAPI document; in
 * the browser every example is `undefined`. Their module sat whole in the login bundle (~1.5 KB gzip)
 * because the problem schema, which every page parses errors with, carries two of them.
 */
function withoutOpenApiExamples(): Plugin {
  const examples = /[\\/]packages[\\/]contracts[\\/]src[\\/]openapi-examples\.ts$/;
  return {
    name: 'contracts-without-openapi-examples',
    enforce: 'pre',
    load(id) {
      if (!examples.test(id)) return undefined;
      const names = [...readFileSync(id, 'utf8').matchAll(/^export const (\w+)/gm)].map((m) => m[1]);
      return names.map((name) => `export const ${name} = undefined;`).join('\n');
    },
  };
}

/**
 * The modules the login page loads, from a first build without grouping: the chunks index.html
 * references and those they import statically. A module's importers cannot tell this (barrels such as
 * the contracts' index reach everything, and tree-shaking drops most of it), the bundle can.
 */
async function modulesOfLoginPage(): Promise<Set<string>> {
  process.env.ZC_LOGIN_SCAN = '1';
  try {
    const result = await build({ logLevel: 'silent', build: { write: false } });
    const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
    const chunks = new Map<string, Rolldown.OutputChunk>();
    for (const item of outputs.flatMap((o) => o.output))
      if (item.type === 'chunk') chunks.set(item.fileName, item);
    const modules = new Set<string>();
    const visit = (chunk: Rolldown.OutputChunk | undefined) => {
      if (!chunk || modules.has(chunk.fileName)) return;
      modules.add(chunk.fileName);
      for (const id of chunk.moduleIds) modules.add(id);
      for (const file of chunk.imports) visit(chunks.get(file));
    };
    for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk);
    return modules;
  } finally {
    delete process.env.ZC_LOGIN_SCAN;
  }
}

const charts = /[\\/]node_modules[\\/](echarts|zrender)[\\/]/;
const nodeModules = /[\\/]node_modules[\\/]/;

/**
 * Everything the pages after login share comes in two cached chunks — libraries and app code — instead
 * of about a hundred small ones (a hard load made 45–75 requests); ECharts stays in its own chunk for
 * the chart pages. What the login page loads is one chunk of its own: left to the default splitting,
 * every lazy page that shares a module with it (the public objection form uses the sign-in's captcha)
 * re-cut it into more files, each with its own wrapper and gzip dictionary (7 files, 248–250 kB; as
 * one chunk 2 files, 244 kB).
 */
function chunkGroups(login: Set<string>) {
  const afterLogin = (id: string) => !login.has(id);
  return [
    {
      name: 'login',
      test: (id: string) => login.has(id),
      priority: 4,
      includeDependenciesRecursively: false,
    },
    { name: 'charts', test: charts, priority: 3 },
    {
      name: 'vendor',
      test: (id: string) => nodeModules.test(id) && afterLogin(id),
      priority: 2,
      includeDependenciesRecursively: false,
    },
    {
      name: 'app-shared',
      test: (id: string) => !nodeModules.test(id) && afterLogin(id),
      minShareCount: 2,
      priority: 1,
      includeDependenciesRecursively: false,
    },
  ];
}

export default defineConfig(async ({ command }) => {
  const grouping = command === 'build' && !process.env.ZC_LOGIN_SCAN;
  const groups = grouping ? chunkGroups(await modulesOfLoginPage()) : undefined;
  return {
    plugins: [
      react(),
      zhCNTexts(),
      withoutUniqueTooltip(),
      buttonWithoutColorPicker(),
      withoutOpenApiExamples(),
    ],
    resolve: {
      // Workspace packages export their TypeScript source under the `development` condition.
      conditions: ['development', 'module', 'browser', 'default'],
    },
    server: {
      proxy: { '/api': { target: apiTarget, changeOrigin: false } },
    },
    preview: {
      proxy: { '/api': { target: apiTarget, changeOrigin: false } },
    },
    build: {
      target: 'es2022',
      sourcemap: false,
      // The one vendor chunk of the pages after login is about 900 kB (280 kB gzipped), cached once.
      chunkSizeWarningLimit: 1000,
      // For scripts/check-bundle-size.mjs (which deletes it): which files each page loads.
      manifest: true,
      // Browsers without <link rel=modulepreload> still load every chunk, just without the head start.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        output: { codeSplitting: groups ? { groups } : undefined },
        treeshake: {
          moduleSideEffects: (id: string) => !sideEffectFree.some((pattern) => pattern.test(id)),
        },
      },
    },
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/test/setup.ts'],
      css: false,
      restoreMocks: true,
      testTimeout: 15_000,
    },
  };
});
