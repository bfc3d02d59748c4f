// `npm start`: builds the renderer and the shell, then opens the desktop window, or, when the Electron
// runtime cannot be obtained (offline machines), serves the same app in browser mode from the loopback host.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const electronDir = path.join(repoRoot, 'node_modules', 'electron');
const require = createRequire(import.meta.url);
const installTimeoutMs = 45_000;

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', ...options });
  return result.status === 0;
}

function buildAll() {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  if (!run(npx, ['vite', 'build'], { shell: process.platform === 'win32' }))
    fatal('渲染端构建失败 / renderer build failed');
  if (!run(process.execPath, ['electron/build/build-electron.mjs']))
    fatal('桌面外壳构建失败 / shell build failed');
}

function fatal(message) {
  console.error(message);
  process.exit(1);
}

function electronVersion() {
  return JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
}

/** The Electron executable, or null when it has not been downloaded. */
function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** Runs Electron's own installer, silently and with a hard timeout: offline it fails or hangs. */
function tryInstallElectron() {
  const installer = path.join(electronDir, 'install.js');
  if (!existsSync(installer)) return;
  spawnSync(process.execPath, [installer], {
    cwd: electronDir,
    stdio: 'ignore',
    timeout: installTimeoutMs,
    killSignal: 'SIGKILL',
  });
}

function localBin(packageName, binPath) {
  return path.join(path.dirname(require.resolve(`${packageName}/package.json`)), binPath);
}

/**
 * The environment for a native build aimed at Electron. npm passes its config on as npm_config_*; a global
 * `nodedir=/usr` would make node-gyp compile against Node's headers and "succeed" with the wrong ABI.
 */
function electronBuildEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|build_from_source)$/i.test(key))
      delete env[key];
  }
  return env;
}

function fetchPrebuilt(packageDir, version) {
  const args = ['--runtime', 'electron', '--target', version, '--arch', process.arch];
  return run(process.execPath, [localBin('prebuild-install', 'bin.js'), ...args], {
    cwd: packageDir,
    env: electronBuildEnv(),
    timeout: 120_000,
  });
}

function compileFromSource(packageDir, version) {
  const args = [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${version}`,
    `--arch=${process.arch}`,
  ];
  args.push('--dist-url=https://electronjs.org/headers');
  return run(process.execPath, [localBin('node-gyp', 'bin/node-gyp.js'), ...args], {
    cwd: packageDir,
    env: electronBuildEnv(),
    timeout: 900_000,
  });
}

/** A module plain Node can load was built for Node, whatever the build claimed. */
function loadsInPlainNode(file) {
  const probe = `process.dlopen({ exports: {} }, ${JSON.stringify(file)})`;
  return spawnSync(process.execPath, ['-e', probe], { stdio: 'ignore' }).status === 0;
}

/** Builds better_sqlite3.node for Electron's ABI in a copy of the package; node_modules keeps the Node build. */
function buildSqliteForElectron(version, target) {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'ledger-sqlite-'));
  const packageDir = path.join(workDir, 'better-sqlite3');
  const source = path.join(repoRoot, 'node_modules', 'better-sqlite3');
  // The copy leaves out build/, so a failed rebuild can never hand back the Node-ABI module.
  cpSync(source, packageDir, { recursive: true, filter: (file) => file !== path.join(source, 'build') });
  const built = path.join(packageDir, 'build', 'Release', 'better_sqlite3.node');
  if (!fetchPrebuilt(packageDir, version) || !existsSync(built)) compileFromSource(packageDir, version);
  const ok = existsSync(built) && !loadsInPlainNode(built);
  if (ok) {
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(built, target);
  }
  rmSync(workDir, { recursive: true, force: true });
  return ok;
}

/** Path of a better_sqlite3.node for this Electron version, or null when none could be made. */
function electronSqliteBinding(version) {
  const target = path.join(repoRoot, 'dist', 'native', `electron-${version}`, 'better_sqlite3.node');
  if (existsSync(target)) return target;
  console.log(`为 Electron ${version} 构建 better-sqlite3 / building better-sqlite3 for Electron ${version}`);
  return buildSqliteForElectron(version, target) ? target : null;
}

/** Starts a child with the terminal attached, passes Ctrl+C on, and exits with its status. */
function handOver(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function startBrowserMode(reason) {
  console.log(reason);
  handOver(process.execPath, [localBin('tsx', 'dist/cli.mjs'), 'electron/host/main.ts']);
}

function main() {
  buildAll();
  let binary = electronBinary();
  if (!binary) {
    tryInstallElectron();
    binary = electronBinary();
  }
  if (!binary) {
    startBrowserMode(
      '未能获取 Electron 运行时（离线或无法下载），改为浏览器模式 / Electron runtime unavailable; serving browser mode instead',
    );
    return;
  }
  const binding = electronSqliteBinding(electronVersion());
  if (!binding) {
    startBrowserMode(
      '未能为 Electron 构建 better-sqlite3，改为浏览器模式 / better-sqlite3 for Electron unavailable; serving browser mode instead',
    );
    return;
  }
  // `electron .` runs package.json's main (dist/electron/main.mjs) under the product name, so the
  // development database lands in the same userData folder as the installed app's.
  const env = { ...process.env, LEDGER_SQLITE_BINDING: binding };
  delete env.ELECTRON_RUN_AS_NODE;
  handOver(binary, ['.'], env);
}

main();
