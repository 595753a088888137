/// Documents matched by part of a query, ascending, with their BM25 scores.
struct Matches {
  var documents: [Int32] = []
  var scores: [Double] = []

  var count: Int { documents.count }

  /// Documents in both, scores added (a merge of two sorted lists).
  func intersection(_ other: Matches) -> Matches {
    var result = Matches()
    var i = 0
    var j = 0
    while i < documents.count && j < other.documents.count {
      let a = documents[i]
      let b = other.documents[j]
      if a < b {
        i += 1
      } else if b < a {
        j += 1
      } else {
        result.documents.append(a)
        result.scores.append(scores[i] + other.scores[j])
        i += 1
        j += 1
      }
    }
    return result
  }

  /// The documents `keep` accepts, in order; it may change their score.
  func filtered(_ keep: (Int32, inout Double) -> Bool) -> Matches {
    var result = Matches()
    for (index, document) in documents.enumerated() {
      var score = scores[index]
      guard keep(document, &score) else { continue }
      result.documents.append(document)
      result.scores.append(score)
    }
    return result
  }

  /// Documents of `self` not in `other`, scores kept.
  func subtracting(_ other: Matches) -> Matches {
    var result = Matches()
    var j = 0
    for (i, document) in documents.enumerated() {
      while j < other.documents.count && other.documents[j] < document { j += 1 }
      if j < other.documents.count && other.documents[j] == document { continue }
      result.documents.append(document)
      result.scores.append(scores[i])
    }
    return result
  }

  /// Every document number below `size`, with a zero score.
  static func all(size: Int) -> Matches {
    Matches(
      documents: (0..<size).map { Int32($0) }, scores: [Double](repeating: 0, count: size))
  }
}
