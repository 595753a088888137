import FrenchText

/// Finds dates with their anchor ("dès", "depuis", "jusqu'au"…) and their fuzzy part, resolves
/// relative dates against the reference date only, and splits intervals into two dates
/// (`from` and `until`).
struct DateScanner {
  typealias Lex = DateLexicon
  let view: TokenView
  let reference: CalendarDate?
  var reader: DateCoreReader { DateCoreReader(view: view, reference: reference) }

  func scan(claimed: [Bool], context: inout DiscourseContext) -> [Found] {
    scan(claimed: claimed, context: &context, gated: true)
  }

  /// `scan`; with `gated`, the readers run only where `ScanDateGate.mayRead` allows (the
  /// general path, without it, is what the tests compare it with).
  func scan(claimed: [Bool], context: inout DiscourseContext, gated: Bool) -> [Found] {
    var found: [Found] = []
    var index = 0
    // The first anchor at or after `index`: searched again only once `index` passes it.
    var anchor = -1
    while index < view.count {
      if anchor < index {
        anchor = index
        while anchor < view.count, !Self.isAnchor(view.tokens[anchor]) { anchor += 1 }
        if anchor == view.count { break }
      }
      if anchor - index > Self.anchorReach {
        index = anchor - Self.anchorReach
        continue
      }
      guard !claimed[index], Self.canStart(view.tokens[index]), numberMayStart(at: index),
        anchor - index <= Self.nearReach || view.tokens[index].cues.contains(.farDateStart),
        !gated || ScanDateGate.mayRead(at: index, in: view),
        let matches = dates(at: index),
        !matches.contains(where: { claimed[$0.first..<$0.end].contains(true) })
      else {
        index += 1
        continue
      }
      // A kept array (`ScanScratch.prepare`): no allocation at each sentence.
      ScanScratch.prepare(&found)
      for match in matches { finish(match, context: &context, into: &found) }
      index = matches.last!.end
    }
    return found
  }

  /// The first words of every date form: a cheap test before the readers run at a token.
  static let startWords: Set<String> = {
    var words: Set<String> = ["il", "premier"]
    words.formUnion(Lex.mods.byFirst.keys)
    words.formUnion(Lex.yearNouns.byFirst.keys)
    words.formUnion(Lex.relativeYears.byFirst.keys)
    words.formUnion(Lex.relativeMonths.byFirst.keys)
    words.formUnion(Lex.ordinals.keys)
    words.formUnion(Lex.seasonDeterminers.keys)
    return words
  }()

  /// Words one of which every date form holds unless it holds a number or a month: the year
  /// nouns ("l'année", "l'exercice"), "an" ("l'an dernier"), "il" ("il y a deux ans", whose
  /// number words may be long), "mois", the periods of a year and the seasons.
  static let anchorWords: Set<String> = {
    var words: Set<String> = ["annee", "an", "il", "exercice", "mois", "trimestre", "semestre"]
    words.formUnion(Lex.seasons.keys)
    return words
  }()

  /// How far after its first token a date's anchor may lie: a fuzzy prefix of up to five
  /// tokens ("à la fin d'"), a hyphen, "l'exercice", then the year; or "premier au" before
  /// a second date. No date starts further than this before a number, a month or one of
  /// `anchorWords`, so the scan skips the tokens further than this from one.
  static let anchorReach = 12

  /// The first words of a fuzzy prefix ("à la fin de", "dès le début de") and "premier" (the
  /// first day of "du premier au 4 juin"): the only start words whose date may hold its first
  /// number, month or anchor word further than `nearReach` tokens ahead.
  static let farStartWords: Set<String> = {
    var words: Set<String> = ["premier"]
    words.formUnion(Lex.mods.byFirst.keys)
    return words
  }()

  /// How far after any other start word a date's anchor may lie: "l'exercice 2024" (the year
  /// three tokens ahead), "l'année dernière", "le mois dernier", "l'été", "second trimestre".
  static let nearReach = 3

  /// A number, a month or one of `anchorWords`.
  @inline(__always)
  static func isAnchor(_ token: TextToken) -> Bool {
    token.isNumber || !token.cues.isDisjoint(with: [.month, .dateAnchor])
  }

