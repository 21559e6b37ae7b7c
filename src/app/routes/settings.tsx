import { SettingsPage } from '../features/settings/components/SettingsPage';
import { readerPageHandle } from './readerPageHandle';

export function SettingsRoute() {
  return <SettingsPage />;
}

export const settingsHandle = readerPageHandle('Settings', 'Reading settings for this device.');
