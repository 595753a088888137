/// The payer given by a pronoun, and the recipients named after a trigger.
extension FundingScanner {
  /// A payer given by a subject pronoun (resolved here when its antecedent is earlier in the
  /// sentence, else left to `RecordExtractor` and the previous sentence), and a recipient
  /// introduced by "pour les", "en faveur de", "aux"… when none was read yet.
  func readImplicitParties(into relation: inout FundingRelation, at index: Int) {
    readPayerAnaphor(into: &relation, at: index)
    readBeneficiary(into: &relation, at: index)
  }

  /// The payer given by a subject pronoun (`readImplicitParties`' first half).
  func readPayerAnaphor(into relation: inout FundingRelation, at index: Int) {
    if relation.payer == nil, relation.mechanism != .backgroundShare,
      let pronoun = payerAnaphor(before: index)
    {
      relation.payerAnaphor = pronoun
      if let payer = FundingAnaphora.resolve(pronoun, among: fundersNamed(before: index)) {
        relation.payer = payer
        relation.payerInferred = "same-sentence"
      }
    }
  }

  /// The recipient introduced after the trigger (`readImplicitParties`' second half).
  func readBeneficiary(into relation: inout FundingRelation, at index: Int) {
    if relation.recipient == nil, relation.mechanism != .backgroundShare {
      relation.recipient = beneficiary(
        after: index, mechanism: relation.mechanism, payer: relation.payer)
    }
  }

  /// Words a subject pronoun may be separated from its verb by: clitics, auxiliaries, adverbs.
  static let verbCompanions: WordTable<Bool> = [
    "la", "le", "les", "l", "'", "leur", "lui", "en", "y", "ne", "n", "se", "s", "a", "ont",
    "avait", "avaient", "aura", "auront", "va", "vont", "doit", "doivent", "devra", "devront",
    "pourra", "pourront", "peut", "peuvent", "pourrait", "pourraient", "sera", "seront", "est",
    "sont", "ete", "ensuite", "aussi", "egalement", "deja", "ores", "et", "d", "directement",
    "notamment", "desormais", "pas", "plus", "donc", "ainsi", "bien", "entierement",
    "partiellement", "majoritairement",
  ]

  /// Verbs after which "il" is impersonal ("il est prévu de financer", "il revient à").
  static let impersonalVerbs: WordTable<Bool> = [
    "est", "faut", "convient", "revient", "incombe", "appartient", "y", "s", "importe", "reste",
    "semble", "apparait", "serait", "sera", "etait",
  ]

  /// "Celui-ci la finance", "Cette dernière versera", "ils avanceront": the subject pronoun
  /// before a verb trigger, as written.
  func payerAnaphor(before index: Int) -> String? {
    var cursor = index
    var skipped = 0
    while skipped < 7, cursor >= 1, cursor - 1 < view.count,
      Self.verbCompanions.contains(view.tokens[cursor - 1])
    {
      cursor -= 1
      skipped += 1
    }
    guard let match = view.pattern(endingBefore: cursor, in: FundingAnaphora.pronouns) else {
      return nil
    }
    if view.has(.il, .elle, at: match.start), match.start + 1 < view.count,
      Self.impersonalVerbs.contains(view.tokens[match.start + 1])
    {
      return nil
    }
    if view.has(.il, at: match.start), view.has(.s, at: match.start + 1) { return nil }
    return view.joinedPhrase(match.start, cursor)
  }

  /// Funders named in this sentence before `index`, in text order.
  func fundersNamed(before index: Int) -> [String] {
    let offset = view.tokens[index].range.lowerBound
    return FundingAnaphora.funders(
      of: mentions.lazy.filter { $0.textRange.upperBound <= offset && $0.facts.type == .actor }
        .map(\.facts))
  }

  /// Cues that introduce who receives the money ("pour les salariés", "en faveur des
  /// associations", "au profit des communes", "destinée aux familles", "aux départements").
  static let recipientCues = PatternSet<Bool>([
    ("pour les", true), ("pour ces", true), ("pour leurs", true), ("en faveur des", false),
    ("en faveur de", false), ("en faveur du", false), ("au profit des", false),
    ("au profit de", false), ("au profit du", false), ("destinée aux", false),
    ("destinées aux", false), ("destiné aux", false), ("destinés aux", false),
    ("destinée à", false), ("destiné à", false), ("à destination des", false),
    ("à destination de", false), ("à destination du", false), ("aux", false),
  ])

