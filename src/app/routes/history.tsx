import { HistoryPage } from '../features/reading/components/HistoryPage';
import { readerPageHandle } from './readerPageHandle';

export function HistoryRoute() {
  return <HistoryPage />;
}

export const historyHandle = readerPageHandle('History', 'Articles you opened on this device.');
