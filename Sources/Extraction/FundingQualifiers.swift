/// Whether a funding statement is presented as lasting or temporary.
public enum FundingTemporariness: String, Sendable, Hashable, Codable {
  case permanent, temporary, unspecified
}

/// Who states a funding relation: the question's author (asking), the government (its answer),
/// or an announcement (a press release).
public enum FundingSpeaker: String, Sendable, Hashable, Codable {
  case questionAuthor = "question-author"
  case government
  case announcement
}

/// Reads the conditions ("sous réserve de …", "en fonction de …") and the temporariness
/// ("temporaire", "dans un premier temps", "à titre transitoire", "pérenne") of a sentence.
enum FundingQualifiers {
  static let temporaryCues = PatternSet<FundingTemporariness>([
    ("temporaire", .temporary), ("temporaires", .temporary), ("temporairement", .temporary),
    ("dans un premier temps", .temporary), ("à titre transitoire", .temporary),
    ("à titre provisoire", .temporary), ("à titre exceptionnel", .temporary),
    ("provisoirement", .temporary), ("provisoire", .temporary), ("transitoire", .temporary),
    ("réexamen", .temporary), ("ponctuel", .temporary), ("ponctuelle", .temporary),
    ("pérenne", .permanent), ("pérennes", .permanent), ("pérennisé", .permanent),
    ("pérennisée", .permanent), ("pérenniser", .permanent), ("durablement", .permanent),
    ("définitivement", .permanent), ("de manière pérenne", .permanent),
  ])

  static let conditionCues = PatternSet<Bool>([
    ("sous réserve de", true), ("sous réserve d'", true), ("sous réserve que", true),
    ("à condition que", true), ("à condition de", true), ("à condition d'", true),
    ("en fonction de", true), ("en fonction d'", true), ("en fonction du", true),
    ("en fonction des", true), ("dans la limite de", true), ("dans la limite des", true),
    ("dans la limite du", true), ("sous condition de", true), ("si", true), ("s'il", true),
    ("s'ils", true), ("pour autant que", true),
  ])

  static let conditionStops: PunctuationSet = ",;.:?!()"

  /// The first temporariness cue of the sentence, and the cue as written.
  static func temporariness(in view: TokenView) -> (FundingTemporariness, String)? {
    for index in 0..<view.count {
      if let match = view.pattern(startingAt: index, in: temporaryCues) {
        return (match.value, view.joinedPhrase(index, match.end))
      }
    }
    return nil
  }

  /// Every condition of the sentence, from its cue to the end of its clause (at most 14
  /// tokens): "en fonction de l'évolution des discussions budgétaires".
  static func conditions(in view: TokenView) -> [String] {
    var found: [String] = []
    var index = 0
    while index < view.count {
      guard let match = view.pattern(startingAt: index, in: conditionCues),
        view[match.end]?.isWord == true || view[match.end]?.text == "'"
      else {
        index += 1
        continue
      }
      var end = match.end
      while let token = view[end], end < match.end + 14, !conditionStops.containsSymbol(token) {
        end += 1
      }
      found.append(view.joinedPhrase(index, end))
      index = end
    }
    return found
  }
}

extension FundingQualifiers {
  /// Subjects that refer back to the previous sentence's funding ("Ce mécanisme d'avance").
  static let anaphoricSubjects = PatternSet<Bool>([
    ("ce mécanisme", true), ("ce dispositif", true), ("cette mesure", true),
    ("cette avance", true), ("ce financement", true), ("cette compensation", true),
    ("cette aide", true), ("ce soutien", true), ("cette enveloppe", true),
  ])

  /// The temporariness and conditions a follow-up sentence adds to the previous sentence's
  /// relations, when it opens with an anaphoric subject and states any.
  static func followUp(_ text: String) -> (
    temporariness: (FundingTemporariness, String)?, conditions: [String]
  )? {
    followUp(TokenView(tokens: Lexer.tokens(in: text)))
  }

  /// `followUp` of a sentence already lexed.
  static func followUp(_ view: TokenView) -> (
    temporariness: (FundingTemporariness, String)?, conditions: [String]
  )? {
    guard view.pattern(startingAt: 0, in: anaphoricSubjects) != nil else { return nil }
    let temporariness = temporariness(in: view)
    let conditions = conditions(in: view)
    guard temporariness != nil || !conditions.isEmpty else { return nil }
    return (temporariness, conditions)
  }
}
