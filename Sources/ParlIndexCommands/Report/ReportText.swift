import Answers

/// Short French texts the report shares between its timeline drawing and its tables, built on
/// the text renderers' own labels so that the page and `parlindex timeline` say the same.
enum ReportText {
  /// "accord", "réponse", "financement"…
  static func kind(_ kind: EventKind) -> String {
    TimelineText.kindLabels[kind] ?? kind.rawValue
  }

  /// "25 juin 2024 (corpus/a.md:15) ≠ 26 juin 2024 (corpus/b.md:15)".
  static func conflictText(_ event: TimelineEvent) -> String {
    let mine = "\(TimelineDateText.french(event.date)) (\(TimelineText.locations(event.sources)))"
    let others = event.conflicts.map { conflict in
      "\(TimelineDateText.french(conflict.date)) (\(TimelineText.locations(conflict.sources)))"
    }
    return ([mine] + others).joined(separator: " ≠ ")
  }

  /// The citations of answer sources, for `ReportSources`.
  static func citations(_ sources: [AnswerSource]) -> [ReportSources.Citation] {
    sources.map { ReportSources.Citation(documentID: $0.documentID, sentence: $0.sentence) }
  }
}
