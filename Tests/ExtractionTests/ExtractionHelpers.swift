import Foundation
import FrenchText

@testable import Extraction

/// One expected quantity mention: a row of french-expressions.md.
struct QuantityCase: Sendable, CustomStringConvertible {
  var id: String
  var text: String
  var type: MentionType
  var value: String
  var currency: String? = nil
  var period: String? = nil
  var basis: Basis? = nil
  var approximate = false
  var bound: Bound? = nil
  var noun: String? = nil
  var unitPer: String? = nil

  var description: String { "\(id): \(text)" }
}

func extract(_ text: String, date: CalendarDate? = nil) -> [TextMention] {
  MentionExtractor().mentions(in: text, documentDate: date)
}

func decimal(_ text: String) -> Decimal { Decimal(string: text, locale: nil)! }

/// The first mention of `type`, if any.
func first(_ type: MentionType, in text: String, date: CalendarDate? = nil) -> TextMention? {
  extract(text, date: date).first { $0.type == type }
}
