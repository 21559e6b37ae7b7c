import { useEffect, useState } from 'react';
import { isAvailableOffline } from '../stores/offlineCopies';
import { useOnline } from './useOnline';

/** While offline: whether this article can be read; null while online or not yet known. */
export function useAvailableOffline(slug: string): boolean | null {
  const online = useOnline();
  const [available, setAvailable] = useState<{ slug: string; available: boolean } | null>(null);
  useEffect(() => {
    if (online) return;
    let live = true;
    void isAvailableOffline(slug).then((result) => {
      if (live) setAvailable({ slug, available: result });
    });
    return () => {
      live = false;
    };
  }, [online, slug]);
  return !online && available?.slug === slug ? available.available : null;
}
