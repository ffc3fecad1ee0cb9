import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { defineConfig } from 'wxt';

/**
 * BUDGETLENS_LOCAL=1 builds a variant (into `.output/<browser>-mv3-local`) that may also read pages and PDFs served from
 * 127.0.0.1/localhost: used by the e2e tests and `npm run demo`. The store build never asks for loopback hosts.
 */
const LOCAL = process.env.BUDGETLENS_LOCAL === '1';
const LOCAL_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];
/** Government sites: where disclosures are published and where the content script runs without being asked. */
export const GOV_HOSTS = ['*://*.gov.cn/*'];

const require = createRequire(import.meta.url);
const PDFJS_DIR = dirname(require.resolve('pdfjs-dist/package.json'));

/** pdf.js needs cMaps (Chinese text), standard fonts and its wasm decoders inside the extension: MV3 loads no remote code. */
function pdfjsAssets(): { absoluteSrc: string; relativeDest: string }[] {
  const out: { absoluteSrc: string; relativeDest: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.push({ absoluteSrc: abs, relativeDest: relative(PDFJS_DIR, abs) });
    }
  };
  for (const sub of ['cmaps', 'standard_fonts', 'wasm']) walk(join(PDFJS_DIR, sub));
  return out;
}

export default defineConfig({
  manifestVersion: 3,
  outDirTemplate: LOCAL ? '{{browser}}-mv{{manifestVersion}}-local' : '{{browser}}-mv{{manifestVersion}}',
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: [...GOV_HOSTS, ...(LOCAL ? LOCAL_HOSTS : [])],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    // Nothing is collected or transmitted: Firefox asks new add-ons to say so (required since November 2025), in a key
    // Firefox reads from 140 (ESR 140; 128 ESR is out of support) and Firefox for Android from 142.
    browser_specific_settings: {
      gecko: {
        id: 'budget-lens@budgetlens.invalid',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  },
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...pdfjsAssets());
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      // The declared script (entrypoints/detect) is an unlisted script, so WXT does not declare it: we do. It starts at
      // document_start only to be listening for DOMContentLoaded, where it detects. In every frame, since sites publish
      // disclosures inside framesets and iframes; but not in about:blank or srcdoc frames (match_about_blank is left
      // false), which are where pages build ad and tracking frames, and a frame must itself be on a matched host.
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        {
          matches: [...GOV_HOSTS, ...(LOCAL ? LOCAL_HOSTS : [])],
          js: ['detect.js'],
          run_at: 'document_start',
          all_frames: true,
        },
      ];
    },
  },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
