/// <reference types="svelte" />
/// <reference types="vite/client" />
import type { RawBridge } from '../../shared/ipc-contract.ts';

declare global {
  interface Window {
    /** The preload's verbs (or the test bridge's); absent when the page is opened outside the app. */
    api?: RawBridge;
  }
}
