import { HistoryPage } from '../features/reader/components/HistoryPage';
import { readerPageHandle } from './readerPageHandle';

export function HistoryRoute() {
  return <HistoryPage />;
}

export const historyHandle = readerPageHandle('History', 'Articles you opened on this device.');
