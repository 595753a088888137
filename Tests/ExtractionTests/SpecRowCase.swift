import Foundation
import FrenchText

@testable import Extraction

/// One row of french-expressions.md §2 that the per-kind tables do not hold: the `index`-th
/// mention of `type` in `text` (read after `before`, in the same document, against
/// `reference`), with its normalised value and every other fact the row names.
struct SpecRowCase: Sendable, CustomStringConvertible {
  var id: String
  var before: String? = nil
  var text: String
  var reference: String? = nil
  var type: MentionType
  var index = 0
  /// The value as the golden dumps print it: "4000000000", "0.6667", "2024-06-04".
  var value: String?
  var currency: String? = nil
  var noun: String? = nil
  var nounInherited: Bool? = nil
  var bound: Bound? = nil
  var approximate = false
  var relation: DateRelation? = nil
  var mod: DateMod? = nil
  var resolved: Bool? = nil
  var kind: String? = nil
  var normalized: String? = nil
  var subdivision: String? = nil
  var legitext: String? = nil
  var inherited: Bool? = nil
  var numerator: Int? = nil
  var denominator: Int? = nil

  var description: String { "\(id): \(text)" }

  /// The mentions of `text`, after those of `before` in the same discourse.
  func mentions() -> [TextMention] {
    let date = reference.flatMap { CalendarDate(parsing: $0) }
    var context = DiscourseContext()
    let extractor = MentionExtractor()
    if let before { _ = extractor.mentions(in: before, documentDate: date, context: &context) }
    return extractor.mentions(in: text, documentDate: date, context: &context)
  }
}

/// The value of a mention as a plain string: a decimal or an ISO date.
func plain(_ value: MentionValue?) -> String? {
  switch value {
  case .number(let number): return "\(number)"
  case .text(let text): return text
  case nil: return nil
  }
}
