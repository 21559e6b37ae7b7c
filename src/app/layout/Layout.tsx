import { useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { KeyboardShortcuts } from '../features/keys/components/KeyboardShortcuts';
import { ReaderNotices } from './ReaderNotices';
import { UpdatePrompt } from '../features/offline/components/UpdatePrompt';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { SkipLink } from './SkipLink';

export function Layout() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstPath = useRef(pathname);
  useEffect(() => {
    // After a client-side page change, screen readers and keyboards start at the new content,
    // as they would after a full page load. Filter changes keep the path and keep focus.
    if (pathname !== firstPath.current) {
      firstPath.current = '';
      mainRef.current?.focus({ preventScroll: true });
    }
  }, [pathname]);

  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink />
      <SiteHeader />
      <main id="main" ref={mainRef} tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 pt-8">
        <ReaderNotices />
        <Outlet />
      </main>
      <SiteFooter />
      <UpdatePrompt />
      <KeyboardShortcuts />
      <ScrollRestoration />
    </div>
  );
}
