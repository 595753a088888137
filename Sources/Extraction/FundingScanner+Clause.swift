/// Object, linked mentions, modality and polarity of a funding trigger.
extension FundingScanner {
  /// The noun phrase after a verb trigger ("financera la prime Ségur pour…" → "prime Ségur").
  func object(after index: Int) -> String? {
    var cursor = index + 1
    while let token = view[cursor], Lex.determiners.contains(token.folded) { cursor += 1 }
    let start = cursor
    while let token = view[cursor], cursor < start + 8, token.isWord || token.text == "'",
      !Lex.objectStops.contains(token.folded),
      !(token.folded == "en" && view.folded(cursor + 1) == "faveur")
    {
      cursor += 1
    }
    while cursor > start, let last = view[cursor - 1], Lex.determiners.contains(last.folded) {
      cursor -= 1
    }
    guard cursor > start, view.pattern(startingAt: start, in: Lex.funders) == nil else {
      return nil
    }
    return view.phrase(start, cursor)
  }

  /// The mention of `type` nearest the trigger, preferring one after it.
  func nearest(_ type: MentionType, to index: Int) -> Mention? {
    let offset = view.tokens[index].range.lowerBound
    let candidates = mentions.filter { $0.type == type }
    return candidates.first { $0.textRange.lowerBound > offset } ?? candidates.last
  }

  func modality(at index: Int, mechanism: FundingMechanism) -> FundingModality {
    if requested { return .requested }
    if mechanism == .obligation { return .obligation }
    let word = view.tokens[index].folded
    if word.hasSuffix("rait") || word.hasSuffix("raient") { return .possible }
    if word.hasSuffix("era") || word.hasSuffix("eront") { return .planned }
    for offset in 1...4 {
      switch view.folded(index - offset) ?? "" {
      case "pourrait", "pourraient", "peut", "peuvent", "pourra", "pourront": return .possible
      case "sera", "seront", "va", "vont", "doit", "doivent", "devra", "devront", "prevoit",
        "prevoyant", "prevoient":
        return .planned
      case "a", "ont", "avait", "avaient", "ete": return .realised
      default: continue
      }
    }
    let verbs = view.tokens[max(0, index - 4)..<index].map(\.folded)
    if verbs.contains(where: { $0.hasSuffix("era") || $0.hasSuffix("eront") }) { return .planned }
    let clause = view.tokens[index...].prefix(12).map(\.folded)
    if clause.contains("prevue") || clause.contains("prevu") { return .planned }
    return .realised
  }

  /// "faute de compensation", "sans financement", "ne peuvent pas assumer".
  func isNegated(at index: Int) -> Bool {
    if view.folded(index - 1) == "sans" { return true }
    if (2...4).contains(where: { view.matches(["faute", "de"], at: index - $0) }) { return true }
    let before = view.tokens[max(0, index - 5)..<index].map(\.folded)
    return (before.contains("ne") || before.contains("n"))
      && (before.contains("pas") || before.contains("plus") || before.contains("jamais"))
  }
}
