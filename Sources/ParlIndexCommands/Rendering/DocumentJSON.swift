import Corpus
import Extraction

/// The `show` JSON object of `cli.md`, key by key, from a stored record.
enum DocumentJSON {
  static func object(_ record: DocumentRecord) -> JSONValue {
    let document = record.document
    return .object(
      metadata(document) + [
        ("mentions", .array(record.mentions.map { JSONValue.encoded($0) })),
        ("funding", .array(record.funding.map { JSONValue.encoded($0) })),
      ])
  }

  /// Every metadata key of `cli.md` in its order, then ParlIndex's additions (`format`, `dateSource`).
  static func metadata(_ document: Document) -> [(String, JSONValue)] {
    [
      ("id", .string(document.id)),
      ("file", .string(document.file)),
      ("kind", .string(document.kind.rawValue)),
      ("chamber", .optional(document.chamber?.rawValue)),
      ("legislature", .optional(document.legislature)),
      ("number", .optional(document.number)),
      ("type", .optional(document.type)),
      ("title", .optional(document.title)),
      ("analysis", .optional(document.analysis)),
      ("date", .optional(document.date?.iso)),
      ("status", .optional(document.status)),
      ("author", author(document.author)),
      ("ministryAsked", .optional(document.ministryAsked)),
      ("ministryAnswering", .optional(document.ministryAnswering)),
      ("rubric", .optional(document.rubric)),
      ("questionDate", .optional(document.questionDate?.iso)),
      ("questionPage", .optional(document.questionPage)),
      ("answerDate", .optional(document.answerDate?.iso)),
      ("answerPage", .optional(document.answerPage)),
      ("format", .string(document.format)),
      ("dateSource", .optional(document.dateSource?.rawValue)),
      ("events", .array(document.events.map(event))),
    ]
  }

  /// One status event: `{"kind","date","page","label","from","to","part"}` (absent values null).
  static func event(_ event: StatusEvent) -> JSONValue {
    .object([
      ("kind", .string(event.kind.rawValue)),
      ("date", .optional(event.date?.iso)),
      ("page", .optional(event.page)),
      ("label", .optional(event.label)),
      ("from", .optional(event.from)),
      ("to", .optional(event.to)),
      ("part", .optional(event.part)),
    ])
  }

  static func author(_ author: Author?) -> JSONValue {
    guard let author else { return .null }
    return .object([
      ("name", .optional(author.name)),
      ("id", .optional(author.id)),
      ("group", .optional(author.group ?? author.groupShort)),
      ("groupShort", .optional(author.groupShort)),
      ("constituency", .optional(author.constituency)),
    ])
  }
}
