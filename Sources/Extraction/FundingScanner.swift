import Corpus

/// Finds funding relations in one sentence with a cascade over tokens: a trigger word, then its
/// payer (the `par` phrase of a passive, the `de` phrase of a noun, or the subject before it),
/// its object, the amount and date mentions of the sentence, its modality and its polarity.
/// A payer the sentence does not name stays nil; a trigger that restates the previous one
/// ("un soutien financier de l'État pour contribuer") gives no second relation.
struct FundingScanner {
  typealias Lex = FundingLexicon
  let view: TokenView
  let sentence: Sentence
  /// The sentence's mentions: a slice of the document's array, not a copy of them.
  let mentions: ArraySlice<Mention>
  /// True for a question's sentences: what they ask for is a request, never a commitment.
  let requested: Bool

  /// The scanner of `mentions` given as an array.
  init(view: TokenView, sentence: Sentence, mentions: [Mention], requested: Bool) {
    self.init(view: view, sentence: sentence, mentions: mentions[...], requested: requested)
  }

  init(view: TokenView, sentence: Sentence, mentions: ArraySlice<Mention>, requested: Bool) {
    self.view = view
    self.sentence = sentence
    self.mentions = mentions
    self.requested = requested
  }

  func scan() -> [FundingRelation] {
    var relations: [FundingRelation] = []
    var qualifiers: (FundingTemporariness, String)?? = nil
    var conditions: [String] = []
    var lastTrigger: Int?
    // The cue is tested here, in the loop: `trigger(at:)` was a call at every token.
    for index in 0..<view.count where view.tokens[index].cues.contains(.fundingTrigger) {
      guard let mechanism = trigger(at: index) else { continue }
      // The sentence is set only on a relation that is kept (most are dropped below): a copy
      // of it is a retain of its text and file, and its destruction a release of each.
      var relation = FundingRelation(
        mechanism: mechanism, trigger: view.tokens[index].text, sentence: Self.unsetSentence)
      readParties(into: &relation, at: index)
      if relation.mechanism == .payment,
        relation.object.map(ScanCompensation.startsObject) == true
      {
        relation.mechanism = .compensation
      }
      if relation.recipient == nil, view.has(.leur, at: index - 1),
        let last = relations.indices.last, let earlier = relations[last].payer,
        earlier != relation.payer
      {
        relation.recipient = earlier
        relation.recipientFromAnaphora = true
      }
      readPayerAnaphor(into: &relation, at: index)
      // The amount's facts are copied only into a relation that is kept.
      let amount = nearestPosition(.amount, to: index)
      guard
        relation.payer != nil || relation.payerAnaphor != nil
          || (amount != nil && mechanism != .backgroundShare)
      else { continue }
      // The last relation's fields are read in place (`relations.last` copied it whole).
      if let lastIndex = lastTrigger, index - lastIndex <= 8, let last = relations.indices.last,
        relations[last].payer == relation.payer, relations[last].mechanism == relation.mechanism
      {
        continue
      }
      relation.amount = amount.map { mentions[$0].facts }
      // What follows neither keeps nor drops the relation: read only for one that is kept.
      readBeneficiary(into: &relation, at: index)
      relation.time = nearest(.date, to: index)
      relation.modality = modality(at: index, mechanism: relation.mechanism)
      relation.polarity = isNegated(at: index) ? .negative : .positive
      if qualifiers == nil {
        qualifiers = .some(FundingQualifiers.temporariness(in: view))
        conditions = FundingQualifiers.conditions(in: view)
      }
      relation.conditions = conditions
      if let (kind, cue) = qualifiers ?? nil {
        relation.temporariness = kind
        relation.temporaryCue = cue
      }
      relation.sentence = sentence
      relations.append(relation)
      lastTrigger = index
    }
    return relations
  }

  /// The sentence of a relation until it is kept (literals only: nothing to retain).
  static var unsetSentence: Sentence {
    Sentence(text: "", span: SourceSpan(file: "", line: 0, byteRange: 0..<0))
  }

  /// The words `trigger` accepts besides `FundingLexicon.triggers`.
  static let otherTriggers = ["charge", "revient", "incombe", "effort", "soutien"]

