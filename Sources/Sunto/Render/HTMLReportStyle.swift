/// The inline style sheets of the HTML pages: a shared base (palette, type, header, focus,
/// print) and the brief page's own rules. The index page adds ``HTMLIndexStyle``.
///
/// The sheets use no `<` or `&`, so the page stays well-formed XML, and nothing from the input
/// ever goes into them: their hashes are fixed, which is what the Content-Security-Policy allows.
enum HTMLReportStyle {
    /// Palette, type, page frame, header, metadata list, focus ring, skip link, footer, print.
    static let base = """

        :root { color-scheme: light dark; \(HTMLPalette.light.customProperties)
          --serif: Charter, "Bitstream Charter", "Sitka Text", Cambria, "Noto Serif", "DejaVu Serif", Georgia, serif;
          --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
          --mono: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace; }
        @media (prefers-color-scheme: dark) { :root { \(HTMLPalette.dark.customProperties) } }
        *, *::before, *::after { box-sizing: border-box; }
        [hidden] { display: none !important; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; background: var(--bg); color: var(--text); font: 1rem/1.55 var(--sans); }
        .page { max-width: 78rem; margin: 0 auto; padding: 1.25rem clamp(1rem, 4vw, 2.5rem) 3rem; }
        a { color: var(--accent); text-underline-offset: .15em; }
        :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 3px; }
        .skip { position: absolute; left: -100vw; top: .75rem; padding: .5rem 1rem; background: var(--surface); z-index: 20; }
        .skip:focus { left: .75rem; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        .topbar { display: flex; flex-wrap: wrap; justify-content: space-between; gap: .5rem 1rem; align-items: baseline;
          font-size: .8rem; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); margin-bottom: 1.25rem; }
        .topbar p { margin: 0; font-weight: 600; }
        h1 { font: 700 clamp(1.45rem, 1rem + 2vw, 2.25rem)/1.2 var(--serif); margin: 0 0 .75rem; text-wrap: balance; }
        h2 { font: 650 1.1rem/1.3 var(--sans); margin: 0; }
        .standfirst { font: 1.1rem/1.5 var(--serif); color: var(--muted); margin: 0 0 1rem; max-width: 52rem; }
        .meta { display: flex; flex-wrap: wrap; gap: .5rem 2rem; margin: 0; padding: .75rem 0; border-block: 1px solid var(--line); font-size: .9rem; }
        .meta div { min-width: 0; max-width: 100%; }
        .meta dt { color: var(--muted); font-size: .72rem; font-weight: 600; text-transform: uppercase; letter-spacing: .07em; }
        .meta dd { margin: 0; overflow-wrap: anywhere; }
        code { font-family: var(--mono); font-size: .88em; overflow-wrap: anywhere; }
        .notes { margin: .75rem 0 0; padding-left: 1.2rem; color: var(--muted); font-size: .9rem; }
        footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; }
        footer p { margin: .25rem 0; overflow-wrap: anywhere; }
        @media print {
          :root { color-scheme: light; \(HTMLPalette.light.customProperties) }
          body { font-size: 10.5pt; background: #fff; }
          .page { max-width: none; padding: 0; }
          .skip, .topbar a, .controls { display: none !important; }
          a { color: inherit; text-decoration: none; }
          h2 { break-after: avoid; }
          tr { break-inside: avoid; }
        }

        """

