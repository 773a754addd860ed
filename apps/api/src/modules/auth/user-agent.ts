/**
 * A readable device name from a User-Agent, for the session list: "Chrome 131 · Windows". Only the
 * browsers and systems people here use are named; anything else shows as 未知设备 rather than guessed.
 */
export function deviceOf(userAgent: string | null | undefined): string {
  if (!userAgent) return '未知设备';
  const browser = browserOf(userAgent);
  const system = systemOf(userAgent);
  if (!browser && !system) return '未知设备';
  return [browser, system].filter(Boolean).join(' · ');
}

// Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
const browsers: [RegExp, string][] = [
  [/Edg(?:e|A|iOS)?\/(\d+)/, 'Edge'],
  [/OPR\/(\d+)/, 'Opera'],
  [/MicroMessenger\/(\d+)/, '微信'],
  [/(?:Firefox|FxiOS)\/(\d+)/, 'Firefox'],
  [/(?:Chrome|CriOS)\/(\d+)/, 'Chrome'],
  [/Version\/(\d+)[^ ]* (?:Mobile\/\S+ )?Safari\//, 'Safari'],
];

function browserOf(ua: string): string | undefined {
  for (const [pattern, name] of browsers) {
    const match = pattern.exec(ua);
    if (match) return `${name} ${match[1]}`;
  }
  return undefined;
}

const systems: [RegExp, string][] = [
  [/Windows NT/, 'Windows'],
  [/iPhone|iPad/, 'iOS'],
  [/Android/, 'Android'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/HarmonyOS|OpenHarmony/, 'HarmonyOS'],
  [/Linux/, 'Linux'],
];

function systemOf(ua: string): string | undefined {
  return systems.find(([pattern]) => pattern.test(ua))?.[1];
}
