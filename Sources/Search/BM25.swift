import Foundation

/// Okapi BM25 as Lucene's `BM25Similarity` computes it (k1 = 1.2, b = 0.75).
struct BM25 {
  let k1 = 1.2
  let b = 0.75
  let documentCount: Int
  let averageLength: Double

  /// ln(1 + (N − n + 0.5) / (n + 0.5)).
  func idf(documentFrequency: Int) -> Double {
    let n = Double(min(documentFrequency, documentCount))
    return log(1 + (Double(documentCount) - n + 0.5) / (n + 0.5))
  }

  func score(frequency: Int, length: Int, idf: Double) -> Double {
    let tf = Double(frequency)
    let norm = averageLength > 0 ? Double(length) / averageLength : 1
    return idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * norm))
  }
}
