/** Which links may be shown for a procedure: national pages, never another province's portal. */

const NATIONAL_HOSTS = ['dichvucong.gov.vn', 'chinhphu.vn', 'moha.gov.vn', 'vbpl.vn'];

/** dichvucong.gov.vn (and its national sub-sites), the government's portals and Bộ Nội vụ. */
export function isNationalUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return NATIONAL_HOSTS.some((national) => host === national || host.endsWith(`.${national}`));
}

/** A link fit to show: national, or on one of the configured province's own hosts. */
export function isShowableUrl(url: string, provinceHosts: readonly string[] = []): boolean {
  if (isNationalUrl(url)) return true;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return provinceHosts.some((allowed) => host === allowed.toLowerCase());
  } catch {
    return false;
  }
}
