/** A demo provincial portal page embedding the widget by one <script> tag; no inline script or style. */

export interface DemoPageOptions {
  title: string;
  /** Widget data attributes, with or without the `data-` prefix (`title` or `data-title`). */
  widgetAttributes: Record<string, string>;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

function widgetTag(attributes: Record<string, string>): string {
  const rendered = Object.entries(attributes)
    .map(([name, value]) => [name.startsWith('data-') ? name : `data-${name}`, value] as const)
    .filter(([name]) => /^data-[a-z0-9-]+$/.test(name))
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<script src="/widget.js"${rendered} defer></script>`;
}

const news = [
  ['Tin tức – Sự kiện', ['Hội nghị triển khai nhiệm vụ công tác nội vụ năm 2025', 'Sắp xếp đơn vị hành chính cấp xã: kết quả bước đầu', 'Tập huấn chuyển đổi số cho cán bộ, công chức cấp xã']],
  ['Thông báo', ['Thông báo tuyển dụng công chức năm 2025', 'Lịch tiếp công dân của Giám đốc Sở Nội vụ', 'Kết quả xét nâng ngạch công chức']],
  ['Cải cách hành chính', ['Công bố danh mục thủ tục hành chính lĩnh vực nội vụ', 'Chỉ số hài lòng của người dân đối với dịch vụ hành chính công', 'Hướng dẫn nộp hồ sơ trực tuyến toàn trình']],
] as const;

/**
 * What the demo shows when a deployment configures no widget attributes: an agency line and
 * suggested questions the shipped knowledge base answers with citations.
 */
export const DEMO_WIDGET_DEFAULTS: Readonly<Record<string, string>> = {
  agency: 'Sở Nội vụ (trang minh họa)',
  suggestions: 'Thành lập hội cấp xã cần những giấy tờ gì?|Hưởng trợ cấp thất nghiệp nộp hồ sơ ở đâu?|Tỷ lệ người dân hài lòng mà Khánh Hòa đặt mục tiêu là bao nhiêu?',
};

export function renderDemoPage(options: DemoPageOptions): string {
  const title = escapeHtml(options.title);
  const attributes = Object.keys(options.widgetAttributes).length > 0 ? options.widgetAttributes : DEMO_WIDGET_DEFAULTS;
  const columns = news
    .map(([heading, items]) => `<section class="column"><h2>${heading}</h2><ul>${items.map((item) => `<li><a href="#">${item}</a></li>`).join('')}</ul></section>`)
    .join('\n');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/demo.css">
</head>
<body>
<header class="masthead"><div class="wrap"><span class="emblem" aria-hidden="true">★</span><div><p class="kicker">Cổng thông tin điện tử</p><h1>${title}</h1></div></div></header>
<nav class="menu" aria-label="Danh mục chính"><div class="wrap"><a href="#">Trang chủ</a><a href="#">Giới thiệu</a><a href="#">Tin tức</a><a href="#">Thủ tục hành chính</a><a href="#">Văn bản</a><a href="#">Liên hệ</a></div></nav>
<main class="wrap">
<p class="notice">Trang minh họa: Trợ lý ảo Nội vụ được nhúng bằng một thẻ &lt;script&gt; ở góc phải bên dưới.</p>
<div class="columns">
${columns}
</div>
</main>
<footer class="footer"><div class="wrap"><p><strong>${title}</strong></p><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh. Đơn vị vận hành: Sở Nội vụ.</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.</p></div></footer>
${widgetTag(attributes)}
</body>
</html>
`;
}

export const DEMO_PAGE_CSS = `*{box-sizing:border-box}
body{margin:0;font:16px/1.6 Arial,Helvetica,sans-serif;color:#1f2937;background:#f4f1ea}
.wrap{max-width:1100px;margin:0 auto;padding:0 16px}
.masthead{background:linear-gradient(#b31b1b,#8f1414);color:#fff}
.masthead .wrap{display:flex;align-items:center;gap:16px;padding:20px 16px}
.emblem{display:inline-flex;align-items:center;justify-content:center;width:64px;height:64px;border-radius:50%;background:#d62828;color:#ffd500;font-size:40px;border:3px solid #ffd500}
.kicker{margin:0;text-transform:uppercase;letter-spacing:.08em;font-size:14px}
h1{margin:0;font-size:26px;text-transform:uppercase}
.menu{background:#7a1010}
.menu a{display:inline-block;padding:10px 14px;color:#fff;text-decoration:none;font-weight:bold}
.menu a:hover,.menu a:focus{background:#5c0b0b}
.notice{background:#fff8d6;border:1px solid #e6c200;padding:10px 14px;margin:20px 0}
.columns{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:20px;margin-bottom:40px}
.column{background:#fff;border-top:4px solid #b31b1b;padding:12px 16px}
.column h2{margin:0 0 8px;font-size:18px;color:#8f1414}
.column ul{margin:0;padding-left:18px}
.column a{color:#1d3f8f}
.footer{background:#3a0a0a;color:#f3e9e9;padding:20px 0;font-size:14px}
`;
