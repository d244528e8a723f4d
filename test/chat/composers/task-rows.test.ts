/** Staff list constraints the rows themselves show: their group, a worded deadline, a start year, no partner. */
import { describe, expect, it } from 'vitest';
import { groupOf, rowColumns, rowMatches, startsIn, taskConstraints } from '../../../src/chat/composers/task-rows';
import type { Chunk } from '../../../src/core/types';

const plan = { docId: 'ha-giang-kh-cds', title: 'Kế hoạch chuyển đổi số (Hà Giang)', province: 'Hà Giang', scope: 'public' as const, lineStart: 1, lineEnd: 1 };

function row(id: string, group: string, fields: Record<string, string>): Chunk {
  return { ...plan, id, kind: 'table-row', section: `Phụ lục › ${group} › ${id}`, text: Object.entries(fields).map(([label, value]) => `${label}: ${value}`).join('\n'), fields };
}

const ROWS = [
  row('1', 'I. Phát triển hạ tầng mạng diện rộng', { 'Nhiệm vụ': 'Nâng cấp mạng nội bộ', 'Cơ quan chủ trì': 'Sở Nội vụ', 'Cơ quan phối hợp': 'Viễn thông tỉnh', 'Thời hạn': 'Sau khi Bộ Khoa học ban hành hướng dẫn' }),
  row('2', 'I. Phát triển hạ tầng mạng diện rộng', { 'Nhiệm vụ': 'Mua máy chủ dự phòng', 'Cơ quan chủ trì': 'Sở Nội vụ', 'Cơ quan phối hợp': '', 'Thời hạn': 'Bắt đầu triển khai từ năm 2027' }),
  row('3', 'II. Số hóa tài liệu lưu trữ', { 'Nhiệm vụ': 'Số hóa hồ sơ lịch sử', 'Cơ quan chủ trì': 'Sở Nội vụ', 'Cơ quan phối hợp': 'Các sở, ngành', 'Thời hạn': 'Hoàn thành năm 2027' }),
  row('4', 'II. Số hóa tài liệu lưu trữ', { 'Nhiệm vụ': 'Lập kho lưu trữ số', 'Cơ quan chủ trì': 'Văn phòng UBND tỉnh', 'Thời hạn': 'Sau khi Bộ Khoa học ban hành hướng dẫn' }),
];
const matching = (question: string) => {
  const constraints = taskConstraints(question, ROWS);
  return constraints ? ROWS.filter((chunk) => rowMatches(chunk, constraints)).map((chunk) => chunk.id) : [];
};

describe('task rows: constraints the rows show', () => {
  it('reads the group a row sits in from its section path', () => {
    expect(groupOf(ROWS[2]!)).toBe('Phụ lục › II. Số hóa tài liệu lưu trữ');
    expect(groupOf({ ...ROWS[0]!, section: 'Phụ lục › 7' })).toBeUndefined();
  });

  it('lists the rows of the group a question names by most of its heading words', () => {
    expect(matching('nhom so hoa tai lieu luu tru gom nhung nhiem vu nao')).toEqual(['3', '4']);
    expect(matching('nhung nhiem vu ve ha tang mang dien rong')).toEqual(['1', '2']);
  });

  it('does not take a group from syllables found apart ("thực hiện … nhận")', () => {
    const rows = [row('6', 'III. Chuyển đổi nhận thức', { 'Nhiệm vụ': 'Tuyên truyền', 'Thời hạn': 'Thường xuyên' }), row('7', 'IV. Nền tảng', { 'Nhiệm vụ': 'Xây dựng phần mềm', 'Thời hạn': 'Năm 2027' })];
    const constraints = taskConstraints('nhung nhiem vu nao chuyen doi thuc hien nhan thuong xuyen', rows);
    expect(constraints?.group).toBeUndefined();
    expect(constraints?.deadline).toBe('thuong xuyen');
  });

  it('lists the rows whose worded deadline the question names whole', () => {
    expect(matching('nhung nhiem vu nao thuc hien sau khi bo khoa hoc ban hanh huong dan')).toEqual(['1', '4']);
  });

  it('reads "từ năm …" as the start year, not the year a task is done', () => {
    expect(matching('nhung nhiem vu nao trien khai tu nam 2027')).toEqual(['2']);
    expect(matching('nhung nhiem vu nao hoan thanh nam 2027')).toEqual(['3']);
    expect(startsIn('Nhiệm vụ thường xuyên đến năm 2030, bắt đầu triển khai từ năm 2027', '2027')).toBe(true);
    expect(startsIn('Hoàn thành năm 2027', '2027')).toBe(false);
  });

  it('reads "không có cơ quan phối hợp" as an empty partner cell, with the lead body still asked', () => {
    expect(matching('so noi vu chu tri nhung nhiem vu nao khong co co quan phoi hop')).toEqual(['2']);
  });

  it('reads a target row\'s value column', () => {
    const target = row('5', 'III. Xã hội số', { 'Nội dung': 'Tỷ lệ hộ có cáp quang', 'Mục tiêu': '80%' });
    expect(rowColumns(target)).toEqual({ task: 'Tỷ lệ hộ có cáp quang', target: '80%' });
  });
});