  /// Whether a date may start at `index` if it holds a number: every date form starting with a
  /// number has four digits ("2024", "2024-2025"), or one or two digits before a word ("4
  /// juin", "1er", "du 4 au 6"), a slash or a dot ("14/03/2024"). True at a word.
  @inline(__always)
  func numberMayStart(at index: Int) -> Bool {
    // Read in place, the digits counted by the range and the symbols compared as stored: no
    // token copied and no `String` made.
    let tokens = view.tokens
    guard tokens[index].isNumber else { return true }
    let digits = tokens[index].range.count
    if digits == 4 { return true }
    guard digits <= 2, index + 1 < tokens.count else { return false }
    return tokens[index + 1].isWord || tokens[index + 1].hasText(.slash)
      || tokens[index + 1].hasText(.dot)
  }

  /// Whether a date can start at `token`: a number, a month, or one of `startWords`.
  static func canStart(_ token: TextToken) -> Bool {
    token.isNumber || token.cues.contains(.dateStart)
      || (token.isWord && token.cues.contains(.month))
  }

  /// One date, or the two ends of an interval, starting at `index`.
  func dates(at index: Int) -> [DateMatch]? {
    if let pair = yearSpan(at: index) ?? dayInterval(at: index) { return pair }
    guard var low = reader.read(at: index) else { return nil }
    if view.has(.du, .de, at: index - 1) || view.has(.entre, at: index - 1),
      view.has(.au, .a, at: low.end) || view.has(.et, at: low.end),
      var high = reader.read(at: low.end + 1)
    {
      low.parts.year = low.parts.year ?? high.parts.year
      low.first -= 1
      high.first -= 1
      return bounded(low, high)
    }
    return [low]
  }

  /// "2024-2025": two years joined by a hyphen.
  func yearSpan(at index: Int) -> [DateMatch]? {
    guard index >= 0, index + 2 < view.count, view.tokens[index].isNumber,
      view.tokens[index].range.count == 4, view.has(.hyphen, at: index + 1),
      view.isGlued(index + 1), let first = Int(view.tokens[index].text),
      (1900...2100).contains(first), let next = view[index + 2], next.gap == .none,
      next.isNumber, next.range.count == 4, let second = Int(next.text), second > first,
      second - first <= 10
    else { return nil }
    return bounded(
      DateMatch(first: index, end: index + 1, parts: DateParts(year: first)),
      DateMatch(first: index + 2, end: index + 3, parts: DateParts(year: second)))
  }

  /// "du 4 au 6 juin 2024": the first day takes the month and year of the second date.
  func dayInterval(at index: Int) -> [DateMatch]? {
    guard view.has(.du, at: index - 1), let day = reader.day(at: index),
      reader.month(at: day.end) == nil, view.has(.au, at: day.end),
      let high = reader.read(at: day.end + 1), high.parts.day != nil
    else { return nil }
    var parts = high.parts
    parts.day = day.value
    let low = DateMatch(first: index - 1, end: day.end, parts: parts)
    return bounded(low, high)
  }

  func bounded(_ low: DateMatch, _ high: DateMatch) -> [DateMatch] {
    var low = low
    var high = high
    low.relation = .from
    high.relation = .until
    return [low, high]
  }

  /// Adds the anchor, resolves the year, and appends the mention to `found`, completed there
  /// in place: a `Found` built in a `var` and returned was copied whole, then destroyed
  /// (~650 instructions a date).
  func finish(_ match: DateMatch, context: inout DiscourseContext, into found: inout [Found]) {
    var parts = match.parts
    var resolved = match.resolved
    let tense =
      parts.year == nil && parts.day != nil
      ? DateTense.of(dateAt: match.first, end: match.end, in: view) : nil
    if let supplied = parts.resolveYear(
      reference: reference, discourseYear: context.lastYear, tense: tense)
    {
      resolved = supplied
    } else if resolved == nil, let year = parts.year {
      context.lastYear = year
    }
    found.append(
      Found(
        facts: MentionFacts(type: .date, text: "", value: .text(parts.iso)),
        first: match.first, end: match.end))
    let last = found.count - 1
    finishFacts(&found[last], match: match, parts: parts, resolved: resolved)
  }