  func trigger(at index: Int) -> FundingMechanism? {
    guard index >= 0, index < view.count, view.tokens[index].cues.contains(.fundingTrigger)
    else { return nil }
    let token = view.tokens[index]
    if let mechanism = Lex.triggers.value(of: token) {
      if Lex.ambiguousNouns.contains(token), !isParticiple(index), index >= 1,
        Lex.nounDeterminers.contains(view.tokens[index - 1])
      {
        return nil
      }
      if mechanism == .advance, !view.tokens[index...].prefix(4).contains(where: { $0.is(.fonds) })
      {
        return nil
      }
      return mechanism
    }
    if token.is(.charge) {
      guard view.lowercasedText(index) == "charge",
        view.has(.en, at: index - 1)
          || (view.has(.a, at: index - 2) && view.has(.la, at: index - 1)
            && (view.has(.de, .des, at: index + 1) || view.has(.du, .d, at: index + 1)))
      else { return nil }
      return .costBearing
    }
    if token.is(.revient) { return view.has(.il, at: index - 1) ? .obligation : nil }
    if token.is(.incombe) { return .obligation }
    if token.is(.effort) { return view.has(.financier, at: index + 1) ? .costBearing : nil }
    if token.is(.soutien) { return view.has(.financier, at: index + 1) ? .coFunding : nil }
    return nil
  }

  func readParties(into relation: inout FundingRelation, at index: Int) {
    let token = view.tokens[index]
    if let payer = funder(afterBy: index) {
      relation.payer = payer
      if index >= 1, Lex.shareAdverbs.contains(view.tokens[index - 1]),
        let recipient = view[index - 2], recipient.isWord
      {
        relation.mechanism = .backgroundShare
        relation.recipient = recipient.text
      }
      return
    }
    if token.is(.financement) || token.is(.financements),
      let relevant = (2...3).first(where: { view.has(.relevant, at: index - $0) })
    {
      relation.mechanism = .backgroundShare
      relation.payer = funder(after: index, within: 3)
      if let noun = view[index - relevant - 1], noun.isWord { relation.recipient = noun.text }
      return
    }
    if relation.mechanism == .backgroundShare {
      guard token.is(.financeur) else { return }
      relation.payer = funder(before: index)
      relation.recipient = shareRecipient(after: index)
      return
    }
    if isParticiple(index), !hasAuxiliary(before: index) { return }
    let nominal = Lex.nominalPayers.contains(token)
    if nominal, let funder = funder(after: index, within: 5) {
      relation.payer = funder
      return
    }
    if nominal, !token.is(.charge) {
      guard view.has(.un, .une, at: index - 1) else { return }
    }
    relation.payer = funder(before: index)
    relation.object = nominal ? nil : object(after: index)
    relation.recipient = recipient(after: index)
  }

  /// "financeur majoritaire des ESSMS" → "ESSMS".
  func shareRecipient(after index: Int) -> String? {
    var cursor = index + 1
    while let word = view.folded(cursor), Lex.shareAdjectives.contains(word) { cursor += 1 }
    guard ["des", "du", "de"].contains(view.folded(cursor) ?? "") else { return nil }
    cursor += 1
    while let word = view.folded(cursor), ["la", "l", "'"].contains(word) { cursor += 1 }
    guard let noun = view[cursor], noun.isWord else { return nil }
    return noun.text
  }

  /// "financé", "versées", "pris": a past participle as written (with its accent).
  func isParticiple(_ index: Int) -> Bool {
    // Every suffix holds "é": an all-ASCII word is no participle; and the lower case of a
    // participle ends with "é", "e" or "s", whose text ends with one of `participleEnds`.
    // Both tests read the stored text's words (`ScanText`): no `String` is made.
    guard Self.mayEndParticiple(view.tokens[index].lastTextByte),
      !view.tokens[index].textIsASCII
    else { return false }
    // Most words are decided on their last bytes; `lowercased()` (~3 000 instructions) is
    // left to the rest (a decomposed accent, "é" after another non-ASCII byte).
    var text = view.tokens[index].text
    if let known = text.withUTF8(Self.participleEnding) { return known }
    let lower = text.lowercased()
    return ["é", "ée", "és", "ées"].contains { lower.hasSuffix($0) }
  }

  /// `isParticiple` read on a word's UTF-8 bytes, past an optional last "s" and an optional
  /// "e" before it (either case): true at a precomposed "é" or "É" after an ASCII byte (or
  /// at the start), false at an ASCII byte, nil (undecided) otherwise. An ASCII byte is a
  /// character of its own here, and lower-cases to an ASCII byte.
  static func participleEnding(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    var end = bytes.count
    if end > 0, bytes[end - 1] | 0x20 == UInt8(ascii: "s") { end -= 1 }
    if end > 0, bytes[end - 1] | 0x20 == UInt8(ascii: "e") { end -= 1 }
    guard end > 0 else { return false }
    let last = bytes[end - 1]
    if last < 0x80 { return false }
    guard end >= 2, bytes[end - 2] == 0xC3, last == 0xA9 || last == 0x89 else { return nil }
    return end == 2 || bytes[end - 3] < 0x80 ? true : nil
  }

