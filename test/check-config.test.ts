/** The check configuration file: what it accepts, its defaults, and why it refuses the rest. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyConfig, DEFAULT_CONFIG, loadConfig } from '../src/check/config.js';
import type { Finding } from '../src/schema/report.js';

const dir = mkdtempSync(join(tmpdir(), 'cse-config-unit-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const finding = (rule: string, severity: Finding['severity']): Finding => ({ rule, severity, message: 'm', stage: null, criterion: null, elements: [] });

describe('check configuration', () => {
  it('defaults to failing on errors and changing nothing', async () => {
    expect(DEFAULT_CONFIG).toEqual({ failOn: 'error', rules: {} });
    expect(await loadConfig(file('empty.json', '{}'))).toEqual(DEFAULT_CONFIG);
  });

  it('drops rules turned off and replaces severities', () => {
    const config = { failOn: 'error' as const, rules: { 'totals-add-up': 'off' as const, 'dates-in-order': 'error' as const } };
    expect(applyConfig([finding('totals-add-up', 'warning'), finding('dates-in-order', 'warning'), finding('no-non-compliance', 'error')], config)).toEqual([
      finding('dates-in-order', 'error'),
      finding('no-non-compliance', 'error'),
    ]);
  });

  it.each([
    ['not JSON', '{ rules: ', /is not JSON/],
    ['an unknown rule id', JSON.stringify({ rules: { 'totals-add-upp': 'off' } }), /totals-add-upp: no rule has the id "totals-add-upp"/],
    ['an unknown severity', JSON.stringify({ rules: { 'totals-add-up': 'fatal' } }), /rules\.totals-add-up/],
    ['an unknown key', JSON.stringify({ rule: {} }), /rule/],
    ['a failOn of info', JSON.stringify({ failOn: 'info' }), /failOn/],
  ])('refuses %s with invalid-config, naming the file and the reason', async (name, text, reason) => {
    const path = file(`${name.replace(/\W+/g, '-')}.json`, text);
    await expect(loadConfig(path)).rejects.toMatchObject({ code: 'invalid-config', path, message: expect.stringMatching(reason) });
    await expect(loadConfig(path)).rejects.toThrow(`${path} is not a valid cse configuration`);
  });

  it('refuses a missing file, naming it', async () => {
    const path = join(dir, 'nope.json');
    await expect(loadConfig(path)).rejects.toThrow(`${path} is not a valid cse configuration: it cannot be read (ENOENT)`);
  });
});
