import Foundation

/// A number with what is glued to it (scale, currency, percent sign) and what precedes it
/// (approximation, bound, "dont"), before it is classified as an amount, a count or a percent.
struct RawQuantity: Sendable {
  var number: NumberPhrase
  /// First token of the mention text (the qualifiers included).
  var first: Int
  /// Token index after the mention text.
  var end: Int
  var value: Decimal
  var scale: Decimal?
  var symbolScale = false
  var currency: QuantityCurrency?
  var isPercent = false
  var isPoints = false
  var approximate = false
  var bound: Bound?
  var afterDont = false
  /// "entre" or "de" just before the qualifiers: a possible range start.
  var rangeCue: RangeCue?
}

/// The currency a quantity names, as one byte: a `RawQuantity` holds no `String`, so that it
/// is copied and destroyed with no retain and no release (its array is emptied at each
/// sentence).
enum QuantityCurrency: UInt8, Sendable {
  case eur, usd

  /// The ISO 4217 code of the mention's facts.
  var code: String {
    switch self {
    case .eur: "EUR"
    case .usd: "USD"
    }
  }
}

/// The word before a possible range's first quantity ("entre A et B", "de A à B").
enum RangeCue: UInt8, Sendable {
  case entre, de
}

/// Reads a `RawQuantity` around a `NumberPhrase`.
enum RawQuantityReader {
  typealias Lex = QuantityLexicon

  static func read(_ number: NumberPhrase, in view: TokenView, claimed: [Bool]) -> RawQuantity {
    var quantity = RawQuantity(
      number: number, first: number.start, end: number.end, value: number.value)
    readTail(&quantity, in: view, claimed: claimed)
    readLead(&quantity, in: view)
    return quantity
  }

  static func readTail(_ quantity: inout RawQuantity, in view: TokenView, claimed: [Bool]) {
    var next = quantity.end
    let tokens = view.tokens
    func free(_ index: Int) -> Bool { index >= claimed.count || !claimed[index] }
    if next < tokens.count, free(next) {
      if let scale = Lex.wordScales.value(of: tokens[next]) {
        quantity.scale = scale
        next += 1
      } else if let scale = Lex.symbolScales.value(of: tokens[next]), tokens[next].gap != .wide,
        view.pattern(startingAt: next + 1, in: Lex.currencies) != nil
      {
        quantity.scale = scale
        quantity.symbolScale = true
        next += 1
      }
    }
    if let scale = quantity.scale {
      quantity.value = DigitReader.scaled(quantity.value, byPowerOfTen: scale)
    }
    readUnit(&quantity, at: &next, in: view, free: free(next))
    if quantity.currency == nil, view.has(.eur, .euroSign, at: quantity.number.start - 1) {
      quantity.currency = .eur
      quantity.first = quantity.number.start - 1
    }
    if view.has(.environ, at: next) {
      quantity.approximate = true
      next += 1
    }
    quantity.end = next
  }

  /// The currency ("euros", "€", "centimes"), percent sign or points after the number (and
  /// its scale) at `next`, which it moves past them; `free` when `next` is not claimed.
  @inline(__always)
  static func readUnit(
    _ quantity: inout RawQuantity, at next: inout Int, in view: TokenView, free: Bool
  ) {
    if free, let currency = view.pattern(startingAt: next, in: Lex.currencies) {
      quantity.currency = currency.value
      next = currency.end
    } else if free, quantity.scale == nil, view.has(.centime, .centimes, at: next) {
      quantity.currency = .eur
      quantity.value /= 100
      next += 1
    } else if view.has(.percent, at: next) {
      quantity.isPercent = true
      next += 1
    } else if view.has(.pour, at: next), view.has(.cent, at: next + 1) {
      quantity.isPercent = true
      next += 2
    } else if view.has(.pourcent, at: next) {
      quantity.isPercent = true
      next += 1
    } else if view.has(.point, .points, at: next) {
      quantity.isPoints = true
      next += view.has(.de, at: next + 1) && view.has(.pourcentage, at: next + 2) ? 3 : 1
    }
  }

  static func readLead(_ quantity: inout RawQuantity, in view: TokenView) {
    var cursor = quantity.first
    let qualifiers = Lex.qualifiers
    for _ in 0..<3 {
      guard let match = view.pattern(endingBefore: cursor, in: qualifiers) else { break }
      switch match.value {
      case .approximate: quantity.approximate = true
      case .bound(let bound): quantity.bound = quantity.bound ?? bound
      }
      cursor = match.start
    }
    quantity.first = cursor
    if view.has(.dont, at: cursor - 1) {
      quantity.afterDont = true
    } else if view.has(.entre, at: cursor - 1) {
      quantity.rangeCue = .entre
    } else if view.has(.de, .du, at: cursor - 1) {
      quantity.rangeCue = .de
    } else if view.has(.apostrophe, at: cursor - 1), view.has(.d, at: cursor - 2) {
      quantity.rangeCue = .de
    }
  }
}
