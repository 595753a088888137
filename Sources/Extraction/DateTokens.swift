import Foundation
import FrenchText

/// Token-level readers shared by the date grammar: days, months, years, ordinals.
extension DateCoreReader {
  func day(at index: Int) -> (value: Int, end: Int)? {
    guard let token = view[index] else { return nil }
    if token.folded == "premier" { return (1, index + 1) }
    guard token.isNumber, token.range.count <= 2, let value = Int(token.text),
      (1...31).contains(value)
    else { return nil }
    if let suffix = view[index + 1], suffix.gap == .none, ["er", "e"].contains(suffix.folded) {
      return value == 1 ? (1, index + 2) : nil
    }
    return (value, index + 1)
  }

  func month(at index: Int) -> (value: Int, end: Int)? {
    guard let token = view[index], token.isWord, token.cues.contains(.month),
      let value = FrenchMonth.number(of: token.folded)
    else { return nil }
    if FrenchMonth.isAbbreviation(token.folded), view[index + 1]?.text == ".",
      view[index + 1]?.gap == Optional(.none)
    {
      return (value, index + 2)
    }
    if token.folded == "sept", view[index + 1].map({ !$0.isNumber }) ?? true { return nil }
    return (value, index + 1)
  }

  /// A bare four-digit year between 1900 and 2100, not part of a larger number.
  func year(at index: Int) -> Int? {
    guard let token = view[index], token.isNumber, token.range.count == 4,
      let value = Int(token.text), (1900...2100).contains(value)
    else { return nil }
    if let next = view[index + 1], next.gap == .none, [",", "-", "/", "."].contains(next.text),
      view[index + 2]?.isNumber == true
    {
      return nil
    }
    if view[index - 1]?.isNumber == true, view[index]?.gap == .space { return nil }
    return value
  }

  func ordinal(at index: Int) -> (value: Int, end: Int)? {
    guard let token = view[index] else { return nil }
    // Every ordinal of the table holds a letter: a number token is never one.
    if !token.isNumber, let value = DateLexicon.ordinals.value(of: token) {
      return (value, index + 1)
    }
    guard token.isNumber, let value = Int(token.text), (1...4).contains(value),
      let suffix = view[index + 1], suffix.gap == .none,
      ["er", "re", "e", "eme", "nd", "d"].contains(suffix.folded)
    else { return nil }
    return (value, index + 2)
  }

  func relativeWord(at index: Int) -> DateParts.Relative? {
    switch view.folded(index) {
    case "dernier", "derniere": return .last
    case "prochain", "prochaine": return .next
    default: return nil
    }
  }
}