  /// The facts of a date after its value: fuzzy part, resolution, candidates, relation.
  private func finishFacts(
    _ found: inout Found, match: DateMatch, parts: DateParts, resolved: Bool?
  ) {
    if resolved == false, parts.month == nil, parts.year == nil { found.facts.value = nil }
    found.facts.mod = match.mod
    found.facts.resolved = resolved
    found.facts.yearFrom = parts.yearSource?.rawValue
    if resolved == false, parts.relative == nil, parts.day != nil, let reference,
      let month = parts.month
    {
      let both = [DateTense.past, .future].compactMap { tense -> String? in
        var candidate = parts
        candidate.year = parts.yearByTense(
          reference: reference, month: month, tense: tense, nil)
        return candidate.year == nil ? nil : candidate.iso
      }
      found.facts.candidates = both.count == 2 && both[0] == both[1] ? [both[0]] : both
    }
    found.facts.relation = match.relation
    if match.relation == nil,
      let anchor = view.pattern(endingBefore: match.first, in: Lex.relations)
    {
      found.facts.relation = anchor.value
      found.first = anchor.start
      if view.tokens[found.first..<match.first].contains(where: { $0.is(.retroactif) }) {
        found.facts.retroactive = true
      }
    }
    if found.facts.relation == nil, isYearOnly(parts), view.has(.en, at: match.first - 1),
      clauseContains(.depuis, before: match.first - 1)
    {
      found.facts.relation = .since
    }
    if found.facts.mod == nil, isYearOnly(parts),
      clauseContains(Self.endOfBudget, firstKey: Self.endOfBudgetKey, after: match.end)
        || clauseContains(Self.endOfBudget, firstKey: Self.endOfBudgetKey, before: found.first)
    {
      found.facts.mod = .end
    }
  }

  static let endOfBudget = Lexer.pattern("fin de gestion")
  /// The key of `endOfBudget`'s first word: the clause loops compare it before the words.
  static let endOfBudgetKey = WordKey.of(endOfBudget[0])
  static let clauseBreaks: PunctuationSet = ".,;:()!?"

  func isYearOnly(_ parts: DateParts) -> Bool {
    parts.year != nil && parts.month == nil && parts.quarter == nil && parts.half == nil
      && parts.season == nil
  }

  /// "Depuis l'instauration du Ségur de la santé en 2020": the anchor word earlier in the clause.
  func clauseContains(_ word: ScannerWord, before index: Int) -> Bool {
    var cursor = index - 1
    // The tokens are read in place (`view[cursor]` copied each one).
    while cursor >= 0, cursor < view.count, cursor >= index - 12,
      !Self.clauseBreaks.containsSymbol(view.tokens[cursor])
    {
      if view.tokens[cursor].is(word) { return true }
      cursor -= 1
    }
    return false
  }

  /// "délégués en fin de gestion en 2024": a phrase earlier in the clause. The words are
  /// compared only where the token's key is `firstKey` (`WordKey` of `pattern[0]`).
  func clauseContains(_ pattern: [String], firstKey: UInt64, before index: Int) -> Bool {
    var cursor = index - pattern.count
    while cursor >= max(0, index - 12), cursor < view.count,
      !Self.clauseBreaks.containsSymbol(view.tokens[cursor])
    {
      if view.tokens[cursor].key == firstKey, view.matches(pattern, at: cursor) { return true }
      cursor -= 1
    }
    return false
  }

  /// "versées en 2024 dans le cadre de la fin de gestion": a phrase later in the clause.
  func clauseContains(_ pattern: [String], firstKey: UInt64, after index: Int) -> Bool {
    var cursor = index
    while cursor >= 0, cursor < view.count, cursor < index + 10,
      !Self.clauseBreaks.containsSymbol(view.tokens[cursor])
    {
      if view.tokens[cursor].key == firstKey, view.matches(pattern, at: cursor) { return true }
      cursor += 1
    }
    return false
  }
}
