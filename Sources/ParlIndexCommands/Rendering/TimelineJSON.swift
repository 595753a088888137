import Answers

/// The `timeline` JSON of `cli.md`, with `precision`, `text`, `relation`, `mod`, `page` and
/// `agree` (false when `conflicts` is not empty) added, and each source's `speaker`.
enum TimelineJSON {
  static func object(topic: String, timeline: Timeline) -> JSONValue {
    .object([
      ("topic", .string(topic)),
      ("events", .array(timeline.events.map(event))),
    ])
  }

  static func event(_ event: TimelineEvent) -> JSONValue {
    .object([
      ("date", .string(event.date.iso)),
      ("precision", .string(TimelineDateText.precisionName(event.date.precision))),
      ("kind", .string(event.kind.rawValue)),
      ("summary", .string(event.summary)),
      ("text", .optional(event.text)),
      ("relation", .optional(event.relation?.rawValue)),
      ("mod", .optional(event.mod?.rawValue)),
      ("page", .optional(event.page)),
      ("sources", .array(event.sources.map(source))),
      ("agree", .bool(event.conflicts.isEmpty)),
      (
        "conflicts",
        .array(
          event.conflicts.map {
            .object([("date", .string($0.date.iso)), ("sources", .array($0.sources.map(source)))])
          })
      ),
    ])
  }

  /// A `sources` element: id, file, line, sentence, and who states it.
  static func source(_ source: AnswerSource) -> JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("id", .string(source.documentID)),
      ("file", .string(source.sentence.span.file)),
      ("line", .int(source.sentence.span.line)),
      ("sentence", .string(source.sentence.text)),
    ]
    pairs.append(
      (
        "speaker",
        .object([
          ("role", .string(source.speaker.role.rawValue)),
          ("name", .optional(source.speaker.name)),
          ("date", .optional(source.speaker.date?.iso)),
        ])
      ))
    return .object(pairs)
  }
}
