import Foundation
import FrenchText

/// A date read from tokens, before its anchor (relation) is attached.
struct DateMatch: Sendable {
  var first: Int
  var end: Int
  var parts: DateParts
  var mod: DateMod?
  /// True/false for a relative date resolved or not; nil for a date written out in full.
  var resolved: Bool?
  /// Set on the two ends of an interval.
  var relation: DateRelation?
}

/// The grammar of one date: "4 juin 2024", "juillet 2024", "début 2025", "mi-septembre 2024",
/// "au premier semestre 2024", "l'été 2022", "l'année dernière", "14/03/2024", "2025".
struct DateCoreReader {
  typealias Lex = DateLexicon
  let view: TokenView
  let reference: CalendarDate?

  /// The date starting at `index`, with its fuzzy prefix.
  func read(at index: Int) -> DateMatch? {
    var start = index
    var mod: DateMod?
    var hasPrefix = false
    if let prefix = view.pattern(startingAt: index, in: Lex.mods) {
      mod = prefix.value
      hasPrefix = true
      start = prefix.end
      if view.has(.hyphen, at: start), view.isGlued(start) { start += 1 }
    }
    if let noun = view.pattern(startingAt: start, in: Lex.yearNouns) {
      if year(at: noun.end) != nil {
        start = noun.end
      } else if hasPrefix {
        return DateMatch(
          first: index, end: noun.end, parts: DateParts(year: reference?.year), mod: mod,
          resolved: reference != nil)
      }
    }
    guard var match = core(at: start, afterPrefix: hasPrefix) else { return nil }
    match.first = index
    match.mod = mod ?? match.mod
    return match
  }

  /// The forms in their order of preference; at a number only those that start with one
  /// (the others start with a word or an apostrophe).
  func core(at index: Int, afterPrefix: Bool) -> DateMatch? {
    guard index >= 0, index < view.count else { return nil }
    if view.tokens[index].kind == .number {
      return periodOfYear(at: index) ?? dayMonth(at: index) ?? numeric(at: index)
        ?? yearOnly(at: index)
    }
    return relative(at: index) ?? periodOfYear(at: index) ?? season(at: index)
      ?? dayMonth(at: index) ?? monthYear(at: index, afterPrefix)
  }

  func relative(at index: Int) -> DateMatch? {
    if let match = view.pattern(startingAt: index, in: Lex.relativeYears) {
      let parts = DateParts(year: reference.map { $0.year + match.value })
      return DateMatch(first: index, end: match.end, parts: parts, resolved: reference != nil)
    }
    if let match = view.pattern(startingAt: index, in: Lex.relativeMonths) {
      var parts = DateParts()
      if let reference {
        let months = reference.year * 12 + reference.month - 1 + match.value
        parts = DateParts(year: months / 12, month: months % 12 + 1)
      }
      return DateMatch(first: index, end: match.end, parts: parts, resolved: reference != nil)
    }
    guard view.has(.il, at: index), view.has(.y, at: index + 1), view.has(.a, at: index + 2),
      let number = NumberScanner.number(at: index + 3, in: view),
      view.has(.an, .ans, at: number.end)
    else { return nil }
    let years = NSDecimalNumber(decimal: number.value).intValue
    let parts = DateParts(year: reference.map { $0.year - years })
    return DateMatch(first: index, end: number.end + 1, parts: parts, resolved: reference != nil)
  }

  /// "premier semestre 2024", "1er trimestre 2025", "troisième trimestre".
  func periodOfYear(at index: Int) -> DateMatch? {
    guard let ordinal = ordinal(at: index), view.has(.trimestre, .semestre, at: ordinal.end)
    else { return nil }
    let quarters = view.has(.trimestre, at: ordinal.end)
    var parts = DateParts()
    if quarters, (1...4).contains(ordinal.value) { parts.quarter = ordinal.value }
    if !quarters, (1...2).contains(ordinal.value) { parts.half = ordinal.value }
    guard parts.quarter != nil || parts.half != nil else { return nil }
    var end = ordinal.end + 1
    if let noun = view.pattern(startingAt: end + 1, in: Lex.yearNouns), view.has(.de, at: end),
      let year = year(at: noun.end)
    {
      parts.year = year
      end = noun.end + 1
    } else if let year = year(at: end) {
      parts.year = year
      end += 1
    }
    return yearless(DateMatch(first: index, end: end, parts: parts))
  }

