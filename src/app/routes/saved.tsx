import { SavedPage } from '../features/reading/components/SavedPage';
import { readerPageHandle } from './readerPageHandle';

export function SavedRoute() {
  return <SavedPage />;
}

export const savedHandle = readerPageHandle('Saved articles', 'Articles you saved on this device.');
