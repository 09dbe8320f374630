/// <reference types="vite/client" />

// A catalog filtered for the content script at build time (vite.config.ts, src/content/catalogs.ts).
declare module '*/messages.json?content-script' {
  const catalog: Record<string, { message: string; description?: string }>;
  export default catalog;
}
