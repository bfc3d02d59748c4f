// The CJK fonts the notices embed, and a pdfmake configured to use only them. pdfmake may read nothing
// but these font files: no URL is fetched, no other local file is opened, whatever a document names.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TFontDictionary } from 'pdfmake/interfaces';

export type PdfMake = typeof pdfmake;

/** Family names to use in document definitions. */
export const fontFamilies = { serif: 'NotoSerifSC', sans: 'NotoSansSC' } as const;

interface FontFile {
  pkg: string;
  /** Path inside the npm package. */
  source: string;
  /** Name in resources/fonts (the same list as electron/build/copy-fonts.mjs). */
  name: string;
}

const families = [
  { pkg: '@expo-google-fonts/noto-serif-sc', prefix: 'NotoSerifSC' },
  { pkg: '@expo-google-fonts/noto-sans-sc', prefix: 'NotoSansSC' },
];

const fontFiles: FontFile[] = families.flatMap(({ pkg, prefix }) => [
  { pkg, source: `400Regular/${prefix}_400Regular.ttf`, name: `${prefix}_400Regular.ttf` },
  { pkg, source: `700Bold/${prefix}_700Bold.ttf`, name: `${prefix}_700Bold.ttf` },
  { pkg, source: 'LICENSE_FONT', name: `OFL-${prefix}.txt` },
]);

const packageResolver = createRequire(import.meta.url);

function packageFile(file: FontFile): string | null {
  try {
    return path.join(path.dirname(packageResolver.resolve(`${file.pkg}/package.json`)), file.source);
  } catch {
    return null; // an installed app has no node_modules to copy from: its fonts come with it
  }
}

function sameSize(a: string, b: string): boolean {
  return fs.existsSync(b) && fs.statSync(a).size === fs.statSync(b).size;
}

/**
 * Makes sure every font is in `fontsDir`, copying from node_modules what is missing, so that tests and
 * the CLI work on a fresh checkout. Throws, naming the fix, when a font is neither there nor installed.
 */
export function ensureFonts(fontsDir: string): void {
  for (const file of fontFiles) {
    const target = path.join(fontsDir, file.name);
    const source = packageFile(file);
    if (source === null || !fs.existsSync(source)) {
      if (fs.existsSync(target)) continue;
      throw new Error(
        `PDF 字体缺失：${target}。请运行 node electron/build/copy-fonts.mjs（需已安装 ${file.pkg}）。`,
      );
    }
    if (sameSize(source, target)) continue;
    fs.mkdirSync(fontsDir, { recursive: true });
    // A temporary name first, so a concurrent render never opens a half-copied font.
    const partial = `${target}.${process.pid}.partial`;
    fs.copyFileSync(source, partial);
    fs.renameSync(partial, target);
  }
}

function fontDictionary(fontsDir: string): TFontDictionary {
  const family = (prefix: string) => {
    const normal = path.join(fontsDir, `${prefix}_400Regular.ttf`);
    const bold = path.join(fontsDir, `${prefix}_700Bold.ttf`);
    // No italic CJK faces exist; an italic request falls back to the upright ones.
    return { normal, bold, italics: normal, bolditalics: bold };
  };
  return { [fontFamilies.serif]: family('NotoSerifSC'), [fontFamilies.sans]: family('NotoSansSC') };
}

// The package exports one shared instance; each fonts folder gets its own instance of the same class, so
// that its fonts and access policies cannot be changed under it by other code using pdfmake.
const PdfMakeClass = (pdfmake as unknown as { constructor: new () => PdfMake }).constructor;
const configured = new Map<string, PdfMake>();

/** A pdfmake instance that knows the notice fonts of `resourcesDir` and may read nothing else. */
export function pdfmakeFor(resourcesDir: string): PdfMake {
  const fontsDir = path.resolve(resourcesDir, 'fonts');
  const cached = configured.get(fontsDir);
  if (cached) return cached;
  ensureFonts(fontsDir);
  const instance = new PdfMakeClass();
  const allowedPrefix = fontsDir + path.sep;
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy((file) => path.resolve(file).startsWith(allowedPrefix));
  instance.setFonts(fontDictionary(fontsDir));
  configured.set(fontsDir, instance);
  return instance;
}
