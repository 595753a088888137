import Answers

/// A timeline for a person: one entry per event, date and kind in aligned columns, the summary,
/// any conflicting dates, then the sources as `file:line`.
enum TimelineText {
  static let kindLabels: [EventKind: String] = [
    .questionPublished: "question", .answerPublished: "réponse", .pressRelease: "communiqué",
    .agreement: "accord", .approval: "agrément", .extension: "extension",
    .announcement: "annonce", .funding: "financement", .planned: "prévu",
    .instrument: "texte", .event: "événement", .effective: "effet", .dated: "daté",
  ]

  static func print(topic: String, documents: Int, timeline: Timeline) {
    Output.line(
      "Chronologie « \(topic) » : \(timeline.events.count) événement(s) dans \(documents) "
        + "document(s), du plus ancien au plus récent (un mois avant ses jours).")
    guard !timeline.events.isEmpty else { return }
    let dates = timeline.events.map {
      TimelineDateText.french($0.date, mod: $0.mod, relation: $0.relation)
    }
    let dateWidth = dates.map(\.count).max() ?? 0
    let kindWidth = kindLabels.values.map(\.count).max() ?? 0
    let indent = String(repeating: " ", count: dateWidth + kindWidth + 4)
    for (event, date) in zip(timeline.events, dates) {
      let kind = kindLabels[event.kind] ?? event.kind.rawValue
      Output.line("")
      Output.line(pad(date, dateWidth) + "  " + pad(kind, kindWidth) + "  " + event.summary)
      for conflict in event.conflicts {
        let mine = TimelineDateText.french(event.date)
        let other = TimelineDateText.french(conflict.date)
        Output.line(
          indent + "⚠ dates en désaccord : \(mine) (\(locations(event.sources))) ≠ "
            + "\(other) (\(locations(conflict.sources)))")
      }
      Output.line(indent + locations(event.sources + event.conflicts.flatMap(\.sources)))
    }
  }

  static func locations(_ sources: [AnswerSource]) -> String {
    sources.map(\.location).joined(separator: "  ")
  }

  static func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }
}
