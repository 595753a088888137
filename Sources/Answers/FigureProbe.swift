import Extraction
import Foundation

/// A value typed by the user ("183 €", "300 M€", "700 000"), read with the extraction code:
/// `figures` then shows the groups that contain it.
public struct FigureProbe: Sendable, Hashable {
  public var value: Decimal
  /// `EUR` when the user wrote a currency: only amounts in it match; nil matches any figure.
  public var currency: String?

  public init(value: Decimal, currency: String? = nil) {
    self.value = value
    self.currency = currency
  }

  /// The value of `text` when the whole text is one amount, count or number; nil for a topic.
  public static func parse(_ text: String) -> FigureProbe? {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return nil }
    let mentions = MentionExtractor().mentions(in: trimmed, documentDate: nil)
    guard mentions.count == 1, let mention = mentions.first,
      [.amount, .count, .number].contains(mention.type), let value = mention.value?.decimal,
      mention.range == 0..<trimmed.utf8.count
    else { return bareNumber(trimmed) }
    return FigureProbe(value: value, currency: mention.currency)
  }

  /// "700 000", "1550": digits with group spaces only.
  static func bareNumber(_ text: String) -> FigureProbe? {
    let digits = text.unicodeScalars.filter { !$0.properties.isWhitespace }
    guard !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
    return Decimal(string: String(String.UnicodeScalarView(digits))).map { FigureProbe(value: $0) }
  }

  /// Whether a figure states this value.
  public func matches(_ figure: FigureValue) -> Bool {
    figure.value == value && (currency == nil || figure.currency == currency)
  }
}
