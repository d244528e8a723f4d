import { describe, expect, it } from 'vitest';
import { loadProvinceConfig } from '../../src/knowledge/province-config';
import { provinceWidgetAttributes } from '../../src/knowledge/province-widget-attributes';

const source = 'https://example.gov.vn/nguon';
const config = loadProvinceConfig({
  default: 'tinh-a',
  national: [{ label: 'Cổng Dịch vụ công quốc gia', value: 'https://dichvucong.gov.vn', source }],
  provinces: [
    { id: 'tinh-a', name: 'An Phú', aliases: [], portalUrl: 'unknown', publicServicePortalUrl: 'unknown', hotline: 'unknown', receivingAddress: 'unknown', openingHours: 'unknown', verifiedAt: '2026-11-23' },
    {
      id: 'tinh-b',
      name: 'Bình Minh',
      aliases: ['binh minh'],
      portalUrl: 'unknown',
      publicServicePortalUrl: { value: 'https://dichvucong.tinhb.gov.vn', source },
      hotline: { value: '1900 0000', source },
      receivingAddress: 'unknown',
      openingHours: 'unknown',
      verifiedAt: '2026-11-23',
    },
  ],
});

describe('provinceWidgetAttributes', () => {
  it('uses the province portal and hotline when the overlay knows them', () => {
    expect(provinceWidgetAttributes(config, 'Bình Minh')).toEqual({ agency: 'Sở Nội vụ tỉnh Bình Minh', 'contact-url': 'https://dichvucong.tinhb.gov.vn', hotline: '1900 0000' });
  });

  it('falls back to the national portal and the default province', () => {
    expect(provinceWidgetAttributes(config)).toEqual({ agency: 'Sở Nội vụ tỉnh An Phú', 'contact-url': 'https://dichvucong.gov.vn' });
  });
});
