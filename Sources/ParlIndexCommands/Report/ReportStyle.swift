/// The page's only style sheet, inlined: readable on a screen, on a phone (tables become one
/// card per row, the drawing scrolls sideways) and printed (no navigation, no row split across
/// pages, links followed by nothing external since every link is on the page).
enum ReportStyle {
  static let css = """
    :root { color-scheme: light; --ink: #1d2330; --muted: #5b6475; --line: #d5d9e0;
      --accent: #1f5fa8; --bad: #c62828; --good: #2e7d32; --mark: #fff1a8; }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0 auto; max-width: 1100px; padding: 1rem 1.25rem 3rem; color: var(--ink);
      font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
      background: #fff; }
    h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0; }
    h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; border-bottom: 2px solid var(--line); }
    h3 { font-size: 1.05rem; margin: 1.25rem 0 0.4rem; }
    .meta, .summary, figcaption, .where { color: var(--muted); font-size: 0.9rem; }
    nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; }
    a { color: var(--accent); }
    a.src { text-decoration: none; white-space: nowrap; font-size: 0.85rem; }
    code { font: 0.85rem/1.3 ui-monospace, "DejaVu Sans Mono", monospace;
      overflow-wrap: anywhere; }
    .scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
    figure { margin: 0.5rem 0 1rem; }
    svg.timeline { display: block; width: 100%; min-width: 720px; height: auto;
      font: 13px system-ui, "DejaVu Sans", sans-serif; }
    svg .axis { stroke: var(--ink); stroke-width: 1.5; }
    svg .grid { stroke: var(--line); stroke-width: 1; }
    svg .tick { stroke: var(--muted); stroke-width: 1; }
    svg .year { fill: var(--muted); font-weight: 600; }
    svg .mark { fill: var(--accent); }
    svg .mark.span { fill-opacity: 0.55; stroke: var(--accent); stroke-width: 1; }
    svg .k-question-published, svg .k-answer-published, svg .k-press-release { fill: #6b7280; }
    svg .mark.disputed, svg .conflict { fill: var(--bad); }
    svg .ring { fill: none; stroke: var(--bad); stroke-width: 2; }
    svg .label { fill: var(--ink); }
    svg .label.disputed { fill: var(--bad); font-weight: 600; }
    svg a:hover .mark, svg a:focus .mark { stroke: var(--ink); stroke-width: 2; }
    .legend { display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; }
    .legend .dot, .legend .bar, .legend .bad { display: inline-block; vertical-align: middle;
      margin-right: 0.3rem; background: var(--accent); }
    .legend .dot { width: 10px; height: 10px; border-radius: 50%; }
    .legend .bar { width: 28px; height: 10px; opacity: 0.6; }
    .legend .bad { width: 10px; height: 10px; border-radius: 50%; background: var(--bad); }
    table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.92rem; }
    th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem;
      border-bottom: 1px solid var(--line); }
    thead th { background: #f3f5f8; }
    tr.group th { background: #eef2f7; font-weight: 600; padding-top: 0.6rem; }
    td.date, td.value { white-space: nowrap; }
    tr.disputed td { background: #fdecea; }
    tbody.measure-disagrees td.value { color: var(--bad); font-weight: 600; }
    .mark-agree { color: var(--good); font-weight: 600; margin-left: 0.5rem; }
    .mark-disagree, .disagree { color: var(--bad); font-weight: 600; margin-left: 0.5rem; }
    strong.disagree { margin-left: 0; }
    .source { border-left: 3px solid var(--line); padding: 0.1rem 0.8rem; margin: 0.6rem 0; }
    .source:target { border-left-color: var(--accent); background: #f2f7fd; }
    .source blockquote { margin: 0.2rem 0 0.4rem; }
    .source .context { color: var(--muted); }
    mark { background: var(--mark); padding: 0 0.1rem; }
    .num { font-weight: 600; color: var(--ink); }
    footer { margin-top: 2.5rem; color: var(--muted); font-size: 0.85rem; }
    @media (max-width: 640px) {
      body { padding: 0.75rem 0.75rem 2rem; font-size: 15px; }
      h1 { font-size: 1.3rem; }
      table.stack, table.stack tbody, table.stack tr, table.stack td, table.stack th {
        display: block; width: 100%; }
      table.stack thead { display: none; }
      table.stack tr { border-bottom: 1px solid var(--line); padding: 0.3rem 0; }
      table.stack td { border: 0; padding: 0.1rem 0.25rem; white-space: normal; }
      table.stack td[data-label]::before { content: attr(data-label) " : "; font-weight: 600;
        color: var(--muted); }
      table.stack td:empty { display: none; }
    }
    @media print {
      body { max-width: none; padding: 0; font-size: 10.5pt; }
      nav, .skip { display: none; }
      .scroll { overflow: visible; }
      svg.timeline { min-width: 0; }
      h2 { break-after: avoid; }
      tr, .source, figure { break-inside: avoid; }
      a { color: inherit; }
      tr.disputed td { background: none; }
    }
    """
}
