import { afterAll } from 'vitest';
import { closeSharedBrowser } from './browser';

// Every e2e file shares one Chromium among its sessions; it goes when the file is done.
afterAll(closeSharedBrowser);
