import Indexing

/// Evaluates a `Query` over one segment's postings into scored, sorted document numbers (the
/// segment's own), scored with the statistics of the whole generation.
///
/// Terms are read through `PostingCursor`s: AND leapfrogs its term cursors from the rarest
/// (`advance(to:)` skips whole blocks), excluded terms are probed the same way, a phrase
/// intersects its terms' cursors and decodes positions for the candidates only; OR and
/// prefixes add into a dense table, and other parts are evaluated whole then merged.
/// (Top-k for single terms and ORs of terms is `TopScorer`'s, in `Searcher`.)
struct QueryEvaluator {
  let reader: SegmentReader
  let bm25: BM25
  let statistics: CollectionStatistics
  /// The cursors opened during this evaluation, checked for damage at the end.
  let damage = DamageLog()
  /// Documents the caller will drop anyway (not live, or failing the filter) when this says
  /// false: parts may leave them out early. Every operation is per document, so the answer
  /// for the documents it accepts is unchanged (even under NOT).
  var accepts: ((Int) -> Bool)?
  /// The segment's BM25 lengths when a `LengthTable` has them (else read from the columns).
  var lengths: [UInt32] = []

  init(segment: SegmentReader, statistics: CollectionStatistics) {
    reader = segment
    bm25 = statistics.bm25
    self.statistics = statistics
  }

  var size: Int { reader.storedDocumentCount }

  /// The BM25 length of `document`.
  func length(_ document: Int) -> Int {
    document < lengths.count ? Int(lengths[document]) : reader.documents.fieldLength(document)
  }

  /// A cursor over `info`'s postings with the term's IDF, noted in the damage log.
  func open(_ info: TermInfo) -> ScoredCursor {
    let cursor = reader.cursor(info)
    damage.cursors.append(cursor)
    return ScoredCursor(
      cursor: cursor, idf: bm25.idf(documentFrequency: statistics.documentFrequency(info)),
      bm25: bm25,
      store: reader.documents, lengths: lengths)
  }

  func evaluate(_ query: Query) -> Matches {
    switch query {
    case .term(let term):
      return reader.terms.lookup(term).map(termMatches) ?? Matches()
    case .prefix(let prefix):
      return union(reader.terms.terms(withPrefix: prefix).map { .term($0) })
    case .phrase(let terms):
      if terms.count == 1 { return evaluate(.term(terms[0])) }
      return phrase(terms)
    case .and(let parts):
      return conjunction(parts)
    case .or(let parts):
      return union(unionParts(parts))
    case .not(let excluded):
      return Matches.all(size: size).subtracting(evaluate(excluded))
    }
  }

  private func termMatches(_ info: TermInfo) -> Matches { drain(open(info)) }

  /// Every document of `term` with its score, block by block from the decoded arrays.
  func drain(_ term: ScoredCursor) -> Matches {
    var matches = Matches()
    matches.documents.reserveCapacity(term.cursor.documentFrequency)
    matches.scores.reserveCapacity(term.cursor.documentFrequency)
    let cursor = term.cursor
    while cursor.document != PostingCursor.end {
      let documents = cursor.remainingInBlock
      let frequencies = cursor.blockFrequencies
      let first = cursor.index
      for slot in documents.indices {
        let document = Int(documents[slot])
        matches.documents.append(Int32(truncatingIfNeeded: document))
        matches.scores.append(
          bm25.score(
            frequency: Int(frequencies[first + slot]) + 1,
            length: length(document), idf: term.idf))
      }
      cursor.load(block: cursor.block + 1)
    }
    return matches
  }

  private func phrase(_ terms: [String]) -> Matches {
    var cursors: [ScoredCursor] = []
    for term in terms {
      guard let info = reader.terms.lookup(term) else { return Matches() }
      cursors.append(open(info))
    }
    let idf = cursors.reduce(0) { $0 + $1.idf }
    let matcher = PhraseMatcher(cursors.map(\.cursor))
    var result = Matches()
    let most = cursors.map(\.cursor.documentFrequency).min() ?? 0
    result.documents.reserveCapacity(most)
    result.scores.reserveCapacity(most)
    Leapfrog(cursors.map(\.cursor)).forEach(accepting: accepts) { document in
      let frequency = matcher.occurrences()
      guard frequency > 0 else { return }
      result.documents.append(document)
      result.scores.append(
        bm25.score(frequency: frequency, length: length(Int(document)), idf: idf))
    }
    return result
  }
}

/// Where an evaluation notes the postings cursors it opened, to report any that met damage.
final class DamageLog {
  var cursors: [PostingCursor] = []

  /// The error naming the postings file, or nil when every list read was intact.
  func error(_ reader: SegmentReader) -> IndexError? {
    guard let damaged = cursors.first(where: \.isDamaged) else { return nil }
    let file = reader.fileName("post")
    return .corrupted(file: file, reason: "postings of « \(damaged.term) » fail their checksum")
  }
}
