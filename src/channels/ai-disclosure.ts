/** The AI law's notice (Luật Trí tuệ nhân tạo 2025): every channel's first message says who answers and what the answer is worth. */

export const AI_DISCLOSURE =
  'Quý vị đang trò chuyện với trợ lý ảo sử dụng trí tuệ nhân tạo (AI), không phải cán bộ. Câu trả lời chỉ mang tính tham khảo; văn bản chính thức của cơ quan có thẩm quyền là căn cứ cuối cùng.';

/** Prefixes the notice when this is the first assistant message the citizen sees in the conversation. */
export function withDisclosure(text: string, first: boolean): string {
  return first ? `${AI_DISCLOSURE}\n\n${text}` : text;
}
