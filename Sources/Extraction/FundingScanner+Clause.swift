/// Object, linked mentions, modality and polarity of a funding trigger.
extension FundingScanner {
  /// The noun phrase after a verb trigger ("financera la prime Ségur pour…" → "prime Ségur").
  func object(after index: Int) -> String? {
    var cursor = index + 1
    let tokens = view.tokens
    while cursor < tokens.count, Lex.determiners.contains(tokens[cursor]) { cursor += 1 }
    let start = cursor
    while cursor < tokens.count, cursor < start + 8,
      tokens[cursor].isWord || tokens[cursor].is(.apostrophe) && tokens[cursor].text == "'",
      !Lex.objectStops.contains(tokens[cursor]),
      !(tokens[cursor].is(.en) && view.has(.faveur, at: cursor + 1))
    {
      cursor += 1
    }
    while cursor > start, Lex.determiners.contains(tokens[cursor - 1]) {
      cursor -= 1
    }
    guard cursor > start, view.pattern(startingAt: start, in: Lex.funders) == nil else {
      return nil
    }
    return view.joinedPhrase(start, cursor)
  }

  /// The facts of the mention of `type` nearest the trigger, preferring one after it: only
  /// its facts are copied, not the whole mention.
  func nearest(_ type: MentionType, to index: Int) -> MentionFacts? {
    guard let position = nearestPosition(type, to: index) else { return nil }
    return mentions[position].facts
  }

  /// Where `nearest(_:to:)`'s mention lies in `mentions`.
  func nearestPosition(_ type: MentionType, to index: Int) -> Int? {
    let offset = view.tokens[index].range.lowerBound
    var last: Int?
    for position in mentions.indices where mentions[position].facts.type == type {
      if mentions[position].textRange.lowerBound > offset { return position }
      last = position
    }
    return last
  }

  func modality(at index: Int, mechanism: FundingMechanism) -> FundingModality {
    if requested { return .requested }
    if mechanism == .obligation { return .obligation }
    let token = view.tokens[index]
    if Self.foldedEnds(token, with: "rait") || Self.foldedEnds(token, with: "raient") {
      return .possible
    }
    if Self.foldedEnds(token, with: "era") || Self.foldedEnds(token, with: "eront") {
      return .planned
    }
    for offset in 1...4 where index - offset >= 0 && index - offset < view.count {
      if let modality = Self.modalityWords.value(of: view.tokens[index - offset]) {
        return modality
      }
    }
    for verb in max(0, index - 4)..<index {
      let token = view.tokens[verb]
      if Self.foldedEnds(token, with: "era") || Self.foldedEnds(token, with: "eront") {
        return .planned
      }
    }
    for cursor in index..<min(view.count, index + 12) {
      if view.tokens[cursor].is(.prevue) || view.tokens[cursor].is(.prevu) { return .planned }
    }
    return .realised
  }

  /// The auxiliaries and verbs before a trigger that set its modality.
  static let modalityWords: WordTable<FundingModality> = [
    "pourrait": .possible, "pourraient": .possible, "peut": .possible, "peuvent": .possible,
    "pourra": .possible, "pourront": .possible, "sera": .planned, "seront": .planned,
    "va": .planned, "vont": .planned, "doit": .planned, "doivent": .planned, "devra": .planned,
    "devront": .planned, "prevoit": .planned, "prevoyant": .planned, "prevoient": .planned,
    "a": .realised, "ont": .realised, "avait": .realised, "avaient": .realised,
    "ete": .realised,
  ]

  /// `word.hasSuffix(suffix)` (an ASCII suffix), its bytes compared first: a word whose
  /// bytes do not end with the suffix's does not end with its characters.
  @inline(__always)
  static func endsWith(_ word: String, _ suffix: String) -> Bool {
    let bytes = word.utf8
    let tail = suffix.utf8
    guard bytes.count >= tail.count else { return false }
    // Byte by byte through the views' indices (`suffix(_:).elementsEqual` was generic).
    var position = bytes.index(bytes.endIndex, offsetBy: -tail.count)
    for byte in tail {
      guard bytes[position] == byte else { return false }
      bytes.formIndex(after: &position)
    }
    return word.hasSuffix(suffix)
  }

  /// `endsWith(token.folded, suffix)`, the stored small form's last bytes compared first:
  /// no `String` is read for a word that does not end with the suffix's bytes.
  @inline(__always)
  static func foldedEnds(_ token: TextToken, with suffix: String) -> Bool {
    let stored = token.storedFolded
    guard stored.high != 0 else { return endsWith(token.folded, suffix) }
    let count = Int(stored.high >> 56) & 0x0F
    let tail = suffix.utf8
    guard count >= tail.count else { return false }
    var position = count - tail.count
    for byte in tail {
      let word = position < 8 ? stored.low : stored.high
      guard UInt8(truncatingIfNeeded: word >> UInt64(8 * (position & 7))) == byte else {
        return false
      }
      position += 1
    }
    return token.folded.hasSuffix(suffix)
  }

  /// "faute de compensation", "sans financement", "ne peuvent pas assumer".
  func isNegated(at index: Int) -> Bool {
    if view.has(.sans, at: index - 1) { return true }
    if (2...4).contains(where: {
      view.has(.faute, at: index - $0) && view.has(.de, at: index - $0 + 1)
    }) {
      return true
    }
    var negation = false
    var adverb = false
    for cursor in max(0, index - 5)..<index {
      let token = view.tokens[cursor]
      if token.is(.ne) || token.is(.n) { negation = true }
      if token.is(.pas) || token.is(.plus) || token.is(.jamais) { adverb = true }
    }
    return negation && adverb
  }
}
