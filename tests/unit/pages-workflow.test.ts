// The GitHub Pages recipe (.github/workflows/pages.yml) cannot run here, so its shape is checked:
// the actions it uses, its permissions, and a build that gets BASE_PATH and publishes dist/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const Step = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  uses: z.string().optional(),
  run: z.string().optional(),
  with: z.record(z.string(), z.unknown()).optional(),
  env: z.record(z.string(), z.string()).optional(),
});
type Step = z.infer<typeof Step>;

const Workflow = z.object({
  on: z.object({ push: z.object({ branches: z.array(z.string()) }) }).passthrough(),
  permissions: z.record(z.string(), z.string()),
  concurrency: z.object({ group: z.string() }).passthrough(),
  jobs: z.record(
    z.string(),
    z.object({ 'runs-on': z.string(), needs: z.string().optional(), steps: z.array(Step) }).passthrough(),
  ),
});

const workflow = Workflow.parse(parse(readFileSync(path.join(repoRoot, '.github/workflows/pages.yml'), 'utf8')));
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

function action(name: string): Step {
  const found = steps.filter((step) => step.uses?.split('@')[0] === name);
  expect(found, name).toHaveLength(1);
  expect(found[0]!.uses, name).toMatch(/@v\d+$/);
  return found[0]!;
}

describe('the GitHub Pages workflow', () => {
  it('deploys from main with the permissions Pages needs and nothing more', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(workflow.concurrency.group).toBe('pages');
  });

  it('installs with npm ci on Node 20, with the npm cache', () => {
    action('actions/checkout');
    expect(action('actions/setup-node').with).toMatchObject({ 'node-version': 20, cache: 'npm' });
    expect(steps.some((step) => step.run?.startsWith('npm ci'))).toBe(true);
  });

  it("builds with BASE_PATH set to the site's path, as configure-pages reports it", () => {
    const pages = action('actions/configure-pages');
    const build = steps.find((step) => step.run === 'npm run build');
    expect(build?.env?.BASE_PATH).toBe(`\${{ steps.${pages.id}.outputs.base_path }}`);
    expect(steps.indexOf(pages)).toBeLessThan(steps.indexOf(build!));
  });

  it('uploads dist/ after the build and deploys it in a job that waits for the build', () => {
    const upload = action('actions/upload-pages-artifact');
    expect(upload.with).toEqual({ path: 'dist' });
    const build = steps.find((step) => step.run === 'npm run build');
    expect(steps.indexOf(upload)).toBeGreaterThan(steps.indexOf(build!));
    action('actions/deploy-pages');
    const deployJob = Object.entries(workflow.jobs).find(([, job]) =>
      job.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@')),
    );
    const buildJob = Object.entries(workflow.jobs).find(([, job]) => job.steps.includes(upload));
    expect(deployJob?.[1].needs).toBe(buildJob?.[0]);
  });
});
