/** One HTTP error type (code, status, Vietnamese message) and the handler that renders it as JSON. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly userMessage: string,
    options?: { cause?: unknown; headers?: Record<string, string> },
  ) {
    super(`${code}: ${userMessage}`, options);
    this.headers = options?.headers ?? {};
  }
  readonly headers: Record<string, string>;
}

export function errorBody(code: string, message: string) {
  return { error: { code, message } };
}

export const errors = {
  invalidRequest: (detail: string) => new HttpError(400, 'invalid_request', `Yêu cầu không hợp lệ: ${detail}`),
  invalidJson: () => new HttpError(400, 'invalid_json', 'Nội dung gửi lên không phải JSON hợp lệ. Quý vị vui lòng kiểm tra lại.'),
  unsupportedMediaType: () => new HttpError(415, 'unsupported_media_type', 'Yêu cầu cần gửi dữ liệu dạng JSON (Content-Type: application/json).'),
  payloadTooLarge: (limit: string) => new HttpError(413, 'payload_too_large', `Nội dung gửi lên quá lớn (tối đa ${limit}).`),
  unauthorized: () => new HttpError(401, 'unauthorized', 'Quý vị cần đăng nhập (mã truy cập hợp lệ) để dùng chức năng này.'),
  forbidden: () => new HttpError(403, 'forbidden', 'Tài khoản của Quý vị không có quyền dùng chức năng này.'),
  notFound: () => new HttpError(404, 'not_found', 'Không tìm thấy địa chỉ được yêu cầu.'),
  methodNotAllowed: () => new HttpError(405, 'method_not_allowed', 'Phương thức này không được hỗ trợ cho địa chỉ được yêu cầu.'),
  rateLimited: (retryAfterSeconds: number) =>
    new HttpError(429, 'rate_limited', `Quý vị gửi yêu cầu quá nhanh. Vui lòng thử lại sau ${retryAfterSeconds} giây.`, { headers: { 'Retry-After': String(retryAfterSeconds) } }),
  // The reason (a server path, the command to run) is for operators: /readyz and the log show it, citizens do not.
  notReady: (_operatorReason?: string) =>
    new HttpError(503, 'not_ready', 'Trợ lý đang khởi động hoặc chưa có dữ liệu. Vui lòng thử lại sau ít phút.', { headers: { 'Retry-After': '30' } }),
  internal: () => new HttpError(500, 'internal_error', 'Hệ thống gặp sự cố khi xử lý yêu cầu. Quý vị vui lòng thử lại sau.'),
};

/** Turns zod issues into one short Vietnamese line (field names stay as the API spells them). */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'nội dung'}: ${translateIssue(issue)}`)
    .join('; ');
}

function translateIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      return 'quá ngắn hoặc bị bỏ trống';
    case 'too_big':
      return 'quá dài hoặc quá lớn';
    case 'invalid_type':
      return 'sai kiểu dữ liệu hoặc bị thiếu';
    case 'invalid_value':
      return 'giá trị không được chấp nhận';
    case 'unrecognized_keys':
      return 'có trường không được hỗ trợ';
    default:
      return 'không hợp lệ';
  }
}

export function renderError(context: Context, error: HttpError): Response {
  for (const [name, value] of Object.entries(error.headers)) context.header(name, value);
  return context.json(errorBody(error.code, error.userMessage), error.status);
}
