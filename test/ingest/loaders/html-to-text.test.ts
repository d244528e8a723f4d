import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/ingest/loaders/html-to-text';

describe('htmlToText', () => {
  it('puts blocks on lines, blank lines between paragraphs, and collapses whitespace', () => {
    expect(htmlToText('<h2>Hồ sơ</h2>\n  <p>Đơn   đề nghị<br>Dự thảo điều lệ</p><div>a<div>b</div></div>')).toBe('Hồ sơ\n\nĐơn đề nghị\nDự thảo điều lệ\n\na\nb');
  });

  it('numbers ordered lists and bullets unordered ones', () => {
    expect(htmlToText('<ol><li>Nộp</li><li>Nhận</li></ol><ul><li>Một</li></ul>')).toBe('1. Nộp\n2. Nhận\n\n- Một');
  });

  it('renders tables row by row with tab-separated cells, padding spanned columns', () => {
    const html = '<table><caption>Lệ phí</caption><thead><tr><th>Thủ tục</th><th>Mức</th><th>Ghi chú</th></tr></thead>' +
      '<tbody><tr><td>Thành lập<br>hội</td><td colspan="2">Không thu</td></tr><tr><td></td><td></td></tr></tbody></table>';
    expect(htmlToText(html)).toBe('Lệ phí\nThủ tục\tMức\tGhi chú\nThành lập hội\tKhông thu\t');
  });

  it('drops scripts, styles and comments, decodes entities and keeps preformatted text', () => {
    const html = '<style>p{}</style><p>A &lt;b&gt; &#272;&#x1EAF;k</p><!-- ẩn --><script>var s="<p>x</p>"</script><pre>  hai\n  dòng</pre>';
    expect(htmlToText(html)).toBe('A <b> Đắk\n\n  hai\n  dòng');
  });
});
