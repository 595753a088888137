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
    var last: Int?
    for position in mentions.indices where mentions[position].type == type {
      if mentions[position].textRange.lowerBound > offset { return mentions[position] }
      last = position
    }
    return last.map { mentions[$0] }
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
    for verb in max(0, index - 4)..<index {
      let word = view.tokens[verb].folded
      if word.hasSuffix("era") || word.hasSuffix("eront") { return .planned }
    }
    for cursor in index..<min(view.count, index + 12) {
      let word = view.tokens[cursor].folded
      if word == "prevue" || word == "prevu" { return .planned }
    }
    return .realised
  }

  /// "faute de compensation", "sans financement", "ne peuvent pas assumer".
  func isNegated(at index: Int) -> Bool {
    if view.folded(index - 1) == "sans" { return true }
    if (2...4).contains(where: { view.matches(["faute", "de"], at: index - $0) }) { return true }
    var negation = false
    var adverb = false
    for cursor in max(0, index - 5)..<index {
      let word = view.tokens[cursor].folded
      if word == "ne" || word == "n" { negation = true }
      if word == "pas" || word == "plus" || word == "jamais" { adverb = true }
    }
    return negation && adverb
  }
}
