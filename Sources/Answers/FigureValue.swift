import Extraction
import Foundation

/// One value of a measure, however it is written (300 M€ = 300 millions d'euros), with every
/// source that states it.
public struct FigureValue: Sendable, Hashable {
  public var value: Decimal
  public var type: MentionType
  public var currency: String?
  public var period: String?
  public var basis: Basis?
  public var bound: Bound?
  /// True when at least one source gives the value as approximate ("près de", "environ").
  public var approximate: Bool
  public var sources: [FigureSource]

  public init(facts: MentionFacts, value: Decimal, source: FigureSource) {
    self.value = value
    type = facts.type
    currency = facts.currency
    period = facts.period
    basis = facts.basis
    bound = facts.bound
    approximate = facts.approximate == true
    sources = [source]
  }

  /// What makes two values equal: the number and its qualifiers, never how it is written.
  struct Key: Hashable {
    var value: Decimal
    var currency: String?
    var period: String?
    var basis: Basis?
    var bound: Bound?
  }

  var key: Key {
    Key(value: value, currency: currency, period: period, basis: basis, bound: bound)
  }

  /// The documents that state the value.
  public var documentIDs: [String] {
    var seen = Set<String>()
    return sources.map(\.documentID).filter { seen.insert($0).inserted }
  }
}
