import Answers

/// The `precedents` JSON of `cli.md`, with `rubric`, `answerLine` and `family` (the documents
/// whose answers share paragraphs with this one) added, and `families` at the top.
enum PrecedentJSON {
  static func object(for target: String, precedents: Precedents) -> JSONValue {
    .object([
      ("for", .string(target)),
      ("results", .array(precedents.results.map(result))),
      ("families", .array(precedents.families.map(family))),
    ])
  }

  static func result(_ result: PrecedentResult) -> JSONValue {
    .object([
      ("id", .string(result.id)),
      ("file", .string(result.file)),
      ("score", .double((result.score * 1000).rounded() / 1000)),
      ("title", .optional(result.title)),
      ("questionDate", .optional(result.questionDate?.iso)),
      ("answerDate", .optional(result.answerDate?.iso)),
      ("ministryAnswering", .optional(result.ministryAnswering)),
      ("answerExcerpt", .optional(result.answerExcerpt)),
      ("rubric", .optional(result.rubric)),
      ("answerLine", .optional(result.answerLine)),
      ("family", result.family.map(family) ?? .null),
    ])
  }

  static func family(_ family: AnswerFamily) -> JSONValue {
    .object([
      ("documents", .array(family.documentIDs.map { .string($0) })),
      ("size", .int(family.documentIDs.count)),
      ("sharedSentences", .int(family.sharedSentences)),
      ("sample", .string(family.sample)),
    ])
  }
}
