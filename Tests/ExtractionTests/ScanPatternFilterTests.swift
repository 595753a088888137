import Testing

@testable import Extraction

/// The tenth session's filters of `PatternSet` (one-word candidates, pairs and triples of
/// first and last words, read before the tables) never hide a pattern: every keyed look-up of
/// every lexicon's set finds what a scan of the same word's candidate list finds, on the test
/// lines and on lines made of each pattern itself (where every look-up must hit).
@Suite struct ScanPatternFilterTests {
  /// Every set's look-ups agree with its lists, and the filters' tests with the look-ups.
  static func check<T>(_ set: PatternSet<T>, lines: [String]) -> Int {
    var hits = 0
    for line in lines {
      let view = TokenView(tokens: Lexer.tokens(in: line))
      FastPathKeyTests.compare(set, in: view)
      for index in 0..<view.count {
        let starts = view.pattern(startingAt: index, in: set) != nil
        #expect(set.startsAt(index, in: view.tokens) == starts, "\(line) @\(index)")
        if starts {
          hits += 1
          #expect(set.mayStart(at: index, in: view.tokens), "\(line) @\(index)")
        }
        if view.pattern(endingBefore: index + 1, in: set) != nil {
          #expect(set.mayEnd(before: index + 1, in: view.tokens), "\(line) @\(index)")
        }
      }
    }
    return hits
  }

  /// The test lines, and each pattern of `set` alone and between two words.
  static func lines<T>(_ set: PatternSet<T>) -> [String] {
    let own = set.byFirst.values.flatMap { $0.map { $0.0.joined(separator: " ") } }
    return FastPathKeyTests.allLines + own + own.map { "voici \($0) pour tous" }
  }

  @Test func quantitySetsFindWhatTheirListsFind() {
    #expect(
      Self.check(QuantityLexicon.qualifiers, lines: Self.lines(QuantityLexicon.qualifiers)) > 0)
    #expect(
      Self.check(QuantityLexicon.currencies, lines: Self.lines(QuantityLexicon.currencies)) > 0)
    #expect(
      Self.check(QuantityLexicon.identifierCues, lines: Self.lines(QuantityLexicon.identifierCues))
        > 0)
  }

  @Test func dateSetsFindWhatTheirListsFind() {
    #expect(Self.check(DateLexicon.relations, lines: Self.lines(DateLexicon.relations)) > 0)
    #expect(Self.check(DateLexicon.mods, lines: Self.lines(DateLexicon.mods)) > 0)
    #expect(Self.check(DateLexicon.yearNouns, lines: Self.lines(DateLexicon.yearNouns)) > 0)
    #expect(Self.check(DateLexicon.relativeYears, lines: Self.lines(DateLexicon.relativeYears)) > 0)
    #expect(
      Self.check(DateLexicon.relativeMonths, lines: Self.lines(DateLexicon.relativeMonths)) > 0)
  }

  @Test func actorAndReferenceSetsFindWhatTheirListsFind() {
    #expect(Self.check(ActorLexicon.bodies, lines: Self.lines(ActorLexicon.bodies)) > 0)
    #expect(Self.check(ActorLexicon.roles, lines: Self.lines(ActorLexicon.roles)) > 0)
    #expect(Self.check(ReferenceLexicon.codes, lines: Self.lines(ReferenceLexicon.codes)) > 0)
    #expect(Self.check(ReferenceLexicon.sameCode, lines: Self.lines(ReferenceLexicon.sameCode)) > 0)
    #expect(
      Self.check(ReferenceLexicon.instruments, lines: Self.lines(ReferenceLexicon.instruments)) > 0)
    #expect(
      Self.check(ReferenceLexicon.financeLaws, lines: Self.lines(ReferenceLexicon.financeLaws)) > 0)
    #expect(
      Self.check(ReferenceLexicon.agreements, lines: Self.lines(ReferenceLexicon.agreements)) > 0)
    #expect(
      Self.check(
        ReferenceLexicon.dateIntroducers, lines: Self.lines(ReferenceLexicon.dateIntroducers))
        > 0)
  }

  @Test func fundingSetsFindWhatTheirListsFind() {
    #expect(Self.check(FundingLexicon.funders, lines: Self.lines(FundingLexicon.funders)) > 0)
    #expect(Self.check(FundingAnaphora.pronouns, lines: Self.lines(FundingAnaphora.pronouns)) > 0)
    #expect(
      Self.check(
        FundingQualifiers.temporaryCues, lines: Self.lines(FundingQualifiers.temporaryCues))
        > 0)
    #expect(
      Self.check(
        FundingQualifiers.conditionCues, lines: Self.lines(FundingQualifiers.conditionCues))
        > 0)
    #expect(
      Self.check(
        FundingQualifiers.anaphoricSubjects, lines: Self.lines(FundingQualifiers.anaphoricSubjects))
        > 0)
    #expect(
      Self.check(FundingScanner.recipientCues, lines: Self.lines(FundingScanner.recipientCues)) > 0)
  }

  /// A pattern starts (ends) only where its words' filters let the look-up run: a line of
  /// other words after "d'" ("d'action") starts no body, a lone "de" ends no qualifier.
  @Test func theFiltersRejectWhatNoPatternHas() {
    let view = TokenView(tokens: Lexer.tokens(in: "d'action de la commune"))
    #expect(!ActorLexicon.bodies.mayStart(at: 0, in: view.tokens))
    #expect(view.pattern(startingAt: 0, in: ActorLexicon.bodies) == nil)
    let state = TokenView(tokens: Lexer.tokens(in: "l'État paie"))
    #expect(ActorLexicon.bodies.mayStart(at: 0, in: state.tokens))
    #expect(view.pattern(endingBefore: 4, in: QuantityLexicon.qualifiers) == nil)
  }
}
