/** HTML of the staff assistant (/noi-bo) and the admin console (/quan-tri), and their stylesheet; no inline script or style. */

function page(title: string, script: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<link rel="stylesheet" href="/console/console.css">
<script src="/console/${script}" defer></script>
</head>
<body>
<a class="skip" href="#main">Bỏ qua, tới nội dung chính</a>
<header class="masthead"><p class="kicker">Trợ lý ảo Nội vụ</p><h1>${title}</h1></header>
<main id="main">
<form id="token-form" class="card" hidden>
<h2>Đăng nhập</h2>
<p>Quý vị vui lòng nhập mã truy cập do quản trị viên cấp. Mã chỉ được giữ trong thẻ trình duyệt này và bị xóa khi đóng thẻ.</p>
<label for="token">Mã truy cập</label>
<input id="token" type="password" autocomplete="off" spellcheck="false" required>
<button type="submit">Đăng nhập</button>
</form>
<p id="token-status" role="status" aria-live="polite"></p>
<div id="signed-in" hidden>
<p class="toolbar"><button id="sign-out" type="button" class="secondary">Đăng xuất</button></p>
${body}
</div>
</main>
</body>
</html>`;
}

export const STAFF_PAGE = page(
  'Tra cứu dành cho cán bộ, công chức',
  'staff.js',
  `<form id="ask-form" class="card">
<label for="question">Câu hỏi (tra cứu cả văn bản công khai và văn bản nội bộ)</label>
<textarea id="question" rows="3" maxlength="2000" required placeholder="Ví dụ: Các nhiệm vụ Sở Nội vụ chủ trì cần hoàn thành trong năm 2026"></textarea>
<fieldset><legend>Lọc nguồn (không bắt buộc)</legend>
<label for="province">Tỉnh, thành phố</label><input id="province" maxlength="100" placeholder="Ví dụ: Khánh Hòa">
<label for="doc-ids">Mã văn bản, cách nhau bởi dấu phẩy</label><input id="doc-ids" maxlength="2000" placeholder="Ví dụ: khanh-hoa-kh-350">
</fieldset>
<button type="submit">Tra cứu</button>
</form>
<section aria-labelledby="answers-heading"><h2 id="answers-heading">Kết quả</h2><div id="conversation" aria-live="polite"></div></section>
<section class="card" aria-labelledby="tickets-heading">
<h2 id="tickets-heading">Yêu cầu gặp cán bộ</h2>
<p>Người dân bấm "Liên hệ cán bộ" trên trang web hoặc nhắn "gặp cán bộ" trên Zalo. Câu trả lời được gửi lại cho người dân ở kênh họ đã hỏi.</p>
<p class="toolbar"><label for="ticket-status">Trạng thái</label>
<select id="ticket-status"><option value="open" selected>Chờ trả lời</option><option value="answered">Đã trả lời</option><option value="closed">Đã đóng</option></select>
<button id="tickets-refresh" type="button" class="secondary">Làm mới</button></p>
<div id="tickets" aria-live="polite"></div>
</section>`,
);

export const ADMIN_PAGE = page(
  'Quản trị Trợ lý ảo Nội vụ',
  'admin.js',
  `<section class="card" aria-labelledby="documents-heading">
<h2 id="documents-heading">Tài liệu tải lên</h2>
<form id="document-form">
<input id="document-id" name="id" type="hidden">
<label for="document-file">Tệp (PDF, DOCX, TXT, MD, HTML, TSV; tối đa 10 MB)</label>
<input id="document-file" name="file" type="file" accept=".pdf,.docx,.txt,.md,.html,.htm,.tsv" required>
<label for="document-title">Tên văn bản</label><input id="document-title" name="title" required minlength="3" maxlength="300">
<label for="document-issuer">Cơ quan ban hành</label><input id="document-issuer" name="issuer" maxlength="200">
<label for="document-province">Tỉnh, thành phố</label><input id="document-province" name="province" maxlength="100">
<label for="document-number">Số, ký hiệu</label><input id="document-number" name="number" maxlength="100">
<label for="document-date">Ngày ban hành</label><input id="document-date" name="date" maxlength="60" placeholder="Ví dụ: 15/5/2026">
<label for="document-scope">Phạm vi</label>
<select id="document-scope" name="scope"><option value="internal">Nội bộ (chỉ cán bộ đăng nhập)</option><option value="public">Công khai (người dân)</option></select>
<p><button id="document-submit" type="submit">Tải lên</button> <button id="document-cancel" type="button" class="secondary" hidden>Hủy sửa</button></p>
</form>
<p id="document-status" role="status" aria-live="polite"></p>
<div class="scroll"><table><thead><tr><th scope="col">Văn bản</th><th scope="col">Cơ quan</th><th scope="col">Số, ngày, tỉnh</th><th scope="col">Phạm vi</th><th scope="col">Trạng thái</th><th scope="col">Thao tác</th></tr></thead><tbody id="documents"></tbody></table></div>
</section>
<section class="card" aria-labelledby="procedure-pages-heading">
<h2 id="procedure-pages-heading">Thủ tục từ trang quốc gia</h2>
<p>Tải lên trang thủ tục của Cổng Dịch vụ công quốc gia (.md, cùng định dạng với lệnh <code>knowledge:import</code>) và, nếu có, danh mục thủ tục (.tsv) để lấy đường dẫn chính thức. Trang chính thức được ưu tiên khi khác bản ghi hiện có; trang lỗi được báo riêng và không làm mất dữ liệu cũ.</p>
<form id="procedure-pages-form">
<label for="procedure-pages-files">Tệp trang thủ tục (.md) và danh mục (.tsv)</label>
<input id="procedure-pages-files" name="files" type="file" accept=".md,.tsv" multiple required>
<p><input id="procedure-pages-dry-run" type="checkbox"> <label for="procedure-pages-dry-run">Chỉ thử, không ghi</label></p>
<p><button id="procedure-pages-submit" type="submit">Nhập thủ tục</button></p>
</form>
<p id="procedure-pages-state" role="status" aria-live="polite"></p>
<div id="procedure-pages-report"></div>
</section>
<section class="card" aria-labelledby="reingest-heading">
<h2 id="reingest-heading">Nạp lại dữ liệu</h2>
<p>Chỉ mục mới được dựng riêng rồi chuyển sang trong một bước; trợ lý vẫn trả lời trong lúc nạp.</p>
<button id="reingest-start" type="button">Nạp lại dữ liệu</button>
<p id="reingest-state" role="status" aria-live="polite"></p>
<div id="reingest-report"></div>
</section>
<section class="card" aria-labelledby="analytics-heading">
<h2 id="analytics-heading">Thống kê</h2>
<p class="toolbar">
<label for="analytics-days">Khoảng thời gian</label>
<select id="analytics-days"><option value="7">7 ngày</option><option value="30" selected>30 ngày</option><option value="90">90 ngày</option><option value="365">365 ngày</option></select>
<label for="analytics-audience">Đối tượng</label>
<select id="analytics-audience"><option value="public" selected>Người dân</option><option value="staff">Cán bộ</option><option value="all">Tất cả</option></select>
<button type="button" class="secondary" data-csv="daily">Tải CSV theo ngày</button>
<button type="button" class="secondary" data-csv="gaps">Tải CSV câu hỏi thiếu dữ liệu</button>
<button type="button" class="secondary" data-csv="questions">Tải CSV câu hỏi thường gặp</button>
</p>
<div id="analytics" aria-live="polite"></div>
</section>
<section class="card" aria-labelledby="personal-data-heading">
<h2 id="personal-data-heading">Dữ liệu cá nhân</h2>
<p>Yêu cầu của chủ thể dữ liệu (Luật Bảo vệ dữ liệu cá nhân 2025) được giải quyết trong 2 ngày làm việc: trích xuất hoặc xóa toàn bộ cuộc trò chuyện, đánh giá và phiếu chuyển cán bộ của một cuộc trò chuyện hoặc một người dùng Zalo. Mọi thao tác được ghi nhật ký.</p>
<form id="personal-data-form">
<label for="personal-data-kind">Tra theo</label>
<select id="personal-data-kind"><option value="sessionId">Mã cuộc trò chuyện</option><option value="zaloUserId">Mã người dùng Zalo</option></select>
<label for="personal-data-id">Mã</label><input id="personal-data-id" required maxlength="64" autocomplete="off">
<p><button type="submit">Trích xuất (JSON)</button> <button id="personal-data-erase" type="button" class="danger">Xóa vĩnh viễn</button></p>
</form>
<p id="personal-data-status" role="status" aria-live="polite"></p>
<h3>Dữ liệu cá nhân được gửi tới đâu</h3>
<div id="data-flows" aria-live="polite"></div>
</section>
<section class="card" aria-labelledby="audit-heading">
<h2 id="audit-heading">Nhật ký quản trị</h2>
<button id="audit-refresh" type="button" class="secondary">Làm mới</button>
<div class="scroll"><table><thead><tr><th scope="col">Thời điểm</th><th scope="col">Người thực hiện</th><th scope="col">Thao tác</th><th scope="col">Chi tiết</th></tr></thead><tbody id="audit"></tbody></table></div>
</section>`,
);

export const CONSOLE_CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1a1a1a;background:#f4f6f8}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:8px;z-index:2}
.masthead{background:#8b1a1a;color:#fff;padding:12px 24px}.masthead h1{margin:0;font-size:1.4rem}.kicker{margin:0;font-size:.85rem;opacity:.9}
main{max-width:1100px;margin:0 auto;padding:16px}
.card{background:#fff;border:1px solid #d5dbe1;border-radius:6px;padding:16px;margin:0 0 16px}
label{display:block;font-weight:600;margin:8px 0 4px}
input,textarea,select{font:inherit;width:100%;padding:6px 8px;border:1px solid #7a8690;border-radius:4px}
.toolbar label{display:inline-block;margin-right:4px}.toolbar select{width:auto;margin-right:12px}
fieldset{border:1px solid #d5dbe1;margin:12px 0;padding:8px 12px}
button{font:inherit;padding:6px 14px;border-radius:4px;border:1px solid #8b1a1a;background:#8b1a1a;color:#fff;cursor:pointer;margin:4px 0}
button.secondary{background:#fff;color:#8b1a1a}button.danger{background:#fff;color:#a00;border-color:#a00}
button:disabled{opacity:.6;cursor:wait}
:focus-visible{outline:3px solid #1f5fbf;outline-offset:2px}
.answer{border-left:4px solid #1f5fbf;background:#fff;padding:8px 16px;margin:12px 0}.answer.refused{border-color:#a66f00}
.sources blockquote{margin:4px 0 8px;color:#444;font-size:.92rem}
.error{color:#a00}.pending{color:#555}
table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{border-bottom:1px solid #e1e5e9;padding:6px;text-align:left;vertical-align:top}
.scroll{overflow-x:auto}
code{font-size:.8rem;word-break:break-all}
.figures{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}.figures dt{font-weight:600}.figures dd{margin:0}
.chart{width:100%;max-width:680px;height:auto;background:#fafbfc;border:1px solid #e1e5e9}
.chart .bar{fill:#1f5fbf}.chart .line{fill:none;stroke:#1f7a3a;stroke-width:2}.chart .dot{fill:#1f7a3a}
.chart .target{stroke:#a00;stroke-dasharray:6 4;stroke-width:1.5}.chart .axis{font-size:11px;fill:#444}
.count{color:#555}
.warning{border-left:4px solid #a66f00;background:#fff8e6;padding:6px 12px}
`;