  /// Words that end a recipient noun phrase.
  static let recipientStops: WordTable<Bool> = [
    "qui", "que", "dont", "afin", "pour", "par", "dans", "avec", "sans", "sur", "et", "ou",
    "a", "au", "aux", "des", "en", "depuis", "jusqu", "lors", "selon", "sous", "si", "ensuite",
    "le", "la", "les", "un", "une", "ce", "cette", "ces", "leur", "leurs", "son", "sa", "ses",
    "aupres", "faute", "avant", "apres", "entre", "contre", "vers", "via", "pendant", "malgre",
    "grace", "comme", "tant", "ainsi", "lorsque", "quand", "puis", "mais", "car", "donc",
  ]

  /// The recipient after the trigger, in its clause: a funder of the closed list (normalised)
  /// or a noun phrase as written ("salariés des associations"), never the payer itself.
  func beneficiary(after index: Int, mechanism: FundingMechanism, payer: String?) -> String? {
    var cursor = index + 1
    while cursor <= index + 16, cursor < view.count,
      !Lex.clauseBreaks.containsSymbol(view.tokens[cursor]),
      !view.tokens[cursor].is(.comma)
    {
      if view.tokens[cursor].is(.afin) { return nil }
      if let cue = view.pattern(startingAt: cursor, in: Self.recipientCues),
        cue.value == false || view.isWord(cue.end),
        !(view.has(.aux, at: cursor) && (mechanism == .coFunding || afterInfinitive(cursor))),
        let phrase = recipientPhrase(at: cue.end), phrase != payer
      {
        return phrase
      }
      cursor += 1
    }
    return nil
  }

  /// "organismes de formation en travail social", "familles en difficulté": "en" inside a noun
  /// phrase, before a lower-case noun (not "en 2024", "en versant", "en leur…").
  func isLinkingEn(_ index: Int) -> Bool {
    guard view.has(.en, at: index), index + 1 < view.count, view.tokens[index + 1].isWord,
      view.tokens[index + 1].startsLowercase
    else { return false }
    let next = view.tokens[index + 1]
    return !Self.recipientStops.contains(next) && !next.folded.hasSuffix("ant")
      && !next.is(.faveur)
  }

  /// Whether the token at `index` is "de", "des", "du", "d" or "'" (folded).
  @inline(__always)
  func isLink(_ index: Int) -> Bool {
    view.has(.de, .des, at: index) || view.has(.du, .d, at: index)
      || view.has(.apostrophe, at: index)
  }

  /// "répondre aux difficultés", "faire face aux besoins": "aux" after an infinitive or "face"
  /// introduces that verb's complement, not who receives the money.
  func afterInfinitive(_ index: Int) -> Bool {
    guard let word = view.folded(index - 1) else { return false }
    return word == "face" || ["er", "ir", "re"].contains { word.hasSuffix($0) }
  }

  /// The noun phrase at `start`: a known funder, else up to six words, "de"/"des"/"du" kept
  /// inside, stopped by a preposition, a relative pronoun, an adverb, a present participle
  /// ("associations œuvrant") or a number.
  func recipientPhrase(at start: Int) -> String? {
    var cursor = start
    while view.has(.l, .apostrophe, at: cursor) || view.has(.la, .le, at: cursor)
      || view.has(.les, at: cursor)
    {
      cursor += 1
    }
    if let funder = view.pattern(startingAt: cursor, in: Lex.funders) { return funder.value }
    let first = cursor
    var end = cursor
    while let token = view[cursor], cursor < first + 7, token.isWord || token.text == "'" {
      let word = token.folded
      let linking = isLink(cursor) || isLinkingEn(cursor)
      let participle = word.hasSuffix("ant") && !linking && !isLink(cursor - 1)
      if !linking, cursor > first,
        Self.recipientStops.contains(token) || word.hasSuffix("ment") || participle
      {
        break
      }
      if cursor == first, Self.recipientStops.contains(token) || linking { return nil }
      cursor += 1
      if !linking { end = cursor }
    }
    guard end > first, view[first]?.startsLowercase == true || end - first == 1
    else { return nil }
    return view.joinedPhrase(first, end)
  }
}
