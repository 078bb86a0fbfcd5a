declare module 'virtual:smm/offline' {
  /** Site path of the offline client bundled by src/integrations/offline.ts; null on the dev server. */
  export const OFFLINE_CLIENT: string | null;
}
