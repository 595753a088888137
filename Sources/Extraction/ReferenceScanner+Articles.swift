/// Code articles: "l'article L. 314-6 du code de l'action sociale et des familles", "au sens du
/// L 312-1 du CASF", "les articles L. 314-3 à L. 314-7 du même code".
extension ReferenceScanner {
  func codeArticles(at index: Int, context: inout DiscourseContext) -> [Found]? {
    let hasWord = ["article", "articles"].contains(view.folded(index) ?? "")
    var ids: [(id: String, first: Int, end: Int)] = []
    var cursor = hasWord ? index + 1 : index
    var bare: Bool { hasWord && (ids.first.map { $0.id.first?.isLetter != true } ?? true) }
    while let id = articleID(at: cursor, bare: bare) {
      ids.append((id.id, cursor, id.end))
      guard ["a", "et", ","].contains(view.folded(id.end) ?? "") else { break }
      cursor = id.end + 1
    }
    guard let last = ids.last else { return nil }
    var end = last.end
    let after = ids.count == 1 ? subdivision(after: end) : nil
    if let after { end = after.end }
    var code: String?
    var inherited = false
    if view.folded(end) == "du", let named = view.pattern(startingAt: end + 1, in: Lex.codes) {
      code = named.value
      end = named.end
      context.lastCode = code
    } else if let same = view.pattern(startingAt: end, in: Lex.sameCode) {
      code = context.lastCode
      inherited = code != nil
      end = same.end
    } else if ids[0].id.first?.isLetter == true, let previous = context.lastCode {
      code = previous
      inherited = true
    }
    let before = subdivision(endingBefore: withDeterminer(index))
    return ids.enumerated().map { offset, item in
      var facts = MentionFacts(type: .reference, text: "")
      facts.kind = code == nil && item.id.first?.isLetter != true ? "article" : "code-article"
      facts.normalized = code.map { "\($0) \(item.id)" } ?? "article \(item.id)"
      if facts.kind == "code-article", code == nil { facts.normalized = item.id }
      facts.inherited = inherited ? true : nil
      facts.legitext = code.flatMap { Lex.legitext[$0] }
      var first = offset == 0 ? withDeterminer(index) : item.first
      if offset == 0, let before {
        facts.subdivision = before.text
        first = before.start
      } else if offset == 0, let after {
        facts.subdivision = after.text
      }
      return Found(facts: facts, first: first, end: offset == ids.count - 1 ? end : item.end)
    }
  }

  /// "L. 314-6", "L312-1", "R 314-1"; after "article", also "12" or "1er".
  func articleID(at index: Int, bare: Bool) -> (id: String, end: Int)? {
    guard let token = view[index] else { return nil }
    var cursor = index
    var id = ""
    if token.isWord, ["L", "R", "D", "A"].contains(token.text) {
      id = token.text
      cursor += 1
      if view[cursor]?.text == ".", view[cursor]?.gap == Optional(.none) { cursor += 1 }
    } else if !bare {
      return nil
    }
    guard let number = view[cursor], number.isNumber, id.isEmpty || number.gap != .wide else {
      return nil
    }
    id += number.text
    cursor += 1
    var hyphens = 0
    while view[cursor]?.text == "-", view[cursor]?.gap == Optional(.none),
      let part = view[cursor + 1], part.isNumber, part.gap == .none
    {
      id += "-" + part.text
      cursor += 2
      hyphens += 1
    }
    if id.first?.isLetter == true, hyphens == 0, !bare { return nil }
    if view.folded(cursor) == "er", view[cursor]?.gap == Optional(.none) { cursor += 1 }
    return (id, cursor)
  }
}
