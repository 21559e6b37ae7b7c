import { useManifest } from '../../../api/manifest';
import { pageTitle } from '../../../lib/meta';
import { setThemeChoice, useThemeChoice, type ThemeChoice } from '../../../lib/theme';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useSettings } from '../hooks/useSettings';
import { openHelp } from '../../../stores/helpOverlay';
import { updateSettings, type ReadingSettings } from '../../../stores/settings';
import { ChoiceGroup } from './ChoiceGroup';
import { ReaderPageHeading } from '../../../components/ReaderPageHeading';
import { StateTransfer } from './StateTransfer';
import { smallButton } from '../../../components/styles';

const TEXT_SIZE_OPTIONS: { value: ReadingSettings['textSize']; label: string }[] = [
  { value: 'small', label: 'Small' },
  { value: 'medium', label: 'Medium' },
  { value: 'large', label: 'Large' },
  { value: 'larger', label: 'Larger' },
  { value: 'largest', label: 'Largest' },
];
const FONT_OPTIONS: { value: ReadingSettings['font']; label: string }[] = [
  { value: 'serif', label: 'Serif' },
  { value: 'sans', label: 'Sans serif' },
];
const WIDTH_OPTIONS: { value: ReadingSettings['width']; label: string }[] = [
  { value: 'narrow', label: 'Narrow' },
  { value: 'medium', label: 'Medium' },
  { value: 'wide', label: 'Wide' },
];
const THEME_OPTIONS: { value: ThemeChoice; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'Same as the system' },
];
const MARK_READ_OPTIONS: { value: ReadingSettings['markRead']; label: string }[] = [
  { value: 'end', label: 'When I reach the end' },
  { value: 'open', label: 'As soon as I open it' },
];

export function SettingsPage() {
  const siteTitle = useManifest().data?.siteTitle;
  useDocumentTitle(siteTitle && pageTitle(siteTitle, 'Settings'));
  const settings = useSettings();
  const theme = useThemeChoice();
  return (
    <div className="max-w-3xl">
      <ReaderPageHeading title="Settings" summary="How articles look and behave on this device." />
      <ChoiceGroup
        legend="Text size"
        name="text-size"
        value={settings.textSize}
        options={TEXT_SIZE_OPTIONS}
        onChange={(textSize) => updateSettings({ textSize })}
      />
      <ChoiceGroup
        legend="Article font"
        name="font"
        value={settings.font}
        options={FONT_OPTIONS}
        onChange={(font) => updateSettings({ font })}
      />
      <ChoiceGroup
        legend="Line width"
        name="width"
        value={settings.width}
        options={WIDTH_OPTIONS}
        onChange={(width) => updateSettings({ width })}
      />
      <ChoiceGroup legend="Theme" name="theme" value={theme} options={THEME_OPTIONS} onChange={setThemeChoice} />
      <ChoiceGroup
        legend="Mark an article read"
        name="mark-read"
        value={settings.markRead}
        options={MARK_READ_OPTIONS}
        onChange={(markRead) => updateSettings({ markRead })}
      />
      <section aria-labelledby="preview-heading" className="border-t border-neutral-200 py-5 dark:border-neutral-800">
        <h2 id="preview-heading" className="font-semibold">
          Preview
        </h2>
        <p className="reader-text mt-2">
          Article text reads like this with these settings: the quick brown fox jumps over the lazy dog.
        </p>
      </section>
      <StateTransfer />
      <section aria-labelledby="keyboard-heading" className="border-t border-neutral-200 py-5 dark:border-neutral-800">
        <h2 id="keyboard-heading" className="font-semibold">
          Keyboard
        </h2>
        <p className="mt-1 text-sm text-neutral-700 dark:text-neutral-300">
          Press <kbd className="font-mono">?</kbd> on any page to see every key.
        </p>
        <button type="button" onClick={openHelp} className={`${smallButton} mt-3`}>
          Show keyboard shortcuts
        </button>
      </section>
    </div>
  );
}