    /// The brief page: the aligned table of pairs, term notes, repairs, glossary and source view.
    static let brief = base + """
        section { margin-top: 2.25rem; }
        .section-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: .25rem 1rem; margin-bottom: .75rem; }
        .hint { margin: 0; color: var(--muted); font-size: .88rem; }
        .pairs { width: 100%; border-collapse: collapse; table-layout: fixed; }
        .pairs thead th { text-align: left; font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .08em;
          color: var(--muted); padding: 0 1rem .5rem; border-bottom: 2px solid var(--line); }
        .pairs thead th.ref { width: 6.5rem; padding-left: 0; }
        .pairs td, .pairs tbody th { vertical-align: top; padding: .9rem 1rem; border-bottom: 1px solid var(--line); }
        .pairs td { font: 1.075rem/1.6 var(--serif); }
        .pairs td + td { border-left: 1px solid var(--line); }
        .pairs tbody th { padding-left: 0; text-align: left; font-weight: 400; font-size: .8rem; line-height: 1.4; color: var(--muted); }
        .pairs tbody th a { display: inline-block; font-weight: 650; font-size: .9rem; }
        .score { display: block; font-family: var(--mono); font-size: .75rem; color: var(--muted); }
        .lang-tag { display: none; }
        mark.term { position: relative; background: var(--term-bg); color: var(--term-text); border-bottom: 2px solid var(--term-line);
          border-radius: 2px; padding: 0 .08em; cursor: help; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
        mark.term:hover::after, mark.term:focus::after { content: attr(data-note); position: absolute; left: 0; top: calc(100% + .4rem);
          z-index: 10; width: max-content; max-width: min(24rem, 80vw); padding: .5rem .7rem; border-radius: 6px;
          background: var(--text); color: var(--bg); font: 400 .82rem/1.45 var(--sans); white-space: pre-line; box-shadow: 0 6px 18px rgb(0 0 0 / .28); }
        td[lang="en"] mark.term:hover::after, td[lang="en"] mark.term:focus::after { left: auto; right: 0; }
        ins.repair { text-decoration: underline dotted var(--repair); text-decoration-thickness: 1.5px; text-underline-offset: .22em; cursor: help; }
        .panel { margin-top: 1rem; border: 1px solid var(--line); border-radius: 8px; background: var(--surface); }
        .panel > summary { cursor: pointer; padding: .75rem 1rem; list-style-position: inside; }
        .panel > summary h2 { display: inline; }
        .panel > summary .hint { display: inline; margin-left: .5rem; }
        .panel[open] > summary { border-bottom: 1px solid var(--line); }
        .panel-body { padding: .5rem 1rem 1rem; overflow-x: auto; }
        .list { width: 100%; border-collapse: collapse; font-size: .9rem; }
        .list th, .list td { text-align: left; vertical-align: top; padding: .45rem .75rem .45rem 0; border-bottom: 1px solid var(--line); }
        .list thead th { font-size: .72rem; text-transform: uppercase; letter-spacing: .07em; color: var(--muted); }
        .list .num { text-align: right; font-variant-numeric: tabular-nums; }
        .list td:target, .list tr:target th, .list tr:target td { background: var(--term-bg); color: var(--term-text); }
        .source { font: 1.02rem/1.7 var(--serif); max-width: 48rem; }
        .source p { margin: 0 0 1rem; }
        .source mark.chosen { background: var(--chosen-bg); color: var(--text); box-shadow: -3px 0 0 var(--chosen-line); padding: .1em .15em; }
        .source .sentence:target, .source mark.chosen:target { outline: 2px solid var(--focus); outline-offset: 2px; }
        .pill { font: .7rem/1 var(--mono); color: var(--muted); border: 1px solid var(--line); border-radius: 999px;
          padding: .1rem .4rem; margin-left: .25rem; white-space: nowrap; vertical-align: .1em; }
        .chosen .pill { color: var(--text); border-color: var(--chosen-line); }
        @media (max-width: 44rem) {
          .pairs, .pairs tbody, .pairs tr, .pairs td, .pairs tbody th { display: block; width: auto; }
          .pairs thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
          .pairs tr { padding: .8rem 0; border-bottom: 1px solid var(--line); }
          .pairs td, .pairs tbody th { border: 0; padding: .3rem 0; }
          .pairs td + td { border-left: 0; border-top: 1px dashed var(--line); margin-top: .35rem; padding-top: .6rem; }
          .pairs tbody th a, .score { display: inline; margin-right: .5rem; }
          .lang-tag { display: inline-block; margin-right: .4rem; font: 600 .68rem/1.6 var(--sans); letter-spacing: .08em;
            color: var(--muted); border: 1px solid var(--line); border-radius: 4px; padding: 0 .3rem; vertical-align: .12em; }
          .list thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
          .list, .list tbody, .list tr, .list th, .list td { display: block; }
          .list tr { padding: .55rem 0; border-bottom: 1px solid var(--line); }
          .list th, .list td { border: 0; padding: .05rem 0; }
          .list td:empty { display: none; }
          .list td::before { content: attr(data-label) ": "; color: var(--muted); font-size: .8rem; }
          .list .num { text-align: left; }
          mark.term:hover::after, mark.term:focus::after, td[lang="en"] mark.term:hover::after, td[lang="en"] mark.term:focus::after {
            position: fixed; left: .75rem; right: .75rem; top: auto; bottom: .75rem; width: auto; max-width: none; font-size: .92rem; }
        }
        @media print {
          .pairs td { font-size: 10.5pt; }
          mark.term { background: none; color: inherit; border-bottom: 1.5px solid; }
          mark.term::after { display: none !important; }
          #brief .hint, details:not([open]) { display: none; }
          .panel { border: 0; background: none; }
          .panel > summary { padding-left: 0; list-style: none; }
          .source mark.chosen { background: none; box-shadow: none; font-weight: 600; text-decoration: underline; }
        }

        """
}
