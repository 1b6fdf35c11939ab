/// <reference types="vite/client" />
import type { Api } from '../shared/api';

declare global {
  interface Window {
    /** installed by the Electron preload or by the test host's browser client */
    nianbao: Api;
  }
}

export {};
