import FrenchText

/// What a folded word may start or signal for the scanners (a date, a reference, an actor, a
/// funding trigger, a ratio, a request, a number word), looked up once per token when lexing, so
/// that each scanner tests a bit instead of hashing the word again.
struct TokenCues: OptionSet, Sendable, Hashable {
  let rawValue: UInt16

  /// A French number word (`Lexer.numberWords`).
  static let numberWord = TokenCues(rawValue: 1 << 0)
  /// One of `DateScanner.startWords`.
  static let dateStart = TokenCues(rawValue: 1 << 1)
  /// A month name or abbreviation (`FrenchMonth`).
  static let month = TokenCues(rawValue: 1 << 2)
  /// One of `ReferenceScanner.startWords`.
  static let referenceStart = TokenCues(rawValue: 1 << 3)
  /// The first word of a role, a body of the closed list, or "ministère(s)".
  static let actorStart = TokenCues(rawValue: 1 << 4)
  /// A word `FundingScanner.trigger` may accept.
  static let fundingTrigger = TokenCues(rawValue: 1 << 5)
  /// "sur" or a fraction word (`RatioScanner.fractions`).
  static let ratio = TokenCues(rawValue: 1 << 6)
  /// One of `MentionExtractor.requestCues`.
  static let request = TokenCues(rawValue: 1 << 7)
  /// A word every date form without a number, a month or a number word contains
  /// (`DateScanner.anchorWords`: "année", "mois", "trimestre", "été"…).
  static let dateAnchor = TokenCues(rawValue: 1 << 8)
  /// A date start word whose anchor may lie far ahead (`DateScanner.farStartWords`).
  static let farDateStart = TokenCues(rawValue: 1 << 9)

  /// The cues of a folded word.
  static func of(_ folded: String) -> TokenCues { table[folded] ?? [] }

  /// The cues of a folded word given as UTF-8 bytes (`byteTable`: no String hashing).
  @inline(__always)
  static func of(_ folded: UnsafeBufferPointer<UInt8>) -> TokenCues { byteTable.cues(of: folded) }

  /// `table`, keyed by bytes.
  static let byteTable = CueTable(table)

  /// Every cued word. Built from the scanners' lexicons, whose patterns are lexed without cues
  /// (`Lexer.pattern`), so that building it never needs it.
  static let table: [String: TokenCues] = {
    var table: [String: TokenCues] = [:]
    func add<S: Sequence<String>>(_ words: S, _ cue: TokenCues) {
      for word in words { table[word, default: []].insert(cue) }
    }
    add(Lexer.numberWords, .numberWord)
    add(DateScanner.startWords, .dateStart)
    add(FrenchMonth.names, .month)
    add(ReferenceScanner.startWords, .referenceStart)
    add(ActorLexicon.roles.byFirst.keys, .actorStart)
    add(ActorLexicon.bodies.byFirst.keys, .actorStart)
    add(["ministere", "ministeres"], .actorStart)
    add(FundingLexicon.triggers.keys, .fundingTrigger)
    add(FundingScanner.otherTriggers, .fundingTrigger)
    add(RatioScanner.fractions.keys, .ratio)
    add(["sur"], .ratio)
    add(MentionExtractor.requestCues.keys, .request)
    add(DateScanner.anchorWords, .dateAnchor)
    add(DateScanner.farStartWords, .farDateStart)
    return table
  }()
}
