import Answers
import Extraction

/// The tables of the report: the timeline's events (the text version of the drawing), the
/// figures with their agreement marks, and who pays. Each cell is escaped; each row ends with
/// links to its source sentences. `data-label` names the column for the narrow-screen layout.
struct ReportTables {
  var sources: ReportSources

  func cell(_ label: String, _ html: String, cssClass: String? = nil) -> String {
    let classAttribute = cssClass.map { " class=\"\($0)\"" } ?? ""
    return "<td data-label=\"\(HTMLEscape.escape(label))\"\(classAttribute)>\(html)</td>"
  }

  func header(_ columns: [String]) -> String {
    "<thead><tr>" + columns.map { "<th scope=\"col\">\(HTMLEscape.escape($0))</th>" }.joined()
      + "</tr></thead>"
  }

  /// One row per event: date, kind, summary (with the disputed dates), sources.
  func timeline(_ events: [TimelineEvent]) -> String {
    guard !events.isEmpty else { return "<p class=\"empty\">Aucun événement daté.</p>" }
    var html = [
      "<table class=\"events stack\">", header(["Date", "Type", "Événement", "Sources"]), "<tbody>",
    ]
    for event in events {
      let date = TimelineDateText.french(event.date, mod: event.mod, relation: event.relation)
      var summary = HTMLEscape.escape(event.summary)
      var rowClass = ""
      if !event.conflicts.isEmpty {
        rowClass = " class=\"disputed\""
        summary +=
          "<br/><strong class=\"disagree\">⚠ Dates en désaccord : "
          + HTMLEscape.escape(ReportText.conflictText(event)) + "</strong>"
      }
      let cited = ReportText.citations(event.sources + event.conflicts.flatMap(\.sources))
      html.append(
        "<tr\(rowClass)>" + cell("Date", HTMLEscape.escape(date), cssClass: "date")
          + cell("Type", HTMLEscape.escape(ReportText.kind(event.kind)))
          + cell("Événement", summary) + cell("Sources", sources.links(cited)) + "</tr>")
    }
    html += ["</tbody>", "</table>"]
    return html.joined(separator: "\n")
  }

  /// One body per measure, headed by its agreement mark; one row per source.
  func figures(_ report: FigureReport) -> String {
    guard !report.groups.isEmpty else { return "<p class=\"empty\">Aucun montant ni effectif.</p>" }
    var html = [
      "<table class=\"figures stack\">",
      header(["Valeur", "Document", "Tel qu’écrit", "Source"]),
    ]
    for group in report.groups {
      html.append("<tbody class=\"\(group.agree ? "measure-agrees" : "measure-disagrees")\">")
      html.append(
        "<tr class=\"group\"><th colspan=\"4\" scope=\"rowgroup\">"
          + HTMLEscape.escape(group.measure) + " " + agreementMark(group) + "</th></tr>")
      for figure in group.values {
        for (index, source) in figure.sources.enumerated() {
          let value = index == 0 ? HTMLEscape.escape(FigureText.format(figure)) : ""
          let written = "« \(source.text) »" + (source.nounInherited ? " (nom repris)" : "")
          html.append(
            "<tr>" + cell("Valeur", value, cssClass: "value")
              + cell("Document", HTMLEscape.escape(source.documentID))
              + cell("Tel qu’écrit", HTMLEscape.escape(written))
              + cell("Source", sources.link(source.documentID, source.sentence)) + "</tr>")
        }
      }
      html.append("</tbody>")
    }
    html.append("</table>")
    return html.joined(separator: "\n")
  }

  /// "✓ concordant" or "✗ désaccord : 4 valeurs", with the number of documents.
  func agreementMark(_ group: FigureGroup) -> String {
    let documents = "\(group.documentCount) document\(group.documentCount == 1 ? "" : "s")"
    if group.agree {
      return "<span class=\"mark-agree\">✓ concordant (\(documents))</span>"
    }
    return "<span class=\"mark-disagree\">✗ désaccord : \(group.values.count) valeurs "
      + "(\(documents))</span>"
  }

  /// One body per payer and beneficiary; one row per statement.
  func funding(_ report: FundingReport) -> String {
    guard !report.groups.isEmpty else {
      return "<p class=\"empty\">Aucune relation de financement.</p>"
    }
    let columns = ["Mécanisme", "Montant", "Quand", "Certitude", "Qui le dit", "Source"]
    var html = ["<table class=\"funding stack\">", header(columns)]
    for group in report.groups {
      let payer = group.payer ?? "(payeur non nommé)"
      let title = payer + (group.beneficiary.map { " → \($0)" } ?? "")
      html.append("<tbody>")
      html.append(
        "<tr class=\"group\"><th colspan=\"6\" scope=\"rowgroup\">\(HTMLEscape.escape(title))"
          + "</th></tr>")
      for statement in group.statements {
        let values = WhoPaysText.columns(statement) + [WhoPaysText.speaker(statement.source)]
        let cells = zip(columns, values).map { cell($0, HTMLEscape.escape($1)) }
        let source = statement.source
        html.append(
          "<tr>" + cells.joined() + cell("Source", sources.link(source.documentID, source.sentence))
            + "</tr>")
      }
      html.append("</tbody>")
    }
    html.append("</table>")
    return html.joined(separator: "\n")
  }

  /// "En bref" and "Ce qu'aucun document ne tranche", as lists with their sources.
  func fundingSummaries(_ report: FundingReport) -> String {
    var html: [String] = []
    if !report.keyStatements.isEmpty {
      html.append("<h3>En bref</h3>\n<ul class=\"brief\">")
      for statement in report.keyStatements {
        let relation = statement.relation
        let who = (relation.payer ?? "?") + (statement.beneficiary.map { " → \($0)" } ?? "")
        let how = WhoPaysText.modalities[relation.modality] ?? relation.modality.rawValue
        let mechanism = relation.mechanism.rawValue
        let what = mechanism == relation.modality.rawValue ? mechanism : "\(mechanism), \(how)"
        let line = "\(who) : \(what) — " + WhoPaysText.speaker(statement.source)
        let source = statement.source
        html.append(
          "<li>\(HTMLEscape.escape(line)) \(sources.link(source.documentID, source.sentence))</li>")
      }
      html.append("</ul>")
    }
    if !report.openPoints.isEmpty {
      html.append("<h3>Ce qu’aucun document ne tranche</h3>\n<ul class=\"open\">")
      for point in report.openPoints {
        let links = sources.links(ReportText.citations(point.sources))
        html.append("<li>\(HTMLEscape.escape(point.text)) \(links)</li>")
      }
      html.append("</ul>")
    }
    return html.joined(separator: "\n")
  }
}
