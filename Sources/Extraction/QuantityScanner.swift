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
    // The thread's buffer, given back emptied: no array allocated at each sentence.
    let scratch = ScanScratch.current
    var raws = scratch.takeRaws()
    var index = 0
    while index < view.count {
      // The token's kind first: most tokens are neither a number nor a number word.
      guard view.tokens[index].isNumber || view.tokens[index].isNumberWord, !claimed[index],
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
    guard !raws.isEmpty else {
      scratch.give(raws: consume raws)
      return []
    }
    if raws.count > 1 { pairRanges(&raws, in: view) }
    let found = classify(raws, in: view)
    scratch.give(raws: consume raws)
    return found
  }

  /// Identifiers, pages, article numbers, ordinals, times and parts of "2021-1234".
  static func isExcluded(_ number: NumberPhrase, in view: TokenView) -> Bool {
    let start = number.start
    let tokens = view.tokens
    if view.pattern(endingBefore: start, in: Lex.identifierCues) != nil { return true }
    if start >= 1, tokens[start - 1].isWord, tokens[start - 1].gap != .none || start == 1,
      isIdentifierLetter(tokens[start - 1]), view.isGlued(start)
    {
      return true
    }
    if start >= 2, isNumberJoiner(tokens[start - 1]) || tokens[start - 1].is(.comma),
      view.isGlued(start), tokens[start - 2].isNumber
    {
      return true
    }
    if view.has(.h, at: start - 1), view.isNumber(start - 2) { return true }
    guard number.end < tokens.count else { return false }
    let after = tokens[number.end]
    if after.gap == .none, after.is(.hyphen) || after.is(.slash),
      view.isNumber(number.end + 1)
    {
      return true
    }
    if after.gap == .none, Lex.ordinalSuffixes.contains(after) { return true }
    if after.is(.lessThan), view.has(.sup, at: number.end + 1) { return true }
    if after.is(.h), number.end + 1 >= tokens.count || tokens[number.end + 1].isNumber {
      return true
    }
    return false
  }

  /// "l", "r", "d", "a" (folded): the letter of "L. 314-1", "R1", "D 12", "A 3".
  @inline(__always)
  static func isIdentifierLetter(_ token: TextToken) -> Bool {
    token.is(.l) || token.is(.r) || token.is(.d) || token.is(.a)
  }

  /// "-", "/" or "." (a symbol whose text is that one byte).
  @inline(__always)
  static func isNumberJoiner(_ token: TextToken) -> Bool {
    token.is(.hyphen) || token.is(.slash) || token.is(.dot)
  }

  /// Joins "entre A et B" and "de A à B": A takes B's scale, currency, percent sign and noun.
  static func pairRanges(_ raws: [RawQuantity], in view: TokenView) -> [RawQuantity] {
    var result = raws
    pairRanges(&result, in: view)
    return result
  }

  /// `pairRanges(_:in:)` in place.
  static func pairRanges(_ result: inout [RawQuantity], in view: TokenView) {
    for index in result.indices.dropLast() {
      // Only a quantity after "entre" or "de", just before the next one, starts a range.
      guard result[index].rangeCue != nil, result[index + 1].first == result[index].end + 1
      else { continue }
      let low = result[index]
      let high = result[index + 1]
      guard low.currency == nil || low.currency == high.currency,
        (view.has(.et, at: low.end) && low.rangeCue == .entre)
          || (view.has(.a, at: low.end) && low.rangeCue == .de)
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
  }

  /// The mentions of `raws`: amounts, percents and points as read; a number becomes a count
  /// when a noun follows it (or its range's second number, or a count before "dont"), and
  /// stays a number only when scaled by a word ("3 millions"). The facts of a number that is
  /// dropped are never built.
  static func classify(_ raws: [RawQuantity], in view: TokenView) -> [Found] {
    var found: [Found] = []
    var lastNoun: String?
    for index in raws.indices {
      let raw = raws[index]
      guard !isLoneArticle(raw, in: view), !isRatio(raw, in: view) else { continue }
      let type = type(of: raw)
      if type == .number, isBareYear(raw.number, scale: raw.scale) { continue }
      var end = raw.end
      var noun: String?
      var inherited = false
      if type == .number {
        if let at = Self.noun(after: raw.end, plural: raw.value >= 2, in: view) {
          noun = view.tokens[at].text
          end = at + 1
        } else if index + 1 < raws.count, raws[index + 1].bound == .max, raw.bound == .min,
          let at = Self.noun(after: raws[index + 1].end, plural: true, in: view)
        {
          noun = view.tokens[at].text
        } else if raw.afterDont, let previous = lastNoun {
          noun = previous
          inherited = true
        } else if raw.scale == nil || raw.symbolScale {
          continue
        }
        if noun != nil, raw.number.isLongBareRun, raw.scale == nil { continue }
      }
      // Room for every quantity left at the first one, in a kept array
      // (`ScanScratch.prepare`): no allocation when it has room, no growth.
      if found.isEmpty {
        ScanScratch.prepare(&found)
        found.reserveCapacity(raws.count - index)
      }
      // Appended first, then completed in place: a `var` of facts would be copied whole.
      found.append(
        Found(
          facts: MentionFacts(
            type: noun == nil ? type : .count, text: "", value: .number(raw.value),
            currency: raw.currency?.code, approximate: raw.approximate, bound: raw.bound),
          first: raw.first, end: end))
      let last = found.count - 1
      if let noun {
        found[last].facts.noun = noun
        if inherited { found[last].facts.nounInherited = true } else { lastNoun = noun }
      }
      if type == .amount {
        let end = MoneyQualifiers.apply(to: &found[last].facts, raw: raw, in: view)
        found[last].end = end
      }
      if type == .amount || type == .percent || type == .points {
        found[last].facts.kind = ChangeCue.kind(before: raw.first, in: view)
      }
    }
    return found
  }

  /// The type a quantity is read as before its noun: amount, percent, points or number.
  @inline(__always)
  static func type(of raw: RawQuantity) -> MentionType {
    raw.currency != nil ? .amount : raw.isPercent ? .percent : raw.isPoints ? .points : .number
  }

  /// A bare year ("2024"): four digits alone, between 1900 and 2100, without a scale.
  @inline(__always)
  static func isBareYear(_ number: NumberPhrase, scale: Decimal?) -> Bool {
    guard number.isBareFourDigits, scale == nil else { return false }
    if let integer = number.integer { return (1900...2100).contains(integer) }
    return (1900...2100).contains(number.value)
  }

  /// "deux salariés sur trois", "2 sur 3": a ratio, which is neither a count nor a percent.
  static func isRatio(_ raw: RawQuantity, in view: TokenView) -> Bool {
    var cursor = raw.end
    if !view.has(.sur, at: cursor), view.isWord(cursor) { cursor += 1 }
    return view.has(.sur, at: cursor) && NumberScanner.number(at: cursor + 1, in: view) != nil
  }

  /// "un"/"une" alone is an article, not the number one, unless a scale word follows.
  static func isLoneArticle(_ raw: RawQuantity, in view: TokenView) -> Bool {
    raw.number.fromWords && raw.number.end == raw.number.start + 1 && raw.scale == nil
      && (view.tokens[raw.number.start].is(.un) || view.tokens[raw.number.start].is(.une))
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
    facts.currency = raw.currency?.code
    facts.approximate = raw.approximate
    facts.bound = raw.bound
    return facts
  }

  /// The head noun of a count: the first content word after the number, past "de"/"d'".
  /// After a number of two or more, the noun is plural (or an acronym, or capitalised).
  static func noun(after end: Int, plural: @autoclosure () -> Bool, in view: TokenView) -> Int? {
    var cursor = end
    if view.has(.de, at: cursor) {
      cursor += 1
    } else if view.has(.d, at: cursor), view.has(.apostrophe, at: cursor + 1) {
      cursor += 2
    }
    if view.isWord(cursor), Lex.preAdjectives.contains(view.tokens[cursor]) {
      cursor += 1
    }
    guard cursor >= 0, cursor < view.count else { return nil }
    let token = view.tokens[cursor]
    // A scalar takes at most four bytes: more bytes are more than one scalar.
    guard token.isWord, token.gap != .none, !Lex.notNouns.contains(token),
      !Lex.preAdjectives.contains(token),
      token.range.count > 4 || token.text.unicodeScalars.count > 1,
      !token.folded.hasSuffix("ment")
    else { return nil }
    if !Self.endsPlural(token.folded), !token.startsUppercase, plural() {
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
