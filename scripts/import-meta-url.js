// Injected by scripts/build.mjs into the CommonJS bundles: ES modules bundled into CommonJS lose
// import.meta.url (pdf.js builds its require from it), so it becomes the bundle's own file URL.
export const __import_meta_url = process.getBuiltinModule('node:url').pathToFileURL(__filename).href;
