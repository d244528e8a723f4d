/** The widget's agency line and "Liên hệ cán bộ" handoff, taken from the province overlay (never hard-coded). */
import { findProvince, type ProvinceConfig } from './province-config';

export function provinceWidgetAttributes(config: ProvinceConfig, provinceId?: string): Record<string, string> {
  const province = findProvince(config, provinceId);
  const known = (field: (typeof province)['portalUrl']) => (field === 'unknown' || field.outdated ? undefined : field.value);
  const attributes: Record<string, string> = { agency: `Sở Nội vụ tỉnh ${province.name}` };
  // The province's own portals first; the national public-service portal is always a valid handoff.
  const contact = known(province.publicServicePortalUrl) ?? known(province.portalUrl) ?? config.national.find((channel) => /^https?:\/\//.test(channel.value))?.value;
  if (contact) attributes['contact-url'] = contact;
  const hotline = known(province.hotline);
  if (hotline) attributes.hotline = hotline;
  return attributes;
}
