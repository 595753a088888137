import FrenchText

/// Finds legal references and dated instruments: code articles ("l'article L. 314-6 du code de
/// l'action sociale et des familles" → `CASF L314-6`), laws, decrees, orders and circulars with
/// their number and date, finance laws, agreements and events with their own date.
struct ReferenceScanner {
  typealias Lex = ReferenceLexicon
  let view: TokenView
  let reference: CalendarDate?
  var dates: DateCoreReader { DateCoreReader(view: view, reference: reference) }

  func scan(claimed: [Bool], context: inout DiscourseContext) -> [Found] {
    var found: [Found] = []
    var index = 0
    while index < view.count {
      // No array, not even an empty one, at a token that starts nothing.
      guard view.tokens[index].cues.contains(.referenceStart), !claimed[index],
        mayStart(view.tokens[index])
      else {
        index += 1
        continue
      }
      if let items = codeArticles(at: index, context: &context), let last = items.last {
        // The first references are moved in, not copied (`+=` copied every fact).
        if found.isEmpty { found = items } else { found += items }
        index = max(index + 1, last.end)
      } else if let item = reference(at: index) {
        let end = item.end
        // Appended to a kept array (`ScanScratch.prepare`): no one-item array allocated.
        ScanScratch.prepare(&found)
        found.append(item)
        index = max(index + 1, end)
      } else {
        index += 1
      }
    }
    return found
  }

  /// The first words of every reference form: a cheap test before the readers run at a token.
  static let startWords: Set<String> = {
    var words: Set<String> = [
      "article", "articles", "l", "r", "d", "a", "convention", "mission", "segur",
    ]
    words.formUnion(Lex.instruments.byFirst.keys)
    words.formUnion(Lex.financeLaws.byFirst.keys)
    words.formUnion(Lex.agreements.byFirst.keys)
    words.formUnion(Lex.events.keys)
    return words
  }()

  /// Whether a reference may start at `token`: one of `startWords`, where a single letter
  /// ("l", "d", "a", "à") counts only as written "L", "R", "D" or "A" (`articleID`), since
  /// every other start word is longer.
  @inline(__always)
  func mayStart(_ token: TextToken) -> Bool {
    guard token.cues.contains(.referenceStart) else { return false }
    // Lengths and letter read from the stored forms' words (`ScanText`): no `String` made.
    guard token.foldedByteCount == 1 else { return true }
    guard token.textByteCount == 1 else { return false }
    let letter = token.firstTextByte
    return letter == UInt8(ascii: "L") || letter == UInt8(ascii: "R")
      || letter == UInt8(ascii: "D") || letter == UInt8(ascii: "A")
  }

  /// The one reference of a kind other than code articles starting at `index`, trying each
  /// kind in turn.
  func reference(at index: Int) -> Found? {
    financeLaw(at: index) ?? instrument(at: index) ?? agreement(at: index) ?? event(at: index)
      ?? collectiveAgreement(at: index) ?? named(at: index)
  }

  /// Includes "l'", "la", "le", "les" before `first`.
  func withDeterminer(_ first: Int) -> Int {
    if view.has(.apostrophe, at: first - 1), view.has(.l, at: first - 2) { return first - 2 }
    if view.has(.la, .le, at: first - 1) || view.has(.les, at: first - 1) { return first - 1 }
    return first
  }

  /// The date written after "du", "le", "en date du" at `index`, with the index after it.
  func introducedDate(at index: Int) -> (iso: String, end: Int)? {
    guard let intro = view.pattern(startingAt: index, in: Lex.dateIntroducers),
      let date = dates.read(at: intro.end), date.parts.year != nil, date.parts.month != nil,
      date.mod == nil
    else { return nil }
    return (date.parts.iso, date.end)
  }

  /// "loi de finances pour 2025", "LFSS 2024", "projet de loi de finances 2025".
  func financeLaw(at index: Int) -> Found? {
    guard let law = view.pattern(startingAt: index, in: Lex.financeLaws) else { return nil }
    var cursor = law.end
    if view.has(.pour, at: cursor) { cursor += 1 }
    if view.has(.l, at: cursor), view.has(.apostrophe, at: cursor + 1),
      view.has(.annee, at: cursor + 2)
    {
      cursor += 3
    }
    var facts = MentionFacts(type: .reference, text: "")
    facts.kind = law.value.0
    if let year = dates.year(at: cursor) {
      facts.normalized = "\(law.value.1) \(year)"
      cursor += 1
    } else {
      guard law.end - index > 1 else { return nil }
      facts.normalized = law.value.1
      cursor = law.end
    }
    return Found(facts: facts, first: withDeterminer(index), end: cursor)
  }

  /// "la loi n° 2021-1754 du 23 décembre 2021", "l'arrêté du 26 juin 2024", "décret n° …".
  func instrument(at index: Int) -> Found? {
    guard let trigger = view.pattern(startingAt: index, in: Lex.instruments) else { return nil }
    var cursor = trigger.end
    // The facts are built only for an instrument that is kept (most triggers have neither
    // a number nor a date).
    let number = identifier(at: cursor)
    if let number { cursor = number.end }
    let date = introducedDate(at: cursor)
    if let date { cursor = date.end }
    let namedCircular = trigger.value == "circular" && trigger.end - index > 1
    guard cursor > trigger.end || namedCircular else { return nil }
    var found = Found(
      facts: MentionFacts(type: .reference, text: ""), first: withDeterminer(index), end: cursor)
    found.facts.kind = trigger.value
    if let number { found.facts.normalized = "\(view.lowercasedText(index)) n° \(number.text)" }
    found.facts.date = date?.iso
    return found
  }

  /// "n° 2021-1754": the identifier after "n°" (digits joined by hyphens or slashes).
  func identifier(at index: Int) -> (text: String, end: Int)? {
    var cursor = index
    if view.has(.n, at: cursor), view.has(.degree, at: cursor + 1) {
      cursor += 2
    } else if view.has(.numero, at: cursor) {
      cursor += 1
    } else {
      return nil
    }
    guard let first = view[cursor], first.isNumber else { return nil }
    var text = first.text
    cursor += 1
    while view.has(.hyphen, .slash, at: cursor), view.isGlued(cursor),
      let separator = view[cursor], let part = view[cursor + 1], part.gap == .none,
      part.isNumber || part.isWord
    {
      text += separator.text + part.text
      cursor += 2
    }
    return (text, cursor)
  }
}
