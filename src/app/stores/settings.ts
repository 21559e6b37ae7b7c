// Reading settings: shown as attributes on <html> that the stylesheet turns into sizes and
// fonts. src/app/theme-head.js sets the same attributes from the same storage key before first
// paint, so a reload never flashes the default; keep the two in step.
import { createPersistentStore } from './persistentStore';

export const TEXT_SIZES = ['small', 'medium', 'large', 'larger', 'largest'] as const;
export const FONTS = ['serif', 'sans'] as const;
export const WIDTHS = ['narrow', 'medium', 'wide'] as const;
/** When an article counts as read: on reaching its end, or as soon as it opens. */
export const MARK_READ_WHEN = ['end', 'open'] as const;

export interface ReadingSettings {
  textSize: (typeof TEXT_SIZES)[number];
  font: (typeof FONTS)[number];
  width: (typeof WIDTHS)[number];
  markRead: (typeof MARK_READ_WHEN)[number];
}

export const DEFAULT_SETTINGS: ReadingSettings = {
  textSize: 'medium',
  font: 'serif',
  width: 'medium',
  markRead: 'end',
};

export const SETTINGS_STORAGE_KEY = 'broadsheet-settings';

function pick<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.find((option) => option === value) ?? fallback;
}

/** Each known field that holds an allowed value is kept; anything else falls back to the default. */
export function parseSettings(value: unknown): ReadingSettings | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const fields = value as Record<string, unknown>;
  return {
    textSize: pick(TEXT_SIZES, fields.textSize, DEFAULT_SETTINGS.textSize),
    font: pick(FONTS, fields.font, DEFAULT_SETTINGS.font),
    width: pick(WIDTHS, fields.width, DEFAULT_SETTINGS.width),
    markRead: pick(MARK_READ_WHEN, fields.markRead, DEFAULT_SETTINGS.markRead),
  };
}

export function settingsAttributes(settings: ReadingSettings): Record<string, string> {
  return { 'data-text-size': settings.textSize, 'data-font': settings.font, 'data-width': settings.width };
}

export function applySettings(root: HTMLElement, settings: ReadingSettings): void {
  for (const [name, value] of Object.entries(settingsAttributes(settings))) root.setAttribute(name, value);
}

export const settingsStore = createPersistentStore<ReadingSettings>({
  key: SETTINGS_STORAGE_KEY,
  empty: DEFAULT_SETTINGS,
  parse: parseSettings,
});

export function updateSettings(change: Partial<ReadingSettings>): void {
  const next = { ...settingsStore.get(), ...change };
  settingsStore.set(next);
  applySettings(document.documentElement, next);
}
