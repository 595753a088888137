import Foundation
import FrenchText

/// A number as written: digits with group separators and a decimal comma, or number words.
struct NumberPhrase: Sendable, Hashable {
  /// Token index of the first token.
  var start: Int
  /// Token index after the last token.
  var end: Int
  var value: Decimal
  var fromWords: Bool
  /// A single run of four digits with no separator and no fraction (a possible year).
  var isBareFourDigits: Bool
  /// A single run of five or more digits with no separator (a postal code, an identifier).
  var isLongBareRun = false
  /// `value` as an integer, when the number has no fraction and at most 18 digits (or is
  /// written in words): the scanners' comparisons read it instead of the `Decimal`.
  var integer: UInt64? = nil
}

/// Reads `NumberPhrase`s from tokens.
enum NumberScanner {
  static func number(at index: Int, in view: TokenView) -> NumberPhrase? {
    // The kind is read in place (`view[index]` copied a whole token).
    guard index >= 0, index < view.count else { return nil }
    switch view.tokens[index].kind {
    case .number: return digits(at: index, in: view)
    case .word: return words(at: index, in: view)
    case .symbol: return nil
    }
  }

  static func digits(at index: Int, in view: TokenView) -> NumberPhrase? {
    let tokens = view.tokens
    let first = tokens[index]
    var reader = DigitReader()
    reader.add(first.text)
    var next = index + 1
    if first.range.count <= 3 {
      while next < tokens.count {
        if tokens[next].isNumber, tokens[next].range.count == 3, tokens[next].gap == .space {
          reader.add(tokens[next].text)
          next += 1
        } else if tokens[next].is(.dot), tokens[next].gap == .none, next + 1 < tokens.count,
          tokens[next + 1].isNumber, tokens[next + 1].range.count == 3,
          tokens[next + 1].gap == .none
        {
          reader.add(tokens[next + 1].text)
          next += 2
        } else {
          break
        }
      }
    }
    var fraction: String?
    if next + 1 < tokens.count, tokens[next].is(.comma), tokens[next].gap == .none,
      tokens[next + 1].isNumber, tokens[next + 1].gap == .none
    {
      fraction = tokens[next + 1].text
      next += 2
    }
    guard let value = reader.value(fraction: fraction) else { return nil }
    let bare = next == index + 1 && first.range.count == 4
    return NumberPhrase(
      start: index, end: next, value: value, fromWords: false, isBareFourDigits: bare,
      isLongBareRun: next == index + 1 && first.range.count >= 5,
      integer: fraction == nil ? reader.integer : nil)
  }

  /// `digits` as first written: the integer part joined as a `String`, read by
  /// `FrenchNumber.decimal` (the general path `DigitReader` is tested against).
  static func digitsByString(at index: Int, in view: TokenView) -> NumberPhrase? {
    let first = view.tokens[index]
    var integer = first.text
    var next = index + 1
    if first.range.count <= 3 {
      while true {
        if let group = view[next], group.isNumber, group.range.count == 3, group.gap == .space {
          integer += group.text
          next += 1
        } else if view[next]?.text == ".", view[next]?.gap == Optional(.none),
          let group = view[next + 1], group.isNumber, group.range.count == 3, group.gap == .none
        {
          integer += group.text
          next += 2
        } else {
          break
        }
      }
    }
    var fraction: String?
    if view[next]?.text == ",", view[next]?.gap == Optional(.none), let part = view[next + 1],
      part.isNumber, part.gap == .none
    {
      fraction = part.text
      next += 2
    }
    guard let value = FrenchNumber.decimal(integer: integer, fraction: fraction) else {
      return nil
    }
    let bare = next == index + 1 && first.range.count == 4
    return NumberPhrase(
      start: index, end: next, value: value, fromWords: false, isBareFourDigits: bare,
      isLongBareRun: next == index + 1 && first.range.count >= 5)
  }

  static func words(at index: Int, in view: TokenView) -> NumberPhrase? {
    guard view.tokens[index].isNumberWord else { return nil }
    if index + 1 >= view.count || endsNumberWords(view.tokens[index + 1]),
      let value = singleWordValues.value(of: view.tokens[index])
    {
      return NumberPhrase(
        start: index, end: index + 1, value: Decimal(value), fromWords: true,
        isBareFourDigits: false, integer: UInt64(exactly: value))
    }
    var words: [String] = []
    var positions: [Int] = []
    var cursor = index
    while let token = view[cursor], words.count < 12 {
      if token.isWord {
        words.append(token.folded)
        positions.append(cursor)
        cursor += 1
      } else if token.is(.hyphen), token.gap == .none, view.isWord(cursor + 1) {
        cursor += 1
      } else {
        break
      }
    }
    guard let parsed = NumberWords.parse(words) else { return nil }
    return NumberPhrase(
      start: index, end: positions[parsed.length - 1] + 1, value: Decimal(parsed.value),
      fromWords: true, isBareFourDigits: false)
  }

  /// Whether a number word followed by `next` is read alone: `NumberWords.parse` goes on
  /// only over a number word, "et", or a word after a glued hyphen.
  @inline(__always)
  static func endsNumberWords(_ next: TextToken?) -> Bool {
    guard let next else { return true }
    if next.isWord { return !next.isNumberWord && !next.is(.et) }
    return !next.is(.hyphen)
  }

  /// `NumberWords.parse` of each number word alone, looked up by the token's key.
  static let singleWordValues: WordTable<Int> = WordTable(
    Lexer.numberWords.sorted().compactMap { word in
      NumberWords.parse([word]).map { (word, $0.value) }
    })
}