  /// Whether `byte` may end a word whose lower case ends with "é", "ée", "és" or "ées": "e",
  /// "E", "s", "S", the last byte of "é" or "É", or of an acute accent (U+0301, U+0341).
  @inline(__always)
  static func mayEndParticiple(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x65, 0x45, 0x73, 0x53, 0xA9, 0x89, 0x81: return true
    default: return false
    }
  }

  /// `isParticiple` as first written (the general path the tests compare it with).
  func isParticipleByLowercase(_ index: Int) -> Bool {
    guard view.tokens[index].text.utf8.contains(where: { $0 >= 0x80 }) else { return false }
    let text = view.tokens[index].text.lowercased()
    return ["é", "ée", "és", "ées"].contains { text.hasSuffix($0) }
  }

  /// "a d'ores et déjà financé": an auxiliary "avoir" shortly before.
  func hasAuxiliary(before index: Int) -> Bool {
    // A word whose lower case is one of the (ASCII) forms folds to it.
    view.tokens[max(0, index - 6)..<index].contains {
      Self.auxiliaries.contains($0) && Self.auxiliaries.contains($0.text.lowercased())
    }
  }

  static let auxiliaries: WordTable<Bool> = [
    "a", "ont", "avait", "avaient", "aura", "auront", "avons", "ai",
  ]

  /// The funder named in a "par X" phrase just after a participle.
  func funder(afterBy index: Int) -> String? {
    for offset in 1...3 where view.has(.par, at: index + offset) {
      return funder(after: index + offset, within: 3) ?? genericFunder(after: index + offset)
    }
    return nil
  }

  /// "par les financeurs de la branche": a generic payer, kept as written.
  func genericFunder(after index: Int) -> String? {
    var cursor = index + 1
    while let word = view.folded(cursor), ["les", "des", "la", "le", "l", "'"].contains(word) {
      cursor += 1
    }
    guard ["financeurs", "financeur"].contains(view.folded(cursor) ?? "") else { return nil }
    let start = cursor
    cursor += 1
    while let token = view[cursor], cursor < start + 5, token.isWord || token.text == "'",
      !["qui", "que", "et", "pour", "a", "aux", "dans"].contains(token.folded)
    {
      cursor += 1
    }
    return view.joinedPhrase(start, cursor)
  }

  func funder(after index: Int, within distance: Int) -> String? {
    // The lexicon's globals are read once, not at each token (a `swift_once` each).
    let (funders, breaks) = (Lex.funders, Lex.clauseBreaks)
    var cursor = index + 1
    while cursor <= index + distance, cursor >= 0, cursor < view.count {
      if let match = view.pattern(startingAt: cursor, in: funders) { return match.value }
      if breaks.containsSymbol(view.tokens[cursor]) { return nil }
      cursor += 1
    }
    return nil
  }

  /// The nearest funder before the trigger in its clause: the subject of an active verb.
  func funder(before index: Int) -> String? {
    let (funders, breaks) = (Lex.funders, Lex.clauseBreaks)
    var cursor = index - 1
    while cursor >= 0, cursor >= index - 30, !breaks.containsSymbol(view.tokens[cursor]) {
      if let match = view.pattern(startingAt: cursor, in: funders), match.end <= index {
        return match.value
      }
      if view.has(.que, .qu, at: cursor) || view.has(.qui, .dont, at: cursor),
        !view.has(.tant, at: cursor - 1)
      {
        return nil
      }
      cursor -= 1
    }
    return nil
  }

  func recipient(after index: Int) -> String? {
    let breaks = Lex.clauseBreaks
    var cursor = index + 1
    while cursor <= index + 8, cursor >= 0, cursor < view.count,
      !breaks.containsSymbol(view.tokens[cursor])
    {
      if view.tokens[cursor].is(.aux) || view.tokens[cursor].is(.a),
        let match = view.pattern(startingAt: cursor + 1, in: Lex.funders)
      {
        return match.value
      }
      cursor += 1
    }
    return nil
  }

}
