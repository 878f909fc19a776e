/**
 * The site's one stylesheet, served from a same-origin path so the Content-Security-Policy can
 * forbid inline styles and scripts. Light and dark themes follow `prefers-color-scheme`; colours
 * keep a contrast of at least 4.5:1 (WCAG AA) in both; the layout is one column up to phone width.
 */
export const SITE_CSS_PATH = '/assets/site.css';

export const SITE_CSS = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1a1a1a; --muted: #4d4d4d; --link: #0645ad; --accent: #7a2e00;
  --panel: #f4f4f1; --border: #c8c8c0; --mark: #ffe58a; --mark-fg: #1a1a1a; --quote-bar: #7a2e00;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #121212; --fg: #ececec; --muted: #b8b8b8; --link: #8cb4ff; --accent: #ffb489;
    --panel: #1f1f1f; --border: #444444; --mark: #5c4a00; --mark-fg: #ffffff; --quote-bar: #ffb489;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 1.0625rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, textarea:focus-visible, select:focus-visible {
  outline: 3px solid var(--accent); outline-offset: 2px;
}
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; }
header.site, footer.site, main { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
header.site { display: flex; flex-wrap: wrap; align-items: baseline; gap: .5rem 1.5rem; padding-top: 1rem; padding-bottom: .5rem; border-bottom: 1px solid var(--border); }
header.site .brand { font-weight: 700; font-size: 1.25rem; color: var(--fg); text-decoration: none; }
header.site nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0; padding: 0; }
footer.site { margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; border-top: 1px solid var(--border); color: var(--muted); font-size: .9rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 1.25rem 0 .75rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
p, ul, ol, dl { margin: .5rem 0; }
blockquote { margin: 1rem 0; padding: .25rem 0 .25rem 1rem; border-left: 4px solid var(--quote-bar); }
blockquote.main { font-size: 1.25rem; }
blockquote p { margin: .25rem 0; white-space: pre-line; overflow-wrap: anywhere; }
.speaker, .meta, .hint, .muted { color: var(--muted); }
.speaker { font-weight: 600; }
.passage { margin: .75rem 0; }
.passage .label { font-size: .85rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 0; }
mark { background: var(--mark); color: var(--mark-fg); padding: 0 .1em; }
.cite-as { background: var(--panel); border: 1px solid var(--border); padding: .75rem; overflow-wrap: anywhere; }
dl.citation { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dl.citation dt { font-weight: 600; }
dl.citation dd { margin: 0; overflow-wrap: anywhere; }
form.search { display: grid; gap: .5rem 1rem; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); background: var(--panel); border: 1px solid var(--border); padding: 1rem; margin: 1rem 0; }
form.search .wide { grid-column: 1 / -1; }
label { display: block; font-weight: 600; font-size: .95rem; }
input, textarea, select, button { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--muted); padding: .4rem .5rem; width: 100%; }
button { width: auto; background: var(--link); color: var(--bg); border: 0; padding: .5rem 1.25rem; font-weight: 600; cursor: pointer; }
ol.results { list-style: none; padding: 0; }
ol.results > li { border-bottom: 1px solid var(--border); padding: .5rem 0 1rem; }
nav.pages { display: flex; gap: 1.5rem; justify-content: space-between; margin: 1rem 0; }
.error { border-left: 4px solid var(--accent); padding-left: 1rem; }
form.timeline-filters, form.verify-form { display: grid; gap: .5rem 1rem; background: var(--panel); border: 1px solid var(--border); padding: 1rem; margin: 1rem 0; }
form.timeline-filters { grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); align-items: end; }
form.timeline-filters p, form.verify-form p { margin: 0; }
.timeline-scroll { overflow-x: auto; }
.timeline-scroll > svg { width: 100%; min-width: 600px; height: auto; }
del { background: var(--panel); color: var(--fg); }
ins { background: var(--mark); color: var(--mark-fg); text-decoration: underline; }
`;
