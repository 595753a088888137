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
  var currency: String?
  var isPercent = false
  var isPoints = false
  var approximate = false
  var bound: Bound?
  var afterDont = false
  /// "entre" or "de" just before the qualifiers: a possible range start.
  var rangeCue: String?
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
    func free(_ index: Int) -> Bool { index >= claimed.count || !claimed[index] }
    if let word = view.folded(next), free(next) {
      if let scale = Lex.wordScales[word] {
        quantity.scale = scale
        next += 1
      } else if let scale = Lex.symbolScales[word], view[next]?.gap != .wide,
        view.pattern(startingAt: next + 1, in: Lex.currencies) != nil
      {
        quantity.scale = scale
        quantity.symbolScale = true
        next += 1
      }
    }
    if let scale = quantity.scale { quantity.value *= scale }
    if free(next), let currency = view.pattern(startingAt: next, in: Lex.currencies) {
      quantity.currency = currency.value
      next = currency.end
    } else if free(next), quantity.scale == nil,
      ["centime", "centimes"].contains(view.folded(next) ?? "")
    {
      quantity.currency = "EUR"
      quantity.value /= 100
      next += 1
    } else if view[next]?.text == "%" || view.matches(["pour", "cent"], at: next) {
      quantity.isPercent = true
      next += view[next]?.text == "%" ? 1 : 2
    } else if view.folded(next) == "pourcent" {
      quantity.isPercent = true
      next += 1
    } else if ["point", "points"].contains(view.folded(next) ?? "") {
      quantity.isPoints = true
      next += view.matches(["de", "pourcentage"], at: next + 1) ? 3 : 1
    }
    if quantity.currency == nil, let before = view.folded(quantity.number.start - 1),
      before == "eur" || before == "€"
    {
      quantity.currency = "EUR"
      quantity.first = quantity.number.start - 1
    }
    if view.folded(next) == "environ" {
      quantity.approximate = true
      next += 1
    }
    quantity.end = next
  }

  static func readLead(_ quantity: inout RawQuantity, in view: TokenView) {
    var cursor = quantity.first
    for _ in 0..<3 {
      guard let match = view.pattern(endingBefore: cursor, in: Lex.qualifiers) else { break }
      switch match.value {
      case .approximate: quantity.approximate = true
      case .bound(let bound): quantity.bound = quantity.bound ?? bound
      }
      cursor = match.start
    }
    quantity.first = cursor
    switch view.folded(cursor - 1) {
    case "dont": quantity.afterDont = true
    case "entre": quantity.rangeCue = "entre"
    case "de", "du": quantity.rangeCue = "de"
    case "'" where view.folded(cursor - 2) == "d": quantity.rangeCue = "de"
    default: break
    }
  }
}
