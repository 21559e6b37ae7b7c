// The theme is a `dark` class on <html>, set before first paint by src/app/theme-head.js.
// An explicit choice is stored; without one the system preference is followed live.
import { useSyncExternalStore } from 'react';

export type Theme = 'light' | 'dark';
/** What the reader chose: a fixed theme, or whatever the system prefers. */
export type ThemeChoice = Theme | 'system';

const STORAGE_KEY = 'broadsheet-theme';
const SYSTEM_DARK = '(prefers-color-scheme: dark)';
const listeners = new Set<() => void>();
// The choice made on this page, which outlives storage that refuses to keep it.
let pageChoice: ThemeChoice | undefined;

function storedTheme(): Theme | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'dark' || value === 'light' ? value : null;
  } catch {
    return null;
  }
}

function applyTheme(theme: Theme): void {
  document.documentElement.classList.toggle('dark', theme === 'dark');
  listeners.forEach((listener) => listener());
}

export function currentTheme(): Theme {
  return document.documentElement.classList.contains('dark') ? 'dark' : 'light';
}

export function setTheme(theme: Theme): void {
  pageChoice = theme;
  try {
    window.localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Storage may be disabled; the choice then lasts for this page only.
  }
  applyTheme(theme);
}

export function themeChoice(): ThemeChoice {
  return pageChoice ?? storedTheme() ?? 'system';
}

/** 'system' forgets a stored choice and follows the system preference from now on. */
export function setThemeChoice(choice: ThemeChoice): void {
  if (choice !== 'system') {
    setTheme(choice);
    return;
  }
  pageChoice = 'system';
  try {
    window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored that could be removed.
  }
  const dark = typeof window.matchMedia === 'function' && window.matchMedia(SYSTEM_DARK).matches;
  applyTheme(dark ? 'dark' : 'light');
}

function followSystem(event: MediaQueryListEvent): void {
  if (themeChoice() === 'system') applyTheme(event.matches ? 'dark' : 'light');
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const media = typeof window.matchMedia === 'function' ? window.matchMedia(SYSTEM_DARK) : null;
  media?.addEventListener('change', followSystem);
  return () => {
    listeners.delete(listener);
    media?.removeEventListener('change', followSystem);
  };
}

/** The server cannot know the theme; it renders as light and the browser corrects after hydration. */
export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, currentTheme, () => 'light');
}

export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribe, themeChoice, () => 'system');
}
