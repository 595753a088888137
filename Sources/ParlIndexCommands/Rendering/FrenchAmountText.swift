import Extraction
import Foundation

/// Amounts as a French reader writes them: the text as the source wrote it ("300 M€",
/// "183 euros net par mois"), else the value with French separators and "€".
enum FrenchAmountText {
  static func text(_ amount: MentionFacts?) -> String? {
    guard let amount else { return nil }
    if !amount.text.isEmpty { return amount.text }
    guard let value = amount.value?.decimal else { return nil }
    return format(value) + (amount.currency == "EUR" ? " €" : "")
  }

  /// 300000000 → "300 M€"-style grouping: "300 000 000", decimal comma.
  static func format(_ value: Decimal) -> String {
    let number = NSDecimalNumber(decimal: value)
    let formatter = NumberFormatter()
    formatter.locale = Locale(identifier: "fr_FR")
    formatter.numberStyle = .decimal
    formatter.groupingSeparator = "\u{202F}"
    formatter.maximumFractionDigits = 2
    return formatter.string(from: number) ?? number.stringValue
  }
}
