/// How an OR of terms adds its terms' scores: as the exhaustive evaluation does, each OR (and
/// each prefix) adds its matching parts left to right from 0, so that a pruned evaluation
/// gives the same `Double`, to the last bit, and ties break the same way.
indirect enum ScoreTree {
  /// The term at this index of the evaluation's term list.
  case term(Int)
  case sum([ScoreTree])

  /// The summed score, nil when no term of the tree holds the document.
  func total(_ contributions: [Double], _ present: [Bool]) -> Double? {
    switch self {
    case .term(let index):
      return present[index] ? contributions[index] : nil
    case .sum(let parts):
      var total: Double?
      for part in parts {
        guard let value = part.total(contributions, present) else { continue }
        total = (total ?? 0) + value
      }
      return total
    }
  }
}
