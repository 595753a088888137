import Indexing

/// The BM25 statistics of a whole generation, shared by the evaluation of every segment: the
/// live documents and their average length over all segments, and a term's document frequency
/// summed over the segments' dictionaries. As in Lucene, a segment's frequency counts its
/// deleted documents until the segment is merged, so after deletions scores differ slightly
/// from those of a fresh build (hits and counts do not). With one segment these are exactly
/// that segment's figures.
final class CollectionStatistics {
  let bm25: BM25
  private let dictionaries: [TermDictionary]
  private var frequencies: [String: Int] = [:]

  init(reader: IndexReader) {
    bm25 = BM25(documentCount: reader.documentCount, averageLength: reader.averageFieldLength)
    dictionaries = reader.segments.map(\.terms)
  }

  /// The term's document frequency over every segment (`info` is one segment's entry).
  func documentFrequency(_ info: TermInfo) -> Int {
    guard dictionaries.count > 1 else { return info.documentFrequency }
    if let known = frequencies[info.term] { return known }
    let total = dictionaries.reduce(0) { $0 + ($1.lookup(info.term)?.documentFrequency ?? 0) }
    frequencies[info.term] = total
    return total
  }
}
