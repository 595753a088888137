/// Resolves a subject pronoun that stands for the payer ("Celui-ci la finance", "Cette
/// dernière versera…", "ils") to a funder named earlier, only when exactly one funder of the
/// right number and gender is in view and no other funder is ("ce dernier" takes the last one
/// of its number and gender); otherwise nil: "Les départements et l'État … Ils" is not guessed.
enum FundingAnaphora {
  enum Agreement: Sendable { case masculineSingular, feminineSingular, singular, plural }

  /// Subject pronouns (folded, joined without hyphens) and what they agree with.
  static let pronouns = PatternSet<(Agreement, Bool)>([
    ("celui-ci", (.masculineSingular, false)), ("celle-ci", (.feminineSingular, false)),
    ("ceux-ci", (.plural, false)), ("celles-ci", (.plural, false)),
    ("ce dernier", (.masculineSingular, true)), ("cette dernière", (.feminineSingular, true)),
    ("ces derniers", (.plural, true)), ("ces dernières", (.plural, true)),
    ("il", (.masculineSingular, false)), ("elle", (.feminineSingular, false)),
    ("ils", (.plural, false)), ("elles", (.plural, false)),
  ])

  /// Number and gender of each normalised funder; nil agrees with any pronoun.
  static let agreement: [String: Agreement] = [
    "État": .masculineSingular, "branche autonomie": .feminineSingular,
    "assurance maladie": .feminineSingular, "départements": .plural, "régions": .plural,
    "associations": .plural, "communes": .plural, "collectivités": .plural,
  ]

  /// The funder names of actor mentions, in text order ("Gouvernement" is the State).
  static let funderOfActorKind: [String: String] = [
    "state": "État", "department": "départements", "region": "régions",
    "autonomy-branch": "branche autonomie", "health-insurance": "assurance maladie",
    "ars": "ARS",
  ]

  /// `funderOfActorKind[kind]`, by comparing the (small) strings: no hashing.
  @inline(__always)
  static func funder(ofKind kind: String) -> String? {
    switch kind {
    case "state": return "État"
    case "department": return "départements"
    case "region": return "régions"
    case "autonomy-branch": return "branche autonomie"
    case "health-insurance": return "assurance maladie"
    case "ars": return "ARS"
    default: return nil
    }
  }

  /// The funders named by `mentions`, in text order; a person or a ministry is kept as a
  /// blocker ("~name"): it never agrees with a pronoun but makes "il"/"elle" ambiguous ("La
  /// ministre a rencontré la CNSA. Elle financera…" gives no payer).
  static func funders(in mentions: [MentionFacts]) -> [String] {
    funders(of: mentions)
  }

  /// `funders(in:)` of the facts of `mentions`, copying none that is not an actor.
  static func funders<S: Sequence<MentionFacts>>(of mentions: S) -> [String] {
    mentions.compactMap { funder(of: $0) }
  }

  /// The funder an actor mention names, nil for any other mention; `facts` is borrowed (read
  /// in place in an array of mentions, not copied).
  static func funder(of facts: borrowing MentionFacts) -> String? {
    guard facts.type == .actor, let kind = facts.kind else { return nil }
    if kind == "association" || kind == "municipality" { return facts.normalized }
    if kind == "person" || kind == "ministry" { return "~" + (facts.normalized ?? facts.text) }
    return funderOfActorKind[kind]
  }

  /// `funder(of:)` of the facts of the mention at `mention`, read field by field in place.
  static func funder(of mention: UnsafePointer<Mention>) -> String? {
    guard mention.pointee.facts.type == .actor, let kind = mention.pointee.facts.kind else {
      return nil
    }
    if kind == "association" || kind == "municipality" { return mention.pointee.facts.normalized }
    if kind == "person" || kind == "ministry" {
      return "~" + (mention.pointee.facts.normalized ?? mention.pointee.facts.text)
    }
    return funder(ofKind: kind)
  }

  static func agrees(_ name: String, with pronoun: Agreement) -> Bool {
    if name.hasPrefix("~") { return false }
    guard let own = agreement[name] else { return true }
    switch pronoun {
    case .plural: return own == .plural
    case .singular: return own != .plural
    case .masculineSingular, .feminineSingular: return own == pronoun
    }
  }

  /// The antecedent of `pronoun` (as written) among `candidates` (funder names in text order).
  static func resolve(_ pronoun: String, among candidates: [String]) -> String? {
    let view = TokenView(tokens: Lexer.tokens(in: pronoun))
    guard let match = view.pattern(startingAt: 0, in: pronouns) else { return nil }
    let (agreement, latter) = match.value
    let fitting = candidates.filter { agrees($0, with: agreement) }
    if latter { return fitting.last }
    guard Set(candidates).count == 1 else { return nil }
    return fitting.first
  }
}
