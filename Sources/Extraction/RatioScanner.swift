import Foundation

/// Finds ratios, which are neither counts nor percents: "un salarié sur cinq", "deux salariés
/// sur trois", "2 sur 3", "la moitié des salariés", "les deux tiers des ESSMS", "un tiers".
/// The exact fraction is kept (`numerator`, `denominator`); `value` is rounded to 4 decimals.
enum RatioScanner {
  static let fractions: WordTable<Int> = [
    "moitie": 2, "tiers": 3, "quart": 4, "quarts": 4, "cinquieme": 5, "cinquiemes": 5,
    "dixieme": 10, "dixiemes": 10,
  ]

  /// "sur 5 ans" is a duration, not a denominator.
  static let durations: WordTable<Bool> = [
    "an", "ans", "annee", "annees", "mois", "jours", "semaines", "heures", "minutes",
  ]

  static func scan(_ view: TokenView, claimed: [Bool]) -> [Found] {
    // The last "sur" and the last fraction word: no ratio starts after the one it needs.
    var lastSur = -1
    var lastFraction = -1
    // By index: `enumerated()` copied every token (two strings retained and released).
    let tokens = view.tokens
    for index in tokens.indices where tokens[index].cues.contains(.ratio) {
      if tokens[index].is(.sur) { lastSur = index } else { lastFraction = index }
    }
    guard lastSur >= 0 || lastFraction >= 0 else { return [] }
    var found: [Found] = []
    var index = 0
    while index < view.count {
      if !claimed[index], mayStart(view.tokens[index]),
        let ratio = (index < lastSur ? ratio(at: index, in: view) : nil)
          ?? (index < lastFraction ? fraction(at: index, in: view) : nil),
        !claimed[ratio.first..<ratio.end].contains(true)
      {
        // A kept array (`ScanScratch.prepare`): no allocation at each sentence.
        ScanScratch.prepare(&found)
        found.append(ratio)
        index = ratio.end
      } else {
        index += 1
      }
    }
    return found
  }

  /// Whether a ratio may start at `token`: a number, a number word, or "la" ("la moitié").
  @inline(__always)
  static func mayStart(_ token: TextToken) -> Bool {
    token.isNumber || token.isNumberWord || token.is(.la)
  }

  /// Whether `token` is "sur" or a fraction word: a sentence without one has no ratio.
  static func isCue(_ token: TextToken) -> Bool { token.cues.contains(.ratio) }

  /// "n [noun] sur d".
  static func ratio(at index: Int, in view: TokenView) -> Found? {
    let tokens = view.tokens
    guard
      (min(view.count, index + 1)..<min(view.count, index + 16)).contains(where: {
        tokens[$0].is(.sur)
      }),
      let numerator = NumberScanner.number(at: index, in: view)
    else { return nil }
    var cursor = numerator.end
    var noun: String?
    if !view.has(.sur, at: cursor), view.isWord(cursor),
      !QuantityLexicon.notNouns.contains(view.tokens[cursor])
    {
      noun = view.tokens[cursor].text
      cursor += 1
    }
    guard view.has(.sur, at: cursor),
      let denominator = NumberScanner.number(at: cursor + 1, in: view),
      denominator.value > 1, numerator.value < denominator.value,
      denominator.end >= view.count || !durations.contains(view.tokens[denominator.end])
    else { return nil }
    var facts = facts(numerator.value, denominator.value)
    facts.noun = noun
    return Found(facts: facts, first: index, end: denominator.end)
  }

  /// "la moitié des salariés", "les deux tiers des ESSMS", "un tiers", "trois quarts".
  static func fraction(at index: Int, in view: TokenView) -> Found? {
    var numerator = Decimal(1)
    var cursor = index
    if let number = NumberScanner.number(at: index, in: view), number.end > index {
      numerator = number.value
      cursor = number.end
    } else if !view.has(.la, at: index) || view.folded(index + 1) != "moitie" {
      return nil
    } else {
      cursor = index + 1
    }
    guard cursor >= 0, cursor < view.count,
      let denominator = fractions.value(of: view.tokens[cursor]),
      numerator < Decimal(denominator)
    else { return nil }
    var facts = facts(numerator, Decimal(denominator))
    var end = cursor + 1
    if view.has(.des, .de, at: end) || view.has(.du, at: end), let noun = view[end + 1],
      noun.isWord, !QuantityLexicon.notNouns.contains(noun)
    {
      facts.noun = noun.text
      end += 2
    }
    return Found(facts: facts, first: index, end: end)
  }

  static func facts(_ numerator: Decimal, _ denominator: Decimal) -> MentionFacts {
    var exact = numerator / denominator
    var rounded = Decimal()
    NSDecimalRound(&rounded, &exact, 4, .plain)
    var facts = MentionFacts(type: .ratio, text: "", value: .number(rounded))
    facts.numerator = numerator
    facts.denominator = denominator
    return facts
  }
}
