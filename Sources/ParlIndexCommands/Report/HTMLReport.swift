import Answers
import Corpus
import Extraction

/// The self-contained HTML page of `parlindex report`: a header (title, topic, documents,
/// generation date), the timeline drawn on a time axis and as a table, the figures with their
/// agreement marks, who pays, and every cited sentence in its context. HTML5 that is also
/// well-formed XML; no script, no external asset, no network address.
struct HTMLReport {
  var title: String
  var topic: String
  /// "22 novembre 2026", or nil to leave the date out.
  var generated: String?
  var records: [DocumentRecord]
  var timeline: Timeline
  var figures: FigureReport
  var funding: FundingReport

  init(
    title: String? = nil, topic: String, generated: String? = nil, records: [DocumentRecord],
    topicTerms: AnswerTopicTerms?
  ) {
    self.title = title ?? "Rapport « \(topic) »"
    self.topic = topic
    self.generated = generated
    self.records = records
    timeline = Timeline(records: records, topic: topicTerms)
    figures = FigureReport(topic: topic, records: records)
    funding = FundingReport(records: records, topic: topicTerms)
  }

  /// Every sentence the page cites, numbered.
  var sources: ReportSources {
    let events = timeline.events.flatMap { event in
      ReportText.citations(event.sources + event.conflicts.flatMap(\.sources))
    }
    let figureSources = figures.groups.flatMap { group in
      group.values.flatMap(\.sources).map {
        ReportSources.Citation(documentID: $0.documentID, sentence: $0.sentence)
      }
    }
    let fundingSources = ReportText.citations(
      funding.statements.map(\.source) + funding.openPoints.flatMap(\.sources))
    return ReportSources(
      events + figureSources + fundingSources, documents: records.map(\.document))
  }

  /// The whole page.
  func page() -> String {
    let sources = self.sources
    let tables = ReportTables(sources: sources)
    let body = [
      header(), navigation(),
      timelineSection(sources: sources, tables: tables),
      section("chiffres", "Chiffres", summary: figuresSummary, tables.figures(figures)),
      section(
        "qui-paie", "Qui paie ?", summary: fundingSummary,
        tables.fundingSummaries(funding) + "\n<h3>Toutes les relations</h3>\n"
          + tables.funding(funding)),
      sources.section(),
      "<footer><p>Généré par parlindex \(ParlIndexTool.version) à partir de l’index ; chaque "
        + "lien [N] mène à la phrase source, citée dans son contexte.</p></footer>",
    ]
    return """
      <!DOCTYPE html>
      <html lang="fr">
      <head>
      <meta charset="utf-8"/>
      <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <meta name="generator" content="parlindex \(ParlIndexTool.version)"/>
      <title>\(HTMLEscape.escape(title))</title>
      <style>
      \(ReportStyle.css)
      </style>
      </head>
      <body>
      \(body.joined(separator: "\n"))
      </body>
      </html>

      """
  }

  /// Nothing may be loaded or run: a browser refuses (and logs) any fetch, image or script.
  static let contentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

  func header() -> String {
    let count = records.count
    var facts = [
      "Sujet : « \(topic) »", "\(count) document\(count == 1 ? "" : "s")",
    ]
    if let generated { facts.append("généré le \(generated)") }
    return "<header>\n<h1>\(HTMLEscape.escape(title))</h1>\n<p class=\"meta\">"
      + facts.map(HTMLEscape.escape).joined(separator: " · ") + "</p>\n</header>"
  }

  func navigation() -> String {
    let items = [
      ("chronologie", "Chronologie"), ("chiffres", "Chiffres"), ("qui-paie", "Qui paie ?"),
      ("sources", "Sources"),
    ]
    return "<nav><ul>"
      + items.map { "<li><a href=\"#\($0.0)\">\(HTMLEscape.escape($0.1))</a></li>" }.joined()
      + "</ul></nav>"
  }

  func section(_ id: String, _ heading: String, summary: String, _ content: String) -> String {
    "<section id=\"\(id)\">\n<h2>\(HTMLEscape.escape(heading))</h2>\n<p class=\"summary\">"
      + HTMLEscape.escape(summary) + "</p>\n" + content + "\n</section>"
  }

  func timelineSection(sources: ReportSources, tables: ReportTables) -> String {
    let drawing = SVGTimeline(events: timeline.events, sources: sources).svg()
    let disputed = timeline.events.filter { !$0.conflicts.isEmpty }.count
    var summary = "\(timeline.events.count) événement(s), du plus ancien au plus récent"
    if disputed > 0 { summary += " ; \(disputed) date(s) en désaccord entre documents" }
    var content = ""
    if !drawing.isEmpty {
      content =
        "<figure>\n<div class=\"scroll\">\n\(drawing)\n</div>\n<figcaption class=\"legend\">"
        + "<span><span class=\"dot\"></span>un jour</span>"
        + "<span><span class=\"bar\"></span>une période (mois, trimestre, saison, année…) sur "
        + "toute sa durée</span><span><span class=\"bad\"></span>dates en désaccord</span>"
        + "</figcaption>\n</figure>\n"
    }
    return section(
      "chronologie", "Chronologie", summary: summary, content + tables.timeline(timeline.events))
  }

  var figuresSummary: String {
    let disagreeing = figures.groups.filter { !$0.agree }.count
    return "\(figures.groups.count) mesure(s), regroupées par ce qu’elles mesurent ; "
      + "\(disagreeing) où les documents ne concordent pas"
  }

  var fundingSummary: String {
    "\(funding.statements.count) relation(s) de financement, par payeur et bénéficiaire"
  }
}
