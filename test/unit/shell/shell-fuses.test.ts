// The fuses flipped in the packaged binary (electron-builder.yml, electronFuses). The config is read and
// validated by electron-builder's own code (the same getConfig and validateConfiguration `npm run package`
// runs, against its scheme.json), so a misspelt key or a wrong shape fails here, not on a connected
// machine at release time; and what electron-builder turns it into for @electron/fuses is read back.
import fs from 'node:fs';
import path from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { PlatformPackager, type Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const schemePath = path.join(repoRoot, 'node_modules', 'app-builder-lib', 'scheme.json');

interface Scheme {
  properties: Record<string, { anyOf?: { $ref?: string }[] }>;
  definitions: Record<
    string,
    { properties: Record<string, { type: string }>; additionalProperties: boolean }
  >;
}

const scheme = JSON.parse(fs.readFileSync(schemePath, 'utf8')) as Scheme;
const quietLogger = { isEnabled: false, add: () => undefined } as unknown as Parameters<
  typeof validateConfiguration
>[1];

/** The decision for every fuse electron-builder knows; a fuse a newer version adds fails the test below. */
const decided: Record<string, boolean> = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false,
  loadBrowserProcessSpecificV8Snapshot: false,
};

let config: Configuration;

beforeAll(async () => {
  config = await getConfig(repoRoot, 'electron-builder.yml', null);
});

describe('electron-builder.yml', () => {
  it("passes electron-builder's own validation", async () => {
    await expect(validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
  });

  it('would be refused with a misspelt fuse or a value that is not a boolean', async () => {
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsnode: false } };
    await expect(validateConfiguration(misspelt as Configuration, quietLogger)).rejects.toThrow(
      /electronFuses/,
    );
    const notBoolean = { ...config, electronFuses: { ...config.electronFuses, runAsNode: 'off' } };
    await expect(validateConfiguration(notBoolean as unknown as Configuration, quietLogger)).rejects.toThrow(
      /electronFuses/,
    );
  });

  it('keeps the asar integrity hash that enableEmbeddedAsarIntegrityValidation checks', () => {
    expect(config.asar).toBe(true);
    expect(config.disableAsarIntegrity).toBeUndefined();
  });
});

describe('electronFuses', () => {
  it("is the schema's FuseOptionsV1 block, which takes no unknown key", () => {
    const refs = scheme.properties.electronFuses?.anyOf?.map((option) => option.$ref);
    expect(refs).toContain('#/definitions/FuseOptionsV1');
    expect(scheme.definitions.FuseOptionsV1?.additionalProperties).toBe(false);
  });

  it('decides every fuse the schema knows (resetAdHocDarwinSignature is a macOS signing step, not a fuse)', () => {
    const known = Object.keys(scheme.definitions.FuseOptionsV1?.properties ?? {}).filter(
      (name) => name !== 'resetAdHocDarwinSignature',
    );
    expect(known.sort()).toEqual(Object.keys(decided).sort());
  });

  it.each(Object.entries(decided))('sets %s to %s, as a boolean', (fuse, value) => {
    const fuses = (config.electronFuses ?? {}) as Record<string, unknown>;
    expect(fuses[fuse]).toBe(value);
  });

  it('sets nothing else', () => {
    expect(Object.keys(config.electronFuses ?? {}).sort()).toEqual(Object.keys(decided).sort());
  });
});

describe('what electron-builder hands @electron/fuses', () => {
  // The wires as @electron/fuses names them; a key electron-builder did not translate would be missing.
  const wires: Record<keyof typeof FuseV1Options & string, boolean> = {
    RunAsNode: false,
    EnableNodeOptionsEnvironmentVariable: false,
    EnableNodeCliInspectArguments: false,
    EnableEmbeddedAsarIntegrityValidation: true,
    OnlyLoadAppFromAsar: true,
    EnableCookieEncryption: true,
    GrantFileProtocolExtraPrivileges: false,
    LoadBrowserProcessSpecificV8Snapshot: false,
  };

  it('is a V1 wire with every fuse set as decided', async () => {
    // A private method: the one electron-builder calls (doAddElectronFuses) before flipping the wires.
    const generate = (PlatformPackager.prototype as unknown as Record<string, unknown>)
      .generateFuseConfig as (fuses: Configuration['electronFuses']) => Promise<Record<string, unknown>>;
    const handed = await generate.call(null, config.electronFuses);
    expect(handed.version).toBe(FuseVersion.V1);
    for (const [name, value] of Object.entries(wires))
      expect(handed[FuseV1Options[name as keyof typeof FuseV1Options]], name).toBe(value);
    const wireIndexes = Object.keys(handed).filter((key) => /^\d+$/.test(key));
    expect(wireIndexes).toHaveLength(Object.keys(wires).length);
  });
});
