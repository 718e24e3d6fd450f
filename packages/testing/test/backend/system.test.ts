import { describe, expect, it } from 'vitest';
import { makeBackend } from './helpers.js';

describe('system and versions', () => {
  it.each([
    ['v0.28.1', 72],
    ['v0.29.3', 72],
    ['v0.30.1', 75],
  ] as const)('%s reports its version and app schema', async (version, appSchema) => {
    const t = makeBackend({ version });
    const v = await t.ok<{ version: { version: string } }>('Version');
    expect(v.version.version).toBe(version);
    const s = await t.ok<{ systemStatus: { appSchema: number; status: string } }>('SystemStatus');
    expect(s.systemStatus).toMatchObject({ appSchema, status: 'OK' });
    const hasBulkStudio = Boolean(t.schema.getMutationType()?.getFields().bulkStudioUpdate);
    expect('bulkStudioUpdate' in t.backend.rootValue).toBe(hasBulkStudio);
    expect('seedScene' in t.backend.rootValue).toBe(false);
  });

  it('keeps configuration changes until reset', async () => {
    const t = makeBackend();
    const c = await t.ok<{ configuration: { general: { parallelTasks: number; stashes: { path: string }[] } } }>(
      'Configuration',
    );
    expect(c.configuration.general.parallelTasks).toBe(1);
    await t.ok('ConfigureGeneral', { input: { parallelTasks: 4 } });
    const after = await t.ok<{ configuration: { general: { parallelTasks: number } } }>('Configuration');
    expect(after.configuration.general.parallelTasks).toBe(4);
    await t.ok('ConfigureUISetting', { key: 'theme', value: 'dark' });
    expect((await t.ok<{ configuration: { ui: unknown } }>('Configuration')).configuration.ui).toEqual({
      theme: 'dark',
    });
    t.backend.reset();
    expect(
      (await t.ok<{ configuration: { general: { parallelTasks: number } } }>('Configuration')).configuration.general
        .parallelTasks,
    ).toBe(1);
  });
});
