/** Vietnamese UI strings (polite register) and the portal's optional overrides from data-strings. */

export const defaultStrings = {
  title: 'Trợ lý ảo Nội vụ',
  greeting: 'Xin chào! Tôi là Trợ lý ảo Nội vụ. Tôi có thể giúp gì cho Quý vị?',
  openLabel: 'Mở Trợ lý ảo Nội vụ',
  closeLabel: 'Đóng cửa sổ trò chuyện',
  newConversation: 'Bắt đầu cuộc trò chuyện mới',
  conversationLabel: 'Nội dung trò chuyện',
  inputLabel: 'Câu hỏi của Quý vị',
  inputPlaceholder: 'Nhập câu hỏi của Quý vị…',
  send: 'Gửi',
  you: 'Quý vị hỏi:',
  assistant: 'Trợ lý trả lời:',
  typing: 'Trợ lý đang soạn câu trả lời…',
  answered: 'Trợ lý đã trả lời:',
  suggestionsTitle: 'Quý vị có thể hỏi:',
  citation: 'Nguồn số',
  section: 'Mục',
  province: 'Địa phương',
  openSource: 'Mở văn bản nguồn',
  procedureCode: 'Mã thủ tục',
  procedureLink: 'Xem chi tiết thủ tục',
  feedbackQuestion: 'Câu trả lời có hữu ích không?',
  feedbackUp: 'Hài lòng',
  feedbackDown: 'Không hài lòng',
  feedbackReason: 'Quý vị có thể cho biết lý do (không bắt buộc):',
  feedbackSubmit: 'Gửi đánh giá',
  feedbackThanks: 'Cảm ơn Quý vị đã đánh giá!',
  feedbackFailed: 'Chưa gửi được đánh giá, Quý vị vui lòng thử lại.',
  networkError: 'Không kết nối được tới máy chủ. Quý vị vui lòng thử lại.',
  retry: 'Thử lại',
  contact: 'Liên hệ cán bộ',
  contactPage: 'Trang liên hệ của cơ quan',
  handoffNeedsQuestion: 'Quý vị vui lòng đặt câu hỏi trước, để cán bộ nắm được nội dung cần hỗ trợ.',
  handoffFailed: 'Chưa chuyển được yêu cầu tới cán bộ. Quý vị vui lòng thử lại sau.',
  officerAnswer: 'Cán bộ trả lời',
  hotline: 'Đường dây nóng',
  disclaimer: 'Thông tin chỉ mang tính tham khảo, không thay thế văn bản chính thức của cơ quan có thẩm quyền.',
  conversationReference: 'Mã cuộc trò chuyện (dùng khi Quý vị đề nghị cung cấp, xóa dữ liệu cá nhân):',
  privacy: 'Quý vị vui lòng không nhập số CCCD, số điện thoại hay thông tin cá nhân khác.',
};

export type WidgetStrings = typeof defaultStrings;

/** Only known keys with string values are taken, so a malformed override cannot break the UI. */
export function mergeStrings(overrideJson: string | null | undefined): WidgetStrings {
  const strings = { ...defaultStrings };
  if (!overrideJson) return strings;
  try {
    const override: unknown = JSON.parse(overrideJson);
    if (typeof override !== 'object' || override === null) return strings;
    for (const [key, value] of Object.entries(override)) {
      if (key in strings && typeof value === 'string') strings[key as keyof WidgetStrings] = value;
    }
  } catch {
    // A broken override falls back to the defaults rather than hiding the widget.
  }
  return strings;
}
