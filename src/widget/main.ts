/** Entry of widget.js: reads the <script> tag's data-* attributes, mounts the widget, exposes window.TroLyAoNoiVu. */
import { createChatWidget, type WidgetApi } from './chat-widget';
import { readWidgetConfig } from './widget-config';

declare global {
  interface Window {
    TroLyAoNoiVu?: WidgetApi;
  }
}

// currentScript is only set while the script first runs, so it is read before anything waits.
const script = (document.currentScript ?? document.querySelector('script[src*="widget.js"]')) as HTMLScriptElement | null;

function start(): void {
  if (window.TroLyAoNoiVu) return; // The tag was included twice: keep the first widget.
  const config = readWidgetConfig((name) => script?.getAttribute(`data-${name}`) ?? null, script?.src || location.href);
  window.TroLyAoNoiVu = createChatWidget(config);
  window.dispatchEvent(new CustomEvent('trolyaonoivu:ready'));
}

if (document.body) start();
else document.addEventListener('DOMContentLoaded', start);
