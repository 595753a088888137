/// The funding statements that share one payer and one beneficiary (either may be unknown).
public struct FundingGroup: Sendable, Hashable {
  public var payer: String?
  public var beneficiary: String?
  public var statements: [FundingStatement]

  public init(payer: String?, beneficiary: String?, statements: [FundingStatement]) {
    self.payer = payer
    self.beneficiary = beneficiary
    self.statements = statements
  }

  /// The grouping key of a name: folded, without articles, so "l'État" and "Etat" agree.
  static func key(_ name: String?) -> String {
    guard let name else { return "" }
    var words = EventClassifier.words(name)
    while let first = words.first, ["le", "la", "les", "l", "des", "du", "de"].contains(first) {
      words.removeFirst()
    }
    return words.joined(separator: " ")
  }
}
