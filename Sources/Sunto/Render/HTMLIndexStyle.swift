/// The inline style sheet of the batch index page: the shared base and the table's own rules.
///
/// On a wide screen the index is a table with a sticky header; on a phone each row becomes a
/// card (title, then date, source, terms and status on one line, then the two sentences) and the
/// sort buttons wrap into a row above the cards.
enum HTMLIndexStyle {
    /// The whole sheet.
    static let sheet = HTMLReportStyle.base + """
        .summary { margin: 0 0 1rem; color: var(--muted); }
        .controls { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; margin: 1rem 0 1.25rem; }
        .controls label { font-weight: 600; }
        .controls input { font: inherit; color: var(--text); background: var(--surface); border: 1px solid var(--muted);
          border-radius: 6px; padding: .45rem .7rem; width: min(26rem, 100%); }
        .controls p { margin: 0; color: var(--muted); font-size: .9rem; }
        .index { width: 100%; border-collapse: collapse; font-size: .92rem; }
        .index th, .index td { text-align: left; vertical-align: top; padding: .65rem .75rem; border-bottom: 1px solid var(--line); }
        .index thead th { position: sticky; top: 0; z-index: 1; background: var(--bg); border-bottom: 2px solid var(--line);
          font-size: .74rem; font-weight: 600; text-transform: uppercase; letter-spacing: .07em; color: var(--muted); white-space: nowrap; }
        .index tbody th { font: 650 1rem/1.35 var(--serif); min-width: 16rem; }
        .index tbody th a { text-decoration-thickness: 1px; }
        .index .num { text-align: right; font-variant-numeric: tabular-nums; }
        .index td.fact { white-space: nowrap; color: var(--muted); }
        .index td.fact:last-child { white-space: normal; min-width: 6rem; }
        .index .lead { font-family: var(--serif); min-width: 14rem; }
        .clamp { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; line-clamp: 3; overflow: hidden; }
        .sort { font: inherit; color: inherit; letter-spacing: inherit; text-transform: inherit; background: none; border: 0;
          padding: .25rem .35rem; margin: -.25rem -.35rem; border-radius: 4px; cursor: pointer; display: inline-flex; gap: .35rem; align-items: center; }
        .sort:hover { color: var(--text); background: var(--surface); }
        .sort .arrow::after { content: "↕"; opacity: .55; }
        th[aria-sort="ascending"] .sort, th[aria-sort="descending"] .sort { color: var(--text); }
        th[aria-sort="ascending"] .arrow::after { content: "▲"; opacity: 1; }
        th[aria-sort="descending"] .arrow::after { content: "▼"; opacity: 1; }
        tr.failed th, tr.failed td { background: var(--fail-bg); }
        .status-failed { color: var(--fail-text); }
        .reason { display: block; margin-top: .25rem; font: 400 .85rem/1.4 var(--sans); color: var(--fail-text); overflow-wrap: anywhere; }
        @media (max-width: 50rem) {
          .index, .index tbody, .index tr, .index tbody th, .index td { display: block; }
          .index thead tr { display: flex; flex-wrap: wrap; gap: .35rem 1.1rem; padding-bottom: .5rem; border-bottom: 2px solid var(--line); }
          .index thead th { position: static; border: 0; padding: .2rem 0; background: none; }
          .index thead th.nosort { display: none; }
          .index tbody tr { padding: .9rem .25rem; border-bottom: 1px solid var(--line); }
          .index tbody th, .index td { border: 0; padding: .15rem 0; min-width: 0; }
          .index tbody th { font-size: 1.08rem; margin-bottom: .2rem; }
          .index td.fact { display: inline-block; margin-right: 1rem; font-size: .82rem; white-space: normal; }
          .index td.fact::before { content: attr(data-label) ": "; font-weight: 600; }
          .index td.unknown { display: none; }
          .index td.num { text-align: left; }
          .index td.lead { margin-top: .35rem; }
          .index td.lead:empty { display: none; }
          .index td.lead[lang="en"] { color: var(--muted); }
          tr.failed th, tr.failed td { background: none; }
          tr.failed { background: var(--fail-bg); border-radius: 6px; }
        }
        @media print {
          .index thead th { position: static; }
          .clamp { display: block; overflow: visible; }
          .sort .arrow { display: none; }
        }

        """
}
