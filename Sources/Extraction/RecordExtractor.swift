import Corpus
import FrenchText

/// Turns a document into a `DocumentRecord` by running every extractor over its sentences.
///
/// Relative dates are resolved against the section's own date: the question's JO date for the
/// question, the answer's JO date for the answer, the document's `date` otherwise.
public struct RecordExtractor: Sendable {
  public init() {}

  public func record(for document: Document) -> DocumentRecord {
    let (mentions, funding) = extract(document)
    return DocumentRecord(document: document, mentions: mentions, funding: funding)
  }

  /// `record(for:)` of a document the caller gives up: it is moved into the record, not copied
  /// (a retain of each of its strings and arrays, and a release of each when the caller's
  /// copy goes).
  public func record(moving document: consuming Document) -> DocumentRecord {
    let (mentions, funding) = extract(document)
    return DocumentRecord(document: document, mentions: mentions, funding: funding)
  }

  /// The mentions and funding relations of `document`'s sentences.
  func extract(_ document: Document) -> ([Mention], [FundingRelation]) {
    // No token of an earlier document is alive: the thread's long forms may be dropped.
    TokenTextStore.current.forgetIfLarger()
    let extractor = MentionExtractor()
    var context = DiscourseContext()
    var mentions: [Mention] = []
    mentions.reserveCapacity(Self.firstCapacity(for: document))
    var funding: [FundingRelation] = []
    // One buffer for the document: a new array at each sentence naming an actor.
    var previousFunders: [String] = []
    // The sentences' tokens, lexed into the thread's array (its buffer reused: no allocation
    // and no copy per sentence), with the tables taken once.
    var tokens = LexerScratch.takeTokens()
    let tables = Lexer.Tables()
    for section in document.sections {
      let reference = referenceDate(for: section.kind, in: document)
      let speaker = speaker(for: section.kind, in: document)
      var previous = funding.endIndex..<funding.endIndex
      if !previousFunders.isEmpty { previousFunders.removeAll(keepingCapacity: true) }
      // Each sentence is borrowed from the section's buffer: a `for … in` copied it (a retain
      // and a release of its text and file).
      section.sentences.withUnsafeBufferPointer { sentences in
        for position in sentences.indices {
          let start = mentions.count
          var (found, view) = extractor.extractLexed(
            sentences.baseAddress! + position, documentDate: reference, context: &context,
            inQuestion: section.kind == .question, into: &mentions, tokens: &tokens,
            tables: tables)
          resolveAnaphora(&found, previousFunders: previousFunders)
          Self.funders(in: mentions, from: start, into: &previousFunders)
          if found.isEmpty {
            if !previous.isEmpty { qualify(&funding[previous], from: view) }
            previous = funding.endIndex..<funding.endIndex
            continue
          }
          previous = funding.endIndex..<(funding.endIndex + found.count)
          for index in found.indices { found[index].statedBy = speaker }
          Self.appendMoving(&found, to: &funding)
        }
      }
    }
    LexerScratch.give(tokens: tokens)
    return (mentions, funding)
  }

  /// The funders named by `mentions[start...]`, in text order, in `funders` (emptied first,
  /// its capacity kept). The actors' facts are read in place, through a pointer: passed as a
  /// borrowed `MentionFacts`, each actor's facts were copied (and destroyed).
  static func funders(in mentions: [Mention], from start: Int, into funders: inout [String]) {
    // Most sentences name no funder: an empty array is not emptied again (a call each time).
    if !funders.isEmpty { funders.removeAll(keepingCapacity: true) }
    mentions.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      for index in start..<buffer.count where buffer[index].facts.type == .actor {
        if let funder = FundingAnaphora.funder(of: base + index) { funders.append(funder) }
      }
    }
  }

  /// Appends `items` to `target` in order, moving them: reversed in place by moves, then popped
  /// from the end (`+=` copied each relation, a retain of each of its strings, and destroyed
  /// the original with `items`). `items` is left empty.
  static func appendMoving<Item>(_ items: inout [Item], to target: inout [Item]) {
    guard !target.isEmpty else {
      swap(&items, &target)
      return
    }
    items.withUnsafeMutableBufferPointer { reverseMoving($0) }
    while let item = items.popLast() { target.append(item) }
  }

  /// Room for the mentions of `document` first: two per sentence, at least 32 (the least
  /// `MentionExtractor` reserves) and at most 256 (a larger block is mapped, not reused);
  /// growing by doubling from 32 moved the mentions of a long document once or more.
  static func firstCapacity(for document: Document) -> Int {
    var sentences = 0
    for section in document.sections { sentences += section.sentences.count }
    return Swift.min(Swift.max(2 * sentences, 32), 256)
  }

  /// "Celui-ci la finance": a payer pronoun with no antecedent in its own sentence takes the
  /// previous sentence's only funder of its number and gender, flagged `previous-sentence`.
  func resolveAnaphora(_ relations: inout [FundingRelation], previousFunders: [String]) {
    for index in relations.indices {
      guard relations[index].payer == nil, let pronoun = relations[index].payerAnaphor,
        let payer = FundingAnaphora.resolve(pronoun, among: previousFunders)
      else { continue }
      relations[index].payer = payer
      relations[index].payerInferred = "previous-sentence"
    }
  }

  /// Who states what a section says: the question's author, the government, a press release.
  func speaker(for kind: SectionKind, in document: Document) -> FundingSpeaker? {
    switch kind {
    case .question: return .questionAuthor
    case .answer: return .government
    case .title, .body: return document.kind == .announcement ? .announcement : nil
    }
  }

  /// "Ce mécanisme d'avance, présenté comme temporaire…": the next sentence's cues apply to
  /// the previous sentence's relations, flagged as such.
  func qualify(_ relations: inout ArraySlice<FundingRelation>, from view: TokenView) {
    guard let cues = FundingQualifiers.followUp(view) else { return }
    for index in relations.indices {
      if let (kind, cue) = cues.temporariness, relations[index].temporariness == .unspecified {
        relations[index].temporariness = kind
        relations[index].temporaryCue = cue
      }
      relations[index].conditions += cues.conditions
      relations[index].qualifiedByNextSentence = true
    }
  }

  func referenceDate(for kind: SectionKind, in document: Document) -> CalendarDate? {
    switch kind {
    case .question: return document.questionDate ?? document.date
    case .answer: return document.answerDate ?? document.date
    case .title, .body: return document.date
    }
  }
}
