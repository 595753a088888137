import Extraction
import Foundation

/// French formatting of figures for a person: "300 M€", "4 Md€", "183 € nets par mois",
/// "près de 700 000", with U+00A0 between digit groups and a decimal comma.
enum FigureFormat {
  static let groupSeparator = "\u{00A0}"

  /// An amount with its currency, scale symbol, basis, period and unit.
  static func amount(
    _ value: Decimal, currency: String?, basis: Basis? = nil, period: String? = nil,
    unitPer: String? = nil
  ) -> String {
    let symbol = currency == "EUR" ? "€" : (currency ?? "")
    var text: String
    if value >= 1_000_000_000, let scaled = short(value / 1_000_000_000) {
      text = scaled + " Md" + symbol
    } else if value >= 1_000_000, let scaled = short(value / 1_000_000) {
      text = scaled + " M" + symbol
    } else {
      text = number(value) + (symbol.isEmpty ? "" : " " + symbol)
    }
    if let basis {
      let word = basis == .net ? "net" : "brut"
      text += " " + (value >= 2 ? word + "s" : word)
    }
    if let period { text += " " + periodPhrase(period) }
    if let unitPer { text += " par " + unitPer }
    return text
  }

  /// "environ ", "min. ", "max. " before a value: a lower bound ("plus de", the low end of a
  /// range) or an upper bound ("jusqu'à", the high end).
  static func qualifier(approximate: Bool, bound: Bound?) -> String {
    let around = approximate ? "environ " : ""
    switch bound {
    case .min: return "min. " + around
    case .max: return "max. " + around
    case nil: return around
    }
  }

  /// "par mois", "par an".
  static func periodPhrase(_ period: String) -> String {
    switch period {
    case "P1M": return "par mois"
    case "P1Y": return "par an"
    case "P1W": return "par semaine"
    case "P1D": return "par jour"
    case "P3M": return "par trimestre"
    default: return "par " + period
    }
  }

  /// A scaled value with at most two decimals ("1,5"), or nil when it needs more.
  static func short(_ value: Decimal) -> String? {
    var rounded = Decimal()
    var copy = value
    NSDecimalRound(&rounded, &copy, 2, .plain)
    guard rounded == value else { return nil }
    return number(value)
  }

  /// "700 000", "2 500,5", "0,5": groups of three digits and a decimal comma.
  static func number(_ value: Decimal) -> String {
    let plain = "\(value)"
    let negative = plain.hasPrefix("-")
    let unsigned = negative ? String(plain.dropFirst()) : plain
    let parts = unsigned.split(separator: ".", maxSplits: 1)
    let digits = Array(parts.first ?? "0")
    var grouped = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { grouped += groupSeparator }
      grouped.append(digit)
    }
    if parts.count == 2 { grouped += "," + parts[1] }
    return (negative ? "-" : "") + grouped
  }
}
