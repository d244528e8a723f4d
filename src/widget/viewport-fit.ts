/** On phones, sizes the full-screen panel to the visual viewport so the input stays above the keyboard. */

const phoneQuery = '(max-width: 480px)';

export function fitPanelToViewport(panel: HTMLElement): () => void {
  const viewport = window.visualViewport;
  const update = (): void => {
    // CSSOM writes are allowed under a strict CSP, unlike style attributes in markup.
    if (viewport && window.matchMedia(phoneQuery).matches) {
      panel.style.height = `${viewport.height}px`;
      panel.style.top = `${viewport.offsetTop}px`;
    } else {
      panel.style.removeProperty('height');
      panel.style.removeProperty('top');
    }
  };
  update();
  viewport?.addEventListener('resize', update);
  viewport?.addEventListener('scroll', update);
  window.addEventListener('resize', update);
  return () => {
    viewport?.removeEventListener('resize', update);
    viewport?.removeEventListener('scroll', update);
    window.removeEventListener('resize', update);
  };
}
