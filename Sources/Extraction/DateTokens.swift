import Foundation
import FrenchText

/// Token-level readers shared by the date grammar: days, months, years, ordinals.
extension DateCoreReader {
  func day(at index: Int) -> (value: Int, end: Int)? {
    guard index >= 0, index < view.count else { return nil }
    let token = view.tokens[index]
    if token.is(.premier) { return (1, index + 1) }
    guard token.isNumber, token.range.count <= 2, let value = Int(token.text),
      (1...31).contains(value)
    else { return nil }
    if view.isGlued(index + 1), view.has(.er, .e, at: index + 1) {
      return value == 1 ? (1, index + 2) : nil
    }
    return (value, index + 1)
  }

  func month(at index: Int) -> (value: Int, end: Int)? {
    guard index >= 0, index < view.count, view.tokens[index].isWord,
      view.tokens[index].cues.contains(.month),
      let entry = DateLexicon.months.value(of: view.tokens[index])
    else { return nil }
    let value = entry.number
    let token = view.tokens[index]
    if entry.abbreviation, view.has(.dot, at: index + 1),
      view.isGlued(index + 1)
    {
      return (value, index + 2)
    }
    if token.is(.sept), !view.isNumber(index + 1) { return nil }
    return (value, index + 1)
  }

  /// A bare four-digit year between 1900 and 2100, not part of a larger number.
  func year(at index: Int) -> Int? {
    guard index >= 0, index < view.count, view.tokens[index].isNumber,
      view.tokens[index].range.count == 4, let value = Int(view.tokens[index].text),
      (1900...2100).contains(value)
    else { return nil }
    if view.isGlued(index + 1),
      view.has(.comma, .hyphen, at: index + 1) || view.has(.slash, .dot, at: index + 1),
      view.isNumber(index + 2)
    {
      return nil
    }
    if view.isNumber(index - 1), view.tokens[index].gap == .space { return nil }
    return value
  }

  func ordinal(at index: Int) -> (value: Int, end: Int)? {
    // The tokens' fields are read in place (`view[index]` copied a whole token).
    let tokens = view.tokens
    guard index >= 0, index < tokens.count else { return nil }
    // Every ordinal of the table holds a letter: a number token is never one.
    guard tokens[index].kind == .number else {
      guard
        let value = DateLexicon.ordinals.value(
          key: tokens[index].key, form: tokens[index].storedFolded)
      else { return nil }
      return (value, index + 1)
    }
    guard index + 1 < tokens.count, tokens[index + 1].gap == .none,
      Self.ordinalSuffixes.value(key: tokens[index + 1].key, form: tokens[index + 1].storedFolded)
        != nil,
      let value = Int(tokens[index].text), (1...4).contains(value)
    else { return nil }
    return (value, index + 2)
  }

  /// The suffixes of "1er", "2e", "3eme", "2nd", "2d" (folded).
  static let ordinalSuffixes: WordTable<Bool> = ["er", "re", "e", "eme", "nd", "d"]

  func relativeWord(at index: Int) -> DateParts.Relative? {
    switch view.folded(index) {
    case "dernier", "derniere": return .last
    case "prochain", "prochaine": return .next
    default: return nil
    }
  }
}
