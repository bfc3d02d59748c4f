// Copies the Noto CJK fonts the PDF notices embed from node_modules into resources/fonts/, where the
// backend finds them in development and electron-builder ships them (extraResources). The TTFs are ~10–15
// MB each, so they are copied at build time rather than committed. Same files and names as
// electron/backend/documents/pdf/fonts.ts, which also copies them itself on first use when missing.
import { copyFileSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const fontsDir = path.join(repoRoot, 'resources', 'fonts');
const require = createRequire(import.meta.url);

/** [npm package, file inside it, name in resources/fonts] */
const fontFiles = [
  ['@expo-google-fonts/noto-serif-sc', '400Regular/NotoSerifSC_400Regular.ttf', 'NotoSerifSC_400Regular.ttf'],
  ['@expo-google-fonts/noto-serif-sc', '700Bold/NotoSerifSC_700Bold.ttf', 'NotoSerifSC_700Bold.ttf'],
  ['@expo-google-fonts/noto-serif-sc', 'LICENSE_FONT', 'OFL-NotoSerifSC.txt'],
  ['@expo-google-fonts/noto-sans-sc', '400Regular/NotoSansSC_400Regular.ttf', 'NotoSansSC_400Regular.ttf'],
  ['@expo-google-fonts/noto-sans-sc', '700Bold/NotoSansSC_700Bold.ttf', 'NotoSansSC_700Bold.ttf'],
  ['@expo-google-fonts/noto-sans-sc', 'LICENSE_FONT', 'OFL-NotoSansSC.txt'],
];

function sameSize(a, b) {
  return existsSync(b) && statSync(a).size === statSync(b).size;
}

mkdirSync(fontsDir, { recursive: true });
let copied = 0;
for (const [pkg, file, name] of fontFiles) {
  const from = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
  const to = path.join(fontsDir, name);
  if (sameSize(from, to)) continue;
  // Copy under a temporary name first so a half-written font is never picked up.
  const partial = `${to}.${process.pid}.partial`;
  copyFileSync(from, partial);
  renameSync(partial, to);
  copied += 1;
}
console.log(`resources/fonts: ${copied} file(s) copied, ${fontFiles.length - copied} already up to date`);
