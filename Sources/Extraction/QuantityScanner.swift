import Foundation

/// A mention found by a scanner, as a span of tokens.
struct Found: Sendable {
  var facts: MentionFacts
  var first: Int
  /// Token index after the last token.
  var end: Int
}

/// Finds amounts, counts, percents and scaled numbers among the tokens not claimed by a date or
/// a reference, and skips identifiers, pages, article numbers, ordinals and bare years.
enum QuantityScanner {
  typealias Lex = QuantityLexicon

  static func scan(_ view: TokenView, claimed: [Bool]) -> [Found] {
    var raws: [RawQuantity] = []
    var index = 0
    while index < view.count {
      guard !claimed[index], view.tokens[index].isNumber || view.tokens[index].isNumberWord,
        let number = NumberScanner.number(at: index, in: view)
      else {
        index += 1
        continue
      }
      index = number.end
      if !number.fromWords, isExcluded(number, in: view) { continue }
      raws.append(RawQuantityReader.read(number, in: view, claimed: claimed))
      index = max(index, raws[raws.count - 1].end)
    }
    return classify(pairRanges(raws, in: view), in: view)
  }

  /// Identifiers, pages, article numbers, ordinals, times and parts of "2021-1234".
  static func isExcluded(_ number: NumberPhrase, in view: TokenView) -> Bool {
    let start = number.start
    if view.pattern(endingBefore: start, in: Lex.identifierCues) != nil { return true }
    if let letter = view[start - 1], letter.isWord, letter.gap != .none || start == 1,
      ["l", "r", "d", "a"].contains(letter.folded), view[start]?.gap == Optional(.none)
    {
      return true
    }
    if let before = view[start - 1], ["-", "/", ".", ","].contains(before.text),
      view[start]?.gap == Optional(.none), view[start - 2]?.isNumber == true
    {
      return true
    }
    if view.folded(start - 1) == "h", view[start - 2]?.isNumber == true { return true }
    guard let after = view[number.end] else { return false }
    if after.gap == .none, ["-", "/"].contains(after.text), view[number.end + 1]?.isNumber == true {
      return true
    }
    if after.gap == .none, Lex.ordinalSuffixes.contains(after) { return true }
    if after.text == "<", view.folded(number.end + 1) == "sup" { return true }
    if after.folded == "h", view[number.end + 1]?.isNumber ?? true { return true }
    return false
  }

  /// Joins "entre A et B" and "de A à B": A takes B's scale, currency, percent sign and noun.
  static func pairRanges(_ raws: [RawQuantity], in view: TokenView) -> [RawQuantity] {
    var result = raws
    for index in result.indices.dropLast() {
      let low = result[index]
      let high = result[index + 1]
      guard low.currency == nil || low.currency == high.currency, high.first == low.end + 1,
        let joiner = view.folded(low.end),
        (joiner == "et" && low.rangeCue == "entre") || (joiner == "a" && low.rangeCue == "de")
      else { continue }
      if low.scale == nil, let scale = high.scale, low.value < 1000, low.value <= high.number.value
      {
        result[index].value *= scale
        result[index].scale = scale
      }
      result[index].currency = result[index].currency ?? high.currency
      result[index].isPercent = result[index].isPercent || high.isPercent
      result[index].bound = .min
      result[index + 1].bound = .max
      result[index].first -= 1
    }
    return result
  }

  static func classify(_ raws: [RawQuantity], in view: TokenView) -> [Found] {
    var found: [Found] = []
    var lastNoun: String?
    for (index, raw) in raws.enumerated() {
      guard !isLoneArticle(raw, in: view), !isRatio(raw, in: view),
        var facts = facts(for: raw, in: view)
      else { continue }
      var end = raw.end
      if facts.type == .amount {
        end = MoneyQualifiers.apply(to: &facts, raw: raw, in: view)
      } else if facts.type == .number {
        if let noun = noun(after: raw.end, plural: raw.value >= 2, in: view) {
          facts.type = .count
          facts.noun = view.tokens[noun].text
          end = noun + 1
        } else if index + 1 < raws.count, raws[index + 1].bound == .max, raw.bound == .min,
          let noun = noun(after: raws[index + 1].end, plural: true, in: view)
        {
          facts.type = .count
          facts.noun = view.tokens[noun].text
        } else if raw.afterDont, let inherited = lastNoun {
          facts.type = .count
          facts.noun = inherited
          facts.nounInherited = true
        } else if raw.scale == nil || raw.symbolScale {
          continue
        }
      }
      if facts.type == .count, raw.number.isLongBareRun, raw.scale == nil { continue }
      if facts.type == .amount || facts.type == .percent || facts.type == .points {
        facts.kind = ChangeCue.kind(before: raw.first, in: view)
      }
      if facts.type == .count, facts.nounInherited != true { lastNoun = facts.noun }
      found.append(Found(facts: facts, first: raw.first, end: end))
    }
    return found
  }

  /// "deux salariés sur trois", "2 sur 3": a ratio, which is neither a count nor a percent.
  static func isRatio(_ raw: RawQuantity, in view: TokenView) -> Bool {
    var cursor = raw.end
    if view.folded(cursor) != "sur", view[cursor]?.isWord == true { cursor += 1 }
    return view.folded(cursor) == "sur"
      && NumberScanner.number(at: cursor + 1, in: view) != nil
  }

  /// "un"/"une" alone is an article, not the number one, unless a scale word follows.
  static func isLoneArticle(_ raw: RawQuantity, in view: TokenView) -> Bool {
    raw.number.fromWords && raw.number.end == raw.number.start + 1 && raw.scale == nil
      && ["un", "une"].contains(view.tokens[raw.number.start].folded)
  }

  static func facts(for raw: RawQuantity, in view: TokenView) -> MentionFacts? {
    let type: MentionType =
      raw.currency != nil
      ? .amount : raw.isPercent ? .percent : raw.isPoints ? .points : .number
    if type == .number, raw.number.isBareFourDigits, raw.scale == nil,
      (1900...2100).contains(raw.number.value)
    {
      return nil
    }
    var facts = MentionFacts(type: type, text: "", value: .number(raw.value))
    facts.currency = raw.currency
    facts.approximate = raw.approximate
    facts.bound = raw.bound
    return facts
  }

  /// The head noun of a count: the first content word after the number, past "de"/"d'".
  /// After a number of two or more, the noun is plural (or an acronym, or capitalised).
  static func noun(after end: Int, plural: Bool, in view: TokenView) -> Int? {
    var cursor = end
    if view.folded(cursor) == "de" {
      cursor += 1
    } else if view.matches(["d", "'"], at: cursor) {
      cursor += 2
    }
    if let adjective = view[cursor], adjective.isWord,
      Lex.preAdjectives.contains(adjective)
    {
      cursor += 1
    }
    guard let token = view[cursor], token.isWord, token.gap != .none,
      !Lex.notNouns.contains(token), !Lex.preAdjectives.contains(token),
      token.text.unicodeScalars.count > 1, !token.folded.hasSuffix("ment")
    else { return nil }
    if plural, !Self.endsPlural(token.folded), !token.startsUppercase {
      return nil
    }
    return cursor
  }

  /// Whether a folded word ends with "s", "x" or "z" (its last character is one of them).
  @inline(__always)
  static func endsPlural(_ folded: String) -> Bool {
    guard let last = folded.utf8.last else { return false }
    return last == UInt8(ascii: "s") || last == UInt8(ascii: "x") || last == UInt8(ascii: "z")
  }
}
