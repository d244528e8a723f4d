import { describe, expect, it } from 'vitest';
import { createProcedureCatalog } from '../../src/knowledge/procedure-catalog';
import { loadRealKnowledge } from './real-knowledge';

const catalog = createProcedureCatalog(loadRealKnowledge().procedures);

describe('createProcedureCatalog', () => {
  it.each([
    ['giay phep lao dong', 'cap-giay-phep-lao-dong'],
    ['GPLD', 'cap-giay-phep-lao-dong'],
    ['thu tuc cap lai giay phep lao dong can gi?', 'cap-lai-giay-phep-lao-dong'],
    ['tro cap that nghiep', 'huong-tro-cap-that-nghiep'],
    ['lam sao de thanh lap quy tu thien', 'cap-giay-phep-thanh-lap-quy-cap-tinh'],
    ['1.014936', 'cap-giay-phep-thanh-lap-quy-cap-tinh'],
    ['mã 1.013932 là thủ tục gì', 'su-dung-tai-lieu-luu-tru-lich-su'],
    ['Hội tự giải thể', 'hoi-tu-giai-the-cap-tinh'],
    ['hội tự giải thể cấp xã', 'hoi-tu-giai-the-1-013708'],
    ['đăng ký hợp đồng lao động trực tiếp giao kết', 'dang-ky-hop-dong-lao-dong-di-lam-viec-o-nuoc-ngoai'],
  ])('finds %s', (query, id) => {
    expect(catalog.lookup(query)?.id).toBe(id);
  });

  it('finds nothing for an unrelated question', () => {
    expect(catalog.lookup('thời tiết hôm nay')).toBeUndefined();
  });

  it('renders a card with Vietnamese labels, verified date, link and "chưa có thông tin"', () => {
    const record = catalog.lookup('giấy phép lao động')!;
    const card = catalog.card(record);
    expect(card.code).toBe('1.014199');
    expect(card.url).toMatch(/^https:\/\//);
    expect(card.verifiedAt).toBe(record.verifiedAt);
    const labels = card.fields.map((field) => field.label);
    expect(labels).toEqual(expect.arrayContaining(['Cơ quan thực hiện', 'Thời hạn giải quyết', 'Phí, lệ phí', 'Thành phần hồ sơ', 'Nộp hồ sơ', 'Nộp trực tuyến', 'Căn cứ pháp lý', 'Thông tin đọc từ nguồn']));
    expect(card.fields.find((field) => field.label === 'Thời hạn giải quyết')?.value).toMatch(/^10 ngày làm việc \(trường hợp chấp thuận.*\); 3 ngày làm việc \(trường hợp không chấp thuận/u);
    // The page's fee cell was cut: what survived is shown as such, never a figure.
    expect(card.fields.find((field) => field.label === 'Phí, lệ phí')?.value).toMatch(/^Trang chính thức chỉ còn phần cuối ô phí, lệ phí: “…/u);
    expect(card.fields.find((field) => field.label === 'Nộp trực tuyến')?.value).toContain('chưa có thông tin');
    expect(card.fields.find((field) => field.label === 'Thông tin đọc từ nguồn')?.value).toBe('tháng 07/2026');
  });
});
