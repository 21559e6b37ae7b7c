// Reading settings: the settings page changes them at once and keeps them, and src/app/theme-head.js
// applies exactly what the app would, before the app runs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SETTINGS,
  FONTS,
  parseSettings,
  settingsAttributes,
  settingsStore,
  TEXT_SIZES,
  WIDTHS,
} from '../../src/app/stores/settings';
import { buildSiteData, numberedSpecs } from './support/site';
import { memoryReader, renderApp } from './support/renderApp';

const headScript = readFileSync(path.resolve(__dirname, '../../src/app/theme-head.js'), 'utf8');
const runHeadScript = () => new Function(headScript)();
const root = document.documentElement;
const rootAttributes = () =>
  Object.fromEntries(['data-text-size', 'data-font', 'data-width'].map((name) => [name, root.getAttribute(name)]));

beforeEach(() => {
  window.localStorage.clear();
  settingsStore.reload();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  window.localStorage.clear();
  root.className = '';
  for (const name of ['data-text-size', 'data-font', 'data-width']) root.removeAttribute(name);
});

describe('src/app/theme-head.js', () => {
  it('sets the same attributes as the app for every stored setting', () => {
    const stored = [
      ...TEXT_SIZES.map((textSize) => ({ textSize })),
      ...FONTS.map((font) => ({ font })),
      ...WIDTHS.map((width) => ({ width })),
      { textSize: 'enormous', font: 'comic', width: 7 },
      { textSize: 'largest', font: 'sans', width: 'wide', markRead: 'open' },
    ];
    for (const value of stored) {
      window.localStorage.setItem('broadsheet-settings', JSON.stringify(value));
      runHeadScript();
      expect(rootAttributes(), JSON.stringify(value)).toEqual(settingsAttributes(parseSettings(value)!));
    }
  });

  it('falls back to the defaults for missing, damaged or unreadable settings', () => {
    const defaults = settingsAttributes(DEFAULT_SETTINGS);
    runHeadScript();
    expect(rootAttributes()).toEqual(defaults);
    window.localStorage.setItem('broadsheet-settings', '{not json');
    runHeadScript();
    expect(rootAttributes()).toEqual(defaults);
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(runHeadScript).not.toThrow();
    expect(rootAttributes()).toEqual(defaults);
  });
});

describe('settings page', () => {
  const renderSettings = () => renderApp('/settings', memoryReader(buildSiteData(numberedSpecs(2))));

  it('applies and keeps text size, font, line width and when to mark read', async () => {
    const { user } = renderSettings();
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    const textSize = within(screen.getByRole('group', { name: 'Text size' }));
    expect(textSize.getAllByRole('radio')).toHaveLength(5);
    expect(textSize.getByRole('radio', { name: 'Medium' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'Largest' }));
    await user.click(screen.getByRole('radio', { name: 'Sans serif' }));
    await user.click(screen.getByRole('radio', { name: 'Narrow' }));
    await user.click(screen.getByRole('radio', { name: 'As soon as I open it' }));
    expect(rootAttributes()).toEqual({ 'data-text-size': 'largest', 'data-font': 'sans', 'data-width': 'narrow' });
    expect(JSON.parse(window.localStorage.getItem('broadsheet-settings')!)).toEqual({
      textSize: 'largest',
      font: 'sans',
      width: 'narrow',
      markRead: 'open',
    });
    expect(screen.getByRole('radio', { name: 'Largest' })).toBeChecked();
  });

  it('chooses light, dark or the system theme, in step with the header toggle', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(prefers-color-scheme: dark)',
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
    const { user } = renderSettings();
    await user.click(await screen.findByRole('radio', { name: 'Light' }));
    expect(root.classList.contains('dark')).toBe(false);
    expect(window.localStorage.getItem('broadsheet-theme')).toBe('light');

    await user.click(screen.getByRole('button', { name: 'Switch to dark theme' }));
    expect(root.classList.contains('dark')).toBe(true);
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'Same as the system' }));
    expect(window.localStorage.getItem('broadsheet-theme')).toBeNull();
    // The stubbed system prefers dark.
    expect(root.classList.contains('dark')).toBe(true);
    expect(screen.getByRole('radio', { name: 'Same as the system' })).toBeChecked();
  });
});
