import Foundation

/// The kind of a mention, as `cli.md` names it.
public enum MentionType: String, Sendable, Hashable, Codable {
  case amount, count, percent, ratio, number, date, reference
  /// Who acts: the State, départements, régions, the branche autonomie, a ministry, a person.
  case actor
  /// Percentage points ("3 points de pourcentage"), never a plain percent.
  case points
}

/// Whether an amount is stated before (`gross`, "brut") or after (`net`) deductions.
public enum Basis: String, Sendable, Hashable, Codable {
  case net, gross
}

/// An open bound on a quantity ("plus de" is `min`, "jusqu'à" is `max`), also the ends of a range.
public enum Bound: String, Sendable, Hashable, Codable {
  case min, max
}

/// How a date anchors what the sentence says ("dès" is `from`, "depuis" is `since`…).
public enum DateRelation: String, Sendable, Hashable, Codable {
  case from, since, until, before, after
}

/// A fuzzy part of a date ("début 2025" is `start`).
public enum DateMod: String, Sendable, Hashable, Codable {
  case start, mid, end, approx
}

/// The value of a mention: an exact number (amounts, counts, percents) or a text (an ISO date at
/// its own precision, "2024-07", "2025-Q1", "XXXX-06-04" when the year is unknown).
public enum MentionValue: Sendable, Hashable, Codable {
  case number(Decimal)
  case text(String)

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let text = try? container.decode(String.self) {
      self = .text(text)
    } else {
      self = .number(try container.decode(Decimal.self))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .number(let value): try container.encode(value)
    case .text(let text): try container.encode(text)
    }
  }

  /// The number, when the value is one.
  public var decimal: Decimal? {
    if case .number(let value) = self { return value }
    return nil
  }

  /// The text, when the value is one.
  public var string: String? {
    if case .text(let text) = self { return text }
    return nil
  }
}

/// What a mention says, independent of where it was found: the keys of the `cli.md` mention
/// object. A fact the text does not state stays `nil` and is never filled in from elsewhere.
public struct MentionFacts: Sendable, Hashable, Codable {
  public var type: MentionType
  /// The mention exactly as written in the sentence.
  public var text: String
  public var value: MentionValue?
  /// `EUR` when the text names the currency.
  public var currency: String?
  /// ISO 8601 duration of a rate: `P1M`, `P1Y`.
  public var period: String?
  public var basis: Basis?
  /// Set on amounts, counts and percents ("environ", "près de").
  public var approximate: Bool?
  public var bound: Bound?
  /// The noun a count counts, as written ("salariés").
  public var noun: String?
  /// True when the noun was taken from the preceding count ("dont 500 000 environ").
  public var nounInherited: Bool?
  /// The noun an amount is distributed over ("par salarié").
  public var unitPer: String?
  /// The noun an amount is the value of, as written ("revalorisation", "prime", "financement"),
  /// or the verb that stands for it ("financé … à hauteur de 300 M€").
  public var head: String?
  /// A named person's role ("ministre du travail") on an `actor` mention.
  public var role: String?
  /// The exact fraction of a ratio ("deux salariés sur trois": 2 and 3).
  public var numerator: Decimal?
  public var denominator: Decimal?
  public var relation: DateRelation?
  /// True for "avec effet rétroactif au …": the effect starts before the decision.
  public var retroactive: Bool?
  public var mod: DateMod?
  /// True when a relative date ("le 6 août dernier") was resolved against the reference date or
  /// the discourse; false when it could not be.
  public var resolved: Bool?
  /// A reference's kind: `code-article`, `article` (of the current text), `law`, `decree`,
  /// `agreement`, `event`…; on an amount or a percent, `increase` or `decrease` when it states
  /// a change ("augmentant de 4 milliards d'euros"), not a level.
  public var kind: String?
  public var normalized: String?
  /// A reference's own date, ISO 8601 at its precision.
  public var date: String?
  /// True when a reference's code was taken from an earlier one ("du même code").
  public var inherited: Bool?
  /// The part of a code article cited: "I", "1°", "a)", "alinéa 2", "paragraphe 3", or
  /// several from the outermost ("I 2°" for "le 2° du I de l'article").
  public var subdivision: String?
  /// Légifrance's identifier of the article's code (`LEGITEXT000006074069` for the CASF).
  public var legitext: String?
  /// How a date's missing year was chosen, when not from "dernier"/"prochain": `tense` (a
  /// future verb takes the next such day on or after the document date, a past verb the last
  /// one on or before it) or `discourse` (the last year written in the document).
  public var yearFrom: String?
  /// A day with no year that neither the tense nor the discourse settles, read against a
  /// document date: the last such day on or before it and the next one on or after it
  /// ("le 4 juin" on 11 March 2025: `2024-06-04`, `2025-06-04`).
  public var candidates: [String]?
}

extension MentionFacts {
  /// The facts of a mention of `type`, every other fact `nil`.
  ///
  /// Declared in an extension so that it delegates to the synthesized memberwise init, which
  /// builds the value in place: an init that assigns `self.type`, `self.text`… (over ~30
  /// fields) made the compiler copy the whole struct into the result and destroy the original
  /// (`outlined init with copy` / `outlined destroy`: ~800 instructions per mention).
  public init(type: MentionType, text: String, value: MentionValue? = nil) {
    self.init(type: type, text: text, value: value, currency: nil)
  }
}
