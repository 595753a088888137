/// Code articles: "l'article L. 314-6 du code de l'action sociale et des familles", "au sens du
/// L 312-1 du CASF", "les articles L. 314-3 à L. 314-7 du même code".
extension ReferenceScanner {
  func codeArticles(at index: Int, context: inout DiscourseContext) -> [Found]? {
    let hasWord = view.has(.article, .articles, at: index)
    // Without "article", an article starts with "L", "R", "D" or "A" (`articleID`).
    guard hasWord || Self.isCodeLetter(view.tokens[index]) else { return nil }
    var ids: [(id: String, first: Int, end: Int)] = []
    var cursor = hasWord ? index + 1 : index
    var bare: Bool { hasWord && (ids.first.map { !Self.startsWithLetter($0.id) } ?? true) }
    while let id = articleID(at: cursor, bare: bare) {
      ids.append((id.id, cursor, id.end))
      guard view.has(.a, .et, at: id.end) || view.has(.comma, at: id.end) else { break }
      cursor = id.end + 1
    }
    guard let last = ids.last else { return nil }
    var end = last.end
    let after = ids.count == 1 ? subdivision(after: end) : nil
    if let after { end = after.end }
    var code: String?
    var inherited = false
    if view.has(.du, at: end), let named = view.pattern(startingAt: end + 1, in: Lex.codes) {
      code = named.value
      end = named.end
      context.lastCode = code
    } else if let same = view.pattern(startingAt: end, in: Lex.sameCode) {
      code = context.lastCode
      inherited = code != nil
      end = same.end
    } else if Self.startsWithLetter(ids[0].id), let previous = context.lastCode {
      code = previous
      inherited = true
    }
    let before = subdivision(endingBefore: withDeterminer(index))
    // Each mention appended, then completed in place: a `var` of facts moved into a `Found`
    // was copied whole, then destroyed.
    var found: [Found] = []
    found.reserveCapacity(ids.count)
    for (offset, item) in ids.enumerated() {
      var first = offset == 0 ? withDeterminer(index) : item.first
      if offset == 0, let before { first = before.start }
      found.append(
        Found(
          facts: MentionFacts(type: .reference, text: ""), first: first,
          end: offset == ids.count - 1 ? end : item.end))
      let last = found.count - 1
      let kind = code == nil && !Self.startsWithLetter(item.id) ? "article" : "code-article"
      found[last].facts.kind = kind
      found[last].facts.normalized =
        kind == "code-article" && code == nil
        ? item.id : code.map { "\($0) \(item.id)" } ?? "article \(item.id)"
      found[last].facts.inherited = inherited ? true : nil
      found[last].facts.legitext = code.flatMap { Lex.legitext[$0] }
      if offset == 0, let before {
        found[last].facts.subdivision = before.text
      } else if offset == 0, let after {
        found[last].facts.subdivision = after.text
      }
    }
    return found
  }

  /// "L. 314-6", "L312-1", "R 314-1"; after "article", also "12" or "1er".
  func articleID(at index: Int, bare: Bool) -> (id: String, end: Int)? {
    guard index >= 0, index < view.count else { return nil }
    let tokens = view.tokens
    var cursor = index
    var letter = false
    if Self.isCodeLetter(tokens[index]) {
      letter = true
      cursor += 1
      if view.has(.dot, at: cursor), view.isGlued(cursor) { cursor += 1 }
    } else if !bare {
      return nil
    }
    guard cursor < tokens.count, tokens[cursor].isNumber, !letter || tokens[cursor].gap != .wide
    else { return nil }
    let number = cursor
    cursor += 1
    var hyphens = 0
    while view.has(.hyphen, at: cursor), view.isGlued(cursor), cursor + 1 < tokens.count,
      tokens[cursor + 1].isNumber, tokens[cursor + 1].gap == .none
    {
      cursor += 2
      hyphens += 1
    }
    if letter, hyphens == 0, !bare { return nil }
    // The id is built only once the article is read: "L314-6", "12".
    var id = letter ? tokens[index].text + tokens[number].text : tokens[number].text
    for part in 0..<hyphens { id += "-" + tokens[number + 2 + 2 * part].text }
    if view.has(.er, at: cursor), view.isGlued(cursor) { cursor += 1 }
    return (id, cursor)
  }

  /// "L", "R", "D" or "A" as written: the letter of a code article ("L. 314-6").
  @inline(__always)
  static func isCodeLetter(_ token: TextToken) -> Bool {
    guard token.isWord, token.range.count == 1 else { return false }
    return token.text == "L" || token.text == "R" || token.text == "D" || token.text == "A"
  }

  /// Whether an article id starts with its code letter (`id.first?.isLetter == true`): an id
  /// is a code letter or digits, then digits and hyphens.
  @inline(__always)
  static func startsWithLetter(_ id: String) -> Bool {
    guard let first = id.utf8.first else { return false }
    return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")
  }
}
