/// What a sentence's tokens may start, gathered in one pass over them: the union of their
/// `TokenCues`, whether one is a number, whether one is written with a leading "M" (a
/// civility). A mention pass that no token can start is skipped (`mayFind`). The lexer gathers
/// them as it makes the tokens (`Lexer.lex`); `init(_:text:)` is the general path.
struct SentenceCues: Sendable, Equatable {
  /// The union of the tokens' cues.
  var tokens: TokenCues = []
  /// A token is a run of digits.
  var hasNumber = false
  /// A token's text starts with "M" ("M.", "Mme", "Mlle": `ActorScanner.person`).
  var hasCapitalM = false

  /// No token yet.
  init() {}

  init(_ view: TokenView, text: String) {
    var text = text
    text.withUTF8 { bytes in
      for token in view.tokens {
        tokens.formUnion(token.cues)
        if token.kind == .number { hasNumber = true }
        let start = token.range.lowerBound
        if start < bytes.count, bytes[start] == UInt8(ascii: "M") { hasCapitalM = true }
      }
    }
  }

  /// Whether `pass` may find a mention: each scanner starts only at the tokens tested here
  /// (`ReferenceScanner.mayStart`, `DateScanner.isAnchor`, `QuantityScanner.scan`,
  /// `ActorScanner.mayStart`); the ratio scanner checks its own cue.
  func mayFind(_ pass: MentionExtractor.Pass) -> Bool {
    switch pass {
    case .references: return tokens.contains(.referenceStart)
    case .dates: return hasNumber || !tokens.isDisjoint(with: [.month, .dateAnchor])
    case .ratios: return true
    case .quantities: return hasNumber || tokens.contains(.numberWord)
    case .actors: return hasCapitalM || tokens.contains(.actorStart)
    }
  }
}
