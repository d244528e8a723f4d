/** Polite refusals that say what the assistant covers and where to ask instead. */

export type RefusalReason = 'no_sources' | 'out_of_domain' | 'other_agency' | 'unknown_province_or_document' | 'injection';

/** What makes a refusal helpful: the competent body, or the provinces and documents we do hold. */
export interface RefusalDetail {
  body?: string;
  /** A sourced sentence on where to go (a routing entry's own answer), said before the generic lines. */
  pointer?: string;
  heldProvinces?: readonly string[];
  unheld?: readonly string[];
}

export interface OfficialChannel {
  label: string;
  value: string;
  url?: string;
}

const COVERAGE =
  'Trợ lý ảo Nội vụ hỗ trợ tra cứu thủ tục hành chính lĩnh vực Nội vụ (tổ chức bộ máy, công chức, viên chức, thi đua – khen thưởng, văn thư – lưu trữ, lao động – việc làm, người có công, hội và quỹ) và các kế hoạch chuyển đổi số ngành Nội vụ đã được công bố.';

const OPENING: Record<RefusalReason, string> = {
  no_sources: 'Xin lỗi Quý vị, trong các tài liệu hiện có, tôi chưa tìm thấy thông tin để trả lời chính xác câu hỏi này.',
  out_of_domain: 'Xin lỗi Quý vị, câu hỏi này nằm ngoài phạm vi lĩnh vực Nội vụ mà tôi được giao hỗ trợ.',
  other_agency: 'Xin lỗi Quý vị, thủ tục này không thuộc lĩnh vực Nội vụ nên tôi không có nguồn để trả lời.',
  unknown_province_or_document: 'Xin lỗi Quý vị, tôi chưa có văn bản của địa phương hoặc tài liệu mà Quý vị hỏi.',
  injection: 'Xin lỗi Quý vị, tôi không thể thực hiện yêu cầu này. Tôi chỉ trả lời dựa trên các tài liệu chính thức về lĩnh vực Nội vụ và không thay đổi nguyên tắc hoạt động của mình.',
};

export function refusalText(reason: RefusalReason, channels: readonly OfficialChannel[], detail: RefusalDetail = {}): string {
  const lines = [OPENING[reason]];
  if (detail.pointer) lines.push(detail.pointer);
  if (detail.body) lines.push(`Quý vị vui lòng liên hệ ${detail.body} để được hướng dẫn.`);
  if (detail.heldProvinces?.length) {
    const asked = detail.unheld?.length ? ` (${detail.unheld.join(', ')})` : '';
    lines.push(`Tài liệu hiện có${asked ? ' không gồm địa phương được hỏi' + asked : ''}; tôi đang có kế hoạch của: ${detail.heldProvinces.join(', ')}.`);
  }
  lines.push(COVERAGE);
  if (channels.length > 0) {
    lines.push('Quý vị có thể liên hệ hoặc tra cứu qua các kênh chính thức:');
    for (const channel of channels) lines.push(`- ${channel.label}: ${channel.value}`);
  }
  if (reason !== 'injection') lines.push('Quý vị có thể hỏi lại về một thủ tục hoặc nội dung cụ thể trong lĩnh vực Nội vụ.');
  return lines.join('\n');
}
