import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProvince, loadProvinceConfig, officialChannels } from '../../src/knowledge/province-config';
import { repositoryRoot } from './real-knowledge';

const config = loadProvinceConfig(JSON.parse(readFileSync(path.join(repositoryRoot, 'knowledge/provinces.json'), 'utf8')));

describe('province config', () => {
  it('covers the four pilot provinces with a valid default', () => {
    expect(config.provinces.map((province) => province.id).sort()).toEqual(['dak-lak', 'khanh-hoa', 'lao-cai', 'thai-nguyen']);
    expect(findProvince(config).id).toBe(config.default);
  });

  it('finds a province by unaccented alias and shows only known channels plus national ones', () => {
    expect(findProvince(config, 'Dak Lak').id).toBe('dak-lak');
    const channels = officialChannels(config, 'dak-lak');
    expect(channels.map((channel) => channel.value)).toEqual(['https://motcua.daklak.gov.vn', 'https://dichvucong.gov.vn']);
  });

  it('describes the provinces merged in 2025, each merger sourced', () => {
    const merged = Object.fromEntries(config.provinces.map((province) => [province.id, province.mergedFrom?.map((entry) => entry.name)]));
    expect(merged).toEqual({ 'khanh-hoa': ['Ninh Thuận'], 'lao-cai': ['Yên Bái'], 'thai-nguyen': ['Bắc Kạn'], 'dak-lak': ['Phú Yên'] });
    expect(config.provinces.every((province) => province.mergedFrom!.every((entry) => /https:\/\//.test(entry.source)))).toBe(true);
  });

  it('never offers a citizen an address flagged as outdated', () => {
    const khanhHoa = findProvince(config, 'khanh-hoa');
    expect(khanhHoa.receivingAddress !== 'unknown' && khanhHoa.receivingAddress.outdated).toBe(true);
    expect(officialChannels(config, 'khanh-hoa').map((channel) => channel.label)).not.toContain('Nơi tiếp nhận hồ sơ');
  });

  it('rejects a default that is not listed', () => {
    expect(() => loadProvinceConfig({ ...config, default: 'ha-noi' })).toThrow();
  });
});
