/** The widget's stylesheet, applied inside its shadow root; px units only, so the host's rem cannot leak in. */

// Host rules are !important because, for important declarations, the shadow tree beats the page.
export const widgetStyles = `
:host{all:initial!important;display:block!important;position:static!important;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif!important;color:#1f2937!important;visibility:visible!important;opacity:1!important}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
.root{--gap:12px}
button,textarea,a{font:inherit;color:inherit}
button{cursor:pointer;border:0;background:none;padding:0;margin:0}
:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.launcher{position:fixed;z-index:2147483646;bottom:20px;right:20px;width:60px;height:60px;border-radius:50%;background:var(--primary);color:var(--on-primary);box-shadow:0 4px 14px rgba(0,0,0,.3);display:flex;align-items:center;justify-content:center;transition:transform .15s}
.launcher:hover{transform:scale(1.06)}
.launcher svg{width:30px;height:30px;fill:currentColor}
.left .launcher,.left .panel{right:auto;left:20px}
.panel{position:fixed;z-index:2147483647;bottom:92px;right:20px;width:380px;height:600px;max-height:calc(100vh - 112px);display:flex;flex-direction:column;background:#fff;border-radius:12px;box-shadow:0 10px 40px rgba(0,0,0,.28);overflow:hidden;animation:rise .18s ease-out}
@keyframes rise{from{opacity:0;transform:translateY(12px)}}
.header{display:flex;align-items:center;gap:10px;padding:12px 12px 12px 16px;background:var(--primary);color:var(--on-primary)}
.logo{width:36px;height:36px;border-radius:6px;object-fit:contain;background:#fff}
.heading{flex:1;min-width:0}
.title{margin:0;font-size:16px;font-weight:700;line-height:1.3}
.agency{margin:0;font-size:13px;line-height:1.3}
.icon{width:36px;height:36px;border-radius:6px;font-size:20px;line-height:36px;text-align:center}
.icon:hover{background:rgba(127,127,127,.25)}
.list{flex:1;overflow-y:auto;padding:var(--gap);display:flex;flex-direction:column;gap:10px;background:#f6f7f9;overscroll-behavior:contain}
.message{max-width:88%;padding:10px 12px;border-radius:12px;white-space:pre-wrap;overflow-wrap:anywhere}
.assistant{align-self:flex-start;background:#fff;border:1px solid #dfe3e8}
.user{align-self:flex-end;background:var(--primary);color:var(--on-primary)}
.error{border-color:#b42318;color:#8a1c12}
.chip{display:inline-block;min-width:22px;height:22px;margin:0 2px;padding:0 6px;border-radius:11px;background:var(--accent);color:#fff;font-size:12px;font-weight:700;line-height:22px;vertical-align:1px}
.chip[aria-expanded=true]{outline:2px solid var(--accent);outline-offset:1px}
.source,.card{margin-top:8px;padding:8px 10px;border-radius:8px;background:#f3f4f6;border-left:4px solid var(--accent);white-space:normal;font-size:14px}
.source p,.card p{margin:0 0 4px}
.source-title,.card-title{font-weight:700}
.source-meta{color:#4b5563}
blockquote{margin:4px 0;color:#374151;font-style:italic}
dl{margin:4px 0}
dt{margin-top:6px;font-weight:600;color:#374151}
dd{margin:0}
.link{color:var(--accent);text-decoration:underline;font-weight:600}
.actions{display:flex;flex-wrap:wrap;align-items:center;gap:6px;margin-top:8px;white-space:normal;font-size:13px;color:#4b5563}
.pill{border:1px solid #9ca3af;border-radius:16px;padding:4px 10px;background:#fff;color:#1f2937;font-size:13px}
.pill svg{width:14px;height:14px;margin-right:5px;fill:currentColor;vertical-align:-2px}
.pill .down{transform:scaleY(-1)}
.pill:hover,.pill[aria-pressed=true]{border-color:var(--accent);color:var(--accent)}
.reason{width:100%;min-height:56px;padding:6px 8px;border:1px solid #9ca3af;border-radius:8px;resize:vertical;background:#fff}
.suggestions{display:flex;flex-direction:column;align-items:flex-start;gap:6px}
.suggestions p{margin:0;font-size:13px;color:#4b5563}
.suggestion{text-align:left;border:1px solid var(--accent);color:var(--accent);background:#fff;border-radius:16px;padding:6px 12px;font-size:14px}
.typing span{display:inline-block;width:7px;height:7px;margin-right:4px;border-radius:50%;background:#6b7280;animation:blink 1.2s infinite}
.typing span:nth-child(2){animation-delay:.2s}.typing span:nth-child(3){animation-delay:.4s}
@keyframes blink{50%{opacity:.2}}
.form{display:flex;gap:8px;padding:10px var(--gap);border-top:1px solid #dfe3e8;background:#fff}
.input{flex:1;height:44px;max-height:120px;padding:10px 12px;border:1px solid #6b7280;border-radius:8px;resize:none;background:#fff;line-height:1.4}
.send{padding:0 16px;border-radius:8px;background:var(--primary);color:var(--on-primary);font-weight:700}
.send:disabled{opacity:.6;cursor:default}
.footer{padding:6px var(--gap) 10px;background:#fff;font-size:12px;line-height:1.4;color:#4b5563}
.footer p{margin:2px 0}
.notice{margin:6px 0 0;font-size:12px;color:#4b5563}
.ref-id{font-family:ui-monospace,Consolas,monospace;user-select:all;overflow-wrap:anywhere}
.handoff{background:none;border:0;padding:0;font:inherit;cursor:pointer}
@media (max-width:480px){.panel,.left .panel{top:0;left:0;right:0;bottom:auto;width:100%;height:100%;max-height:none;border-radius:0}.open .launcher{display:none}}
@media (prefers-reduced-motion:reduce){*,*::before,*::after{animation:none!important;transition:none!important}}
`;
