/// Agreements, events, missions and named policies.
extension ReferenceScanner {
  /// "l'accord du 4 juin 2024", "deux accords le 4 juin 2024", "les accords du Ségur de la santé
  /// du 13 juillet 2020"; "accord de branche" and "avenant" also without a date.
  func agreement(at index: Int) -> Found? {
    guard let trigger = view.pattern(startingAt: index, in: Lex.agreements) else { return nil }
    var facts = MentionFacts(type: .reference, text: "")
    facts.kind = "agreement"
    guard let dated = nameThenDate(from: trigger.end) else {
      guard trigger.value else { return nil }
      return Found(facts: facts, first: withDeterminer(index), end: trigger.end)
    }
    facts.date = dated.iso
    return Found(facts: facts, first: withDeterminer(index), end: dated.end)
  }

  /// "la conférence des métiers sociaux du 18 février 2022", "le 93ème congrès des Assises des
  /// Départements de France à Angers, le 15 novembre 2024": events are kept only with a date.
  func event(at index: Int) -> Found? {
    guard let token = view[index], token.isWord, Lex.events.contains(token),
      let dated = nameThenDate(from: index + 1)
    else { return nil }
    var facts = MentionFacts(type: .reference, text: "")
    facts.kind = "event"
    facts.date = dated.iso
    facts.normalized = view.joinedPhrase(index, dated.nameEnd)
    return Found(facts: facts, first: withDeterminer(index), end: dated.end)
  }

  /// A short name (words only, an optional "à Place") then a date introduced by "du", "le"…
  func nameThenDate(from start: Int) -> (iso: String, end: Int, nameEnd: Int)? {
    var cursor = start
    var nameEnd = start
    while cursor < start + 10 {
      if let date = introducedDate(at: cursor) { return (date.iso, date.end, nameEnd) }
      guard let token = view[cursor] else { return nil }
      if token.is(.a), let place = view[cursor + 1], place.isWord,
        place.startsUppercase
      {
        cursor += 2
        continue
      }
      guard token.isWord || ["'", "-"].contains(token.text) else { return nil }
      cursor += 1
      nameEnd = cursor
    }
    return nil
  }

  /// "la convention collective unique étendue (CCNUE)", "la convention collective nationale du
  /// 15 mars 1966": kept only with an acronym in parentheses or a date.
  func collectiveAgreement(at index: Int) -> Found? {
    guard view.has(.convention, at: index), view.matches(Self.convention, at: index) else {
      return nil
    }
    var facts = MentionFacts(type: .reference, text: "")
    facts.kind = "collective-agreement"
    var cursor = index + 2
    while cursor < index + 8, let token = view[cursor] {
      if let date = introducedDate(at: cursor) {
        facts.date = date.iso
        return Found(facts: facts, first: withDeterminer(index), end: date.end)
      }
      if token.text == "(", let acronym = view[cursor + 1], acronym.isWord,
        acronym.text.count >= 3, acronym.text == acronym.text.uppercased(),
        view[cursor + 2]?.text == ")"
      {
        facts.normalized = acronym.text
        return Found(facts: facts, first: withDeterminer(index), end: cursor + 3)
      }
      guard token.isWord else { return nil }
      cursor += 1
    }
    return nil
  }

  static let convention = Lexer.pattern("convention collective")

  /// "la mission Laforcade", "la mission dite Laforcade", "le Ségur de la santé".
  /// The facts are built only once the reference is found (built first, they were destroyed
  /// at every other start word).
  func named(at index: Int) -> Found? {
    if view.has(.mission, at: index) {
      var cursor = index + 1
      if view.has(.dite, at: cursor) { cursor += 1 }
      guard let name = view[cursor], name.isWord, name.startsUppercase else {
        return nil
      }
      return Found(
        facts: MentionFacts(
          type: .reference, text: "", kind: "mission", normalized: "mission \(name.text)"),
        first: withDeterminer(index), end: cursor + 1)
    }
    guard view.has(.segur, at: index), view.matches(Self.segur, at: index) else { return nil }
    return Found(
      facts: MentionFacts(
        type: .reference, text: "", kind: "policy", normalized: "Ségur de la santé"),
      first: withDeterminer(index), end: index + 4)
  }

  static let segur = Lexer.pattern("Ségur de la santé")
}
