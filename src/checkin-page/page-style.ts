/**
 * The page's whole stylesheet, inlined (no CDN, no web fonts: hospital intranets are often closed).
 * System fonts, readable from 320 px wide, a button at least 64 px high.
 */
export const PAGE_STYLE = `
*{box-sizing:border-box}
body{margin:0;font:18px/1.5 -apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;color:#1f2329;background:#f5f6f7}
main{max-width:480px;margin:0 auto;padding:16px}
h1{font-size:22px;margin:4px 0 12px}
p{margin:8px 0}
.who{font-size:20px;font-weight:600}
.muted{color:#646a73;font-size:16px}
.card{background:#fff;border-radius:12px;padding:16px;margin:12px 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}
.readout{font-size:20px;font-weight:600;margin:8px 0}
#go{display:block;width:100%;min-height:72px;margin:16px 0;border:0;border-radius:14px;font-size:26px;font-weight:700;color:#fff;background:#3370ff}
#go:disabled{background:#8fa9e8}
#go.out{background:#0f9d58}
.state{white-space:pre-line}
.DONE{border-left:6px solid #0f9d58}
.RETRY{border-left:6px solid #f5a623}
.REFUSED{border-left:6px solid #d83931}
#go.hidden,.hidden{display:none}
#st-readout:empty,#st-msg:empty{display:none}
`;