  /// "l'été 2022", "cet été", "l'hiver dernier" — never the participle "été".
  func season(at index: Int) -> DateMatch? {
    let tokens = view.tokens
    guard index >= 0, index < tokens.count,
      Lex.seasonDeterminers.value(key: tokens[index].key, form: tokens[index].storedFolded) != nil
    else { return nil }
    var cursor = index + 1
    if tokens[index].is(.l) || tokens[index].is(.au) || tokens[index].is(.en),
      view.has(.apostrophe, at: cursor)
    {
      cursor += 1
    }
    guard cursor < tokens.count,
      let code = Lex.seasons.value(key: tokens[cursor].key, form: tokens[cursor].storedFolded)
    else { return nil }
    var parts = DateParts(season: code)
    if let year = year(at: cursor + 1) {
      parts.year = year
      return DateMatch(first: index, end: cursor + 2, parts: parts)
    }
    guard tokens[index].is(.cet) || tokens[index].is(.ce), let reference else { return nil }
    parts.year = reference.year
    return DateMatch(first: index, end: cursor + 1, parts: parts, resolved: true)
  }

  func dayMonth(at index: Int) -> DateMatch? {
    guard let day = day(at: index), let month = month(at: day.end) else { return nil }
    var parts = DateParts(month: month.value, day: day.value)
    var end = month.end
    if let year = year(at: end) {
      parts.year = year
      end += 1
    } else if let relative = relativeWord(at: end) {
      parts.relative = relative
      end += 1
    }
    guard parts.isValid else { return nil }
    return DateMatch(first: index, end: end, parts: parts)
  }

  /// "14/03/2024": day, month, year; never month first.
  /// "14/03/2024" and "01.07.2021": day, month, four-digit year, the same separator twice
  /// (a two-digit year is not read: "18/06/89" stays no date).
  func numeric(at index: Int) -> DateMatch? {
    let tokens = view.tokens
    guard index + 4 < tokens.count, tokens[index].isNumber, tokens[index].range.count <= 2,
      tokens[index + 1].is(.slash) || tokens[index + 1].is(.dot),
      tokens[index + 2].isNumber, tokens[index + 2].range.count <= 2,
      tokens[index + 3].key == tokens[index + 1].key,
      tokens[index + 3].text == tokens[index + 1].text, tokens[index + 4].isNumber,
      tokens[index + 4].range.count == 4,
      (index + 1...index + 4).allSatisfy({ tokens[$0].gap == .none }),
      let day = Int(tokens[index].text), let month = Int(tokens[index + 2].text),
      let year = Int(tokens[index + 4].text)
    else { return nil }
    // `CalendarDate(parsing: "day/month/year")`, without building and splitting the text.
    let date = CalendarDate(year: year, month: month, day: day)
    guard date.isValid else { return nil }
    let parts = DateParts(year: date.year, month: date.month, day: date.day)
    return DateMatch(first: index, end: index + 5, parts: parts)
  }

  func monthYear(at index: Int, _ afterPrefix: Bool) -> DateMatch? {
    guard let month = month(at: index) else { return nil }
    var parts = DateParts(month: month.value)
    if let year = year(at: month.end) {
      parts.year = year
      return DateMatch(first: index, end: month.end + 1, parts: parts)
    }
    if let relative = relativeWord(at: month.end) {
      parts.relative = relative
      return DateMatch(first: index, end: month.end + 1, parts: parts)
    }
    guard afterPrefix || (index >= 1 && Lex.monthCues.contains(view.tokens[index - 1])),
      view[index]?.startsLowercase == true
    else { return nil }
    return DateMatch(first: index, end: month.end, parts: parts)
  }

  func yearOnly(at index: Int) -> DateMatch? {
    guard let year = year(at: index) else { return nil }
    if let next = view[index + 1],
      QuantityLexicon.wordScales.value(of: next) != nil
        || next.is(.percent)
        || view.pattern(startingAt: index + 1, in: QuantityLexicon.currencies) != nil
    {
      return nil
    }
    if view.pattern(endingBefore: index, in: QuantityLexicon.identifierCues) != nil { return nil }
    if view.has(.slash, .dot, at: index - 1), view.isGlued(index), view.isNumber(index - 2) {
      return nil
    }
    return DateMatch(first: index, end: index + 1, parts: DateParts(year: year))
  }

  /// Gives a quarter or a half with no year the reference's year, marked as resolved.
  func yearless(_ match: DateMatch) -> DateMatch {
    guard match.parts.year == nil else { return match }
    var result = match
    result.parts.year = reference?.year
    result.resolved = reference != nil
    return result
  }
}
