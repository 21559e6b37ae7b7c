import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSiteData, numberedSpecs } from './support/site';
import { memoryReader, renderApp } from './support/renderApp';

const themeScript = readFileSync(path.resolve(__dirname, '../../src/app/theme-head.js'), 'utf8');
const runThemeScript = () => new Function(themeScript)();
const isDark = () => document.documentElement.classList.contains('dark');

afterEach(() => {
  vi.restoreAllMocks();
  window.localStorage.clear();
  document.documentElement.classList.remove('dark');
});

describe('theme', () => {
  it('toggles dark and light, names the theme it switches to, and stores the choice', async () => {
    const { user } = renderApp('/latest', memoryReader(buildSiteData(numberedSpecs(1))));
    // The button says what a click will do, not which theme is on.
    const toggle = await screen.findByRole('button', { name: 'Switch to dark theme' });
    await user.click(toggle);
    expect(isDark()).toBe(true);
    expect(toggle).toHaveAccessibleName('Switch to light theme');
    expect(window.localStorage.getItem('broadsheet-theme')).toBe('dark');
    await user.click(toggle);
    expect(toggle).toHaveAccessibleName('Switch to dark theme');
    expect(isDark()).toBe(false);
    expect(window.localStorage.getItem('broadsheet-theme')).toBe('light');
  });

  it('still toggles when storage throws', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const { user } = renderApp('/latest', memoryReader(buildSiteData(numberedSpecs(1))));
    await user.click(await screen.findByRole('button', { name: 'Switch to dark theme' }));
    expect(isDark()).toBe(true);
  });

  it('src/app/theme-head.js applies a stored choice before the app runs', () => {
    window.localStorage.setItem('broadsheet-theme', 'dark');
    runThemeScript();
    expect(isDark()).toBe(true);
    window.localStorage.setItem('broadsheet-theme', 'light');
    runThemeScript();
    expect(isDark()).toBe(false);
  });

  it('src/app/theme-head.js follows the system preference without a stored choice', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(prefers-color-scheme: dark)' }));
    runThemeScript();
    expect(isDark()).toBe(true);
    vi.unstubAllGlobals();
  });

  it('src/app/theme-head.js does not throw when storage and matchMedia throw', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.stubGlobal('matchMedia', () => {
      throw new Error('unsupported');
    });
    expect(runThemeScript).not.toThrow();
    expect(isDark()).toBe(false);
    vi.unstubAllGlobals();
  });
});
