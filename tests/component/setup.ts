import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// jsdom is slow at role queries on a full page, and the machine may be busy: allow time, not luck.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 30_000 });

// jsdom has no layout; the router's scroll restoration calls scrollTo on every navigation.
window.scrollTo = () => undefined;

afterEach(() => cleanup());
