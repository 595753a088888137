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
  let mentions: [Mention]
  /// True for a question's sentences: what they ask for is a request, never a commitment.
  let requested: Bool

  func scan() -> [FundingRelation] {
    var relations: [FundingRelation] = []
    var qualifiers: (FundingTemporariness, String)?? = nil
    var conditions: [String] = []
    var lastTrigger: Int?
    for index in 0..<view.count {
      guard let mechanism = trigger(at: index) else { continue }
      if qualifiers == nil {
        qualifiers = .some(FundingQualifiers.temporariness(in: view))
        conditions = FundingQualifiers.conditions(in: view)
      }
      let temporariness = qualifiers ?? nil
      var relation = FundingRelation(
        mechanism: mechanism, trigger: view.tokens[index].text, sentence: sentence)
      readParties(into: &relation, at: index)
      if relation.mechanism == .payment,
        relation.object?.lowercased().hasPrefix("compensation") == true
      {
        relation.mechanism = .compensation
      }
      if relation.recipient == nil, view.folded(index - 1) == "leur",
        let earlier = relations.last?.payer, earlier != relation.payer
      {
        relation.recipient = earlier
        relation.recipientFromAnaphora = true
      }
      readImplicitParties(into: &relation, at: index)
      relation.amount = nearest(.amount, to: index)?.facts
      relation.time = nearest(.date, to: index)?.facts
      relation.modality = modality(at: index, mechanism: relation.mechanism)
      relation.polarity = isNegated(at: index) ? .negative : .positive
      relation.conditions = conditions
      if let (kind, cue) = temporariness {
        relation.temporariness = kind
        relation.temporaryCue = cue
      }
      guard
        relation.payer != nil || relation.payerAnaphor != nil
          || (relation.amount != nil && mechanism != .backgroundShare)
      else { continue }
      if let last = relations.last, let lastIndex = lastTrigger, index - lastIndex <= 8,
        last.payer == relation.payer, last.mechanism == relation.mechanism
      {
        continue
      }
      relations.append(relation)
      lastTrigger = index
    }
    return relations
  }

  /// The words `trigger` accepts besides `FundingLexicon.triggers`.
  static let otherTriggers = ["charge", "revient", "incombe", "effort", "soutien"]

  func trigger(at index: Int) -> FundingMechanism? {
    guard index >= 0, index < view.count, view.tokens[index].cues.contains(.fundingTrigger),
      let token = view[index]
    else { return nil }
    let word = token.folded
    if let mechanism = Lex.triggers.value(of: token) {
      if Lex.ambiguousNouns.contains(word), !isParticiple(index),
        Lex.nounDeterminers.contains(view.folded(index - 1) ?? "")
      {
        return nil
      }
      if mechanism == .advance,
        !view.tokens[index...].prefix(4).contains(where: {
          $0.folded == "fonds"
        })
      {
        return nil
      }
      return mechanism
    }
    // The five words below have six or seven letters: a cheap test before comparing strings.
    guard (6...7).contains(word.utf8.count) else { return nil }
    switch word {
    case "charge"
    where view.tokens[index].text.lowercased() == "charge"
      && (view.folded(index - 1) == "en"
        || (view.matches(["a", "la"], at: index - 2)
          && ["de", "des", "du", "d"].contains(view.folded(index + 1) ?? ""))):
      return .costBearing
    case "revient" where view.folded(index - 1) == "il": return .obligation
    case "incombe": return .obligation
    case "effort" where view.folded(index + 1) == "financier": return .costBearing
    case "soutien" where view.folded(index + 1) == "financier": return .coFunding
    default: return nil
    }
  }

  func readParties(into relation: inout FundingRelation, at index: Int) {
    let word = view.tokens[index].folded
    if let payer = funder(afterBy: index) {
      relation.payer = payer
      if let adverb = view.folded(index - 1), Lex.shareAdverbs.contains(adverb),
        let recipient = view[index - 2], recipient.isWord
      {
        relation.mechanism = .backgroundShare
        relation.recipient = recipient.text
      }
      return
    }
    if ["financement", "financements"].contains(word),
      let relevant = (2...3).first(where: { view.folded(index - $0) == "relevant" })
    {
      relation.mechanism = .backgroundShare
      relation.payer = funder(after: index, within: 3)
      if let noun = view[index - relevant - 1], noun.isWord { relation.recipient = noun.text }
      return
    }
    if relation.mechanism == .backgroundShare {
      guard word == "financeur" else { return }
      relation.payer = funder(before: index)
      relation.recipient = shareRecipient(after: index)
      return
    }
    if isParticiple(index), !hasAuxiliary(before: index) { return }
    if let funder = funder(after: index, within: 5), Lex.nominalPayers.contains(word) {
      relation.payer = funder
      return
    }
    if Lex.nominalPayers.contains(word), word != "charge" {
      guard ["un", "une"].contains(view.folded(index - 1) ?? "") else { return }
    }
    relation.payer = funder(before: index)
    relation.object = Lex.nominalPayers.contains(word) ? nil : object(after: index)
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
    // Every suffix holds "é": an all-ASCII word is no participle.
    guard view.tokens[index].text.utf8.contains(where: { $0 >= 0x80 }) else { return false }
    let text = view.tokens[index].text.lowercased()
    return ["é", "ée", "és", "ées"].contains { text.hasSuffix($0) }
  }

  /// "a d'ores et déjà financé": an auxiliary "avoir" shortly before.
  func hasAuxiliary(before index: Int) -> Bool {
    // A word whose lower case is one of the (ASCII) forms folds to it.
    view.tokens[max(0, index - 6)..<index].contains {
      Self.auxiliaries.contains($0.folded) && Self.auxiliaries.contains($0.text.lowercased())
    }
  }

  static let auxiliaries: WordTable<Bool> = [
    "a", "ont", "avait", "avaient", "aura", "auront", "avons", "ai",
  ]

  /// The funder named in a "par X" phrase just after a participle.
  func funder(afterBy index: Int) -> String? {
    for offset in 1...3 where view.folded(index + offset) == "par" {
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
    return view.phrase(start, cursor)
  }

  func funder(after index: Int, within distance: Int) -> String? {
    var cursor = index + 1
    while cursor <= index + distance, let token = view[cursor] {
      if let match = view.pattern(startingAt: cursor, in: Lex.funders) { return match.value }
      if Lex.clauseBreaks.contains(token) { return nil }
      cursor += 1
    }
    return nil
  }

  /// The nearest funder before the trigger in its clause: the subject of an active verb.
  func funder(before index: Int) -> String? {
    var cursor = index - 1
    while cursor >= 0, cursor >= index - 30, !Lex.clauseBreaks.contains(view.tokens[cursor]) {
      if let match = view.pattern(startingAt: cursor, in: Lex.funders), match.end <= index {
        return match.value
      }
      let word = view.tokens[cursor].folded
      if ["que", "qu", "qui", "dont"].contains(word), view.folded(cursor - 1) != "tant" {
        return nil
      }
      cursor -= 1
    }
    return nil
  }

  func recipient(after index: Int) -> String? {
    var cursor = index + 1
    while cursor <= index + 8, let token = view[cursor], !Lex.clauseBreaks.contains(token) {
      if ["aux", "a"].contains(token.folded),
        let match = view.pattern(startingAt: cursor + 1, in: Lex.funders)
      {
        return match.value
      }
      cursor += 1
    }
    return nil
  }

}
