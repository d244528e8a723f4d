/** One esbuild setup for every script the app serves to browsers (widget, staff and admin consoles). */
import { build } from 'esbuild';

export async function bundleBrowserScript(entry: string, banner: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    // Served with charset=utf-8; keeping Vietnamese letters as UTF-8 is smaller than \u escapes.
    charset: 'utf8',
    target: ['es2020', 'chrome90', 'firefox90', 'safari14'],
    legalComments: 'none',
    banner: { js: `/* Trợ lý ảo Nội vụ: ${banner}, Apache-2.0 */` },
  });
  return result.outputFiles[0]?.text ?? '';
}
