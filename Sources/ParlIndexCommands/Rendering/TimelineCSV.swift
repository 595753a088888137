import Answers

/// `timeline --csv`: one row per event and source, oldest event first. `event` numbers the
/// events, so that the rows of one event can be grouped; a source giving another date for the
/// event (a conflict) has its own date, `agree` false, and the event's other dates in
/// `other_dates`. `date_text` is the date as written (empty on a conflicting source's row), `page`
/// the JO page of a publication.
enum TimelineCSV {
  static let header = [
    "event", "date", "precision", "date_text", "kind", "summary", "relation", "mod", "page",
    "agree", "other_dates",
    "stated_by", "speaker", "id", "file", "line", "sentence",
  ]

  static func export(_ timeline: Timeline) -> CSVExport {
    var rows: [[String]] = []
    for (number, event) in timeline.events.enumerated() {
      let dates = [event.date] + event.conflicts.map(\.date)
      let groups = [(event.date, event.sources)] + event.conflicts.map { ($0.date, $0.sources) }
      for (date, sources) in groups {
        let others = dates.filter { $0 != date }.map(\.iso).joined(separator: " ")
        for source in sources {
          let fields = [
            String(number + 1), date.iso, TimelineDateText.precisionName(date.precision),
            date == event.date ? event.text ?? "" : "", event.kind.rawValue, event.summary,
            event.relation?.rawValue ?? "", event.mod?.rawValue ?? "",
            event.page.map(String.init) ?? "", String(event.conflicts.isEmpty), others,
          ]
          rows.append(fields + SourceCSV.fields(source))
        }
      }
    }
    return CSVExport(header: header, rows: rows)
  }
}
