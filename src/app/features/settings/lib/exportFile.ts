// The JSON file a reader downloads from the settings page and loads into another browser.
import type { ThemeChoice } from '../../../lib/theme';
import { parseReaderState, type ReaderState } from '../../../stores/readerState';
import { parseSettings, type ReadingSettings } from '../../../stores/settings';

export const EXPORT_FORMAT = 'broadsheet-reading-state';
export const EXPORT_VERSION = 1;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  state: ReaderState;
  settings: ReadingSettings;
  theme: ThemeChoice;
}

export type ParsedImport =
  | { ok: true; state: ReaderState; settings: ReadingSettings | null; theme: ThemeChoice | null }
  | { ok: false; error: string };

export function buildExport(state: ReaderState, settings: ReadingSettings, theme: ThemeChoice, now: Date): ExportFile {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), state, settings, theme };
}

export function exportFileName(now: Date): string {
  return `broadsheet-reading-${now.toISOString().slice(0, 10)}.json`;
}

const THEME_CHOICES: readonly ThemeChoice[] = ['light', 'dark', 'system'];

export function parseExport(text: string): ParsedImport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON.' };
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, error: 'This is not a Broadsheet reading-state file.' };
  }
  const file = value as Record<string, unknown>;
  if (typeof file.version !== 'number' || file.version > EXPORT_VERSION) {
    return { ok: false, error: 'This file comes from a newer version of Broadsheet.' };
  }
  const state = parseReaderState(file.state);
  if (!state) return { ok: false, error: 'This file holds no reading state.' };
  const theme = THEME_CHOICES.find((choice) => choice === file.theme) ?? null;
  return { ok: true, state, settings: parseSettings(file.settings), theme };
}
