import Indexing

/// Evaluates a `Query` over the index's postings into scored, sorted document numbers.
///
/// AND intersects from the rarest list, OR and prefixes add into a dense table, NOT subtracts;
/// a phrase intersects its terms' documents, then checks positions for the candidates only.
struct QueryEvaluator {
  let reader: IndexReader
  let bm25: BM25
  /// The terms whose postings failed their checksum during this evaluation.
  let damage = DamageLog()

  init(reader: IndexReader) {
    self.reader = reader
    bm25 = BM25(documentCount: reader.documentCount, averageLength: reader.averageFieldLength)
  }

  private var size: Int { reader.storedDocumentCount }

  func evaluate(_ query: Query) -> Matches {
    switch query {
    case .term(let term):
      return reader.terms.lookup(term).map(termMatches) ?? Matches()
    case .prefix(let prefix):
      return Matches.union(reader.terms.terms(withPrefix: prefix).map(termMatches), size: size)
    case .phrase(let terms):
      if terms.count == 1 { return evaluate(.term(terms[0])) }
      return phrase(terms)
    case .and(let parts):
      return conjunction(parts)
    case .or(let parts):
      return Matches.union(parts.map(evaluate), size: size)
    case .not(let excluded):
      return Matches.all(size: size).subtracting(evaluate(excluded))
    }
  }

  private func termMatches(_ info: TermInfo) -> Matches {
    let list = reader.postingList(info, positions: false)
    if list.isDamaged { damage.terms.append(info.term) }
    let idf = bm25.idf(documentFrequency: info.documentFrequency)
    var matches = Matches(documents: list.documents, scores: [])
    matches.scores.reserveCapacity(list.documents.count)
    for (index, document) in list.documents.enumerated() {
      let length = reader.documents.fieldLength(Int(document))
      matches.scores.append(
        bm25.score(frequency: Int(list.frequencies[index]), length: length, idf: idf))
    }
    return matches
  }

  private func conjunction(_ parts: [Query]) -> Matches {
    var positives: [Matches] = []
    var negatives: [Query] = []
    for part in parts {
      if case .not(let excluded) = part {
        negatives.append(excluded)
      } else {
        positives.append(evaluate(part))
      }
    }
    positives.sort { $0.count < $1.count }
    var result = positives.first ?? Matches.all(size: size)
    for other in positives.dropFirst() {
      if result.count == 0 { break }
      result = result.intersection(other)
    }
    for excluded in negatives where result.count > 0 {
      result = result.subtracting(evaluate(excluded))
    }
    return result
  }

  private func phrase(_ terms: [String]) -> Matches {
    var infos: [TermInfo] = []
    for term in terms {
      guard let info = reader.terms.lookup(term) else { return Matches() }
      infos.append(info)
    }
    let lists = infos.map { reader.postingList($0, positions: true) }
    for (info, list) in zip(infos, lists) where list.isDamaged { damage.terms.append(info.term) }
    let idf = infos.reduce(0) { $0 + bm25.idf(documentFrequency: $1.documentFrequency) }
    let driver = lists.indices.min { lists[$0].documents.count < lists[$1].documents.count }!
    var cursors = [Int](repeating: 0, count: lists.count)
    var result = Matches()
    candidates: for document in lists[driver].documents {
      for index in lists.indices {
        let documents = lists[index].documents
        while cursors[index] < documents.count && documents[cursors[index]] < document {
          cursors[index] += 1
        }
        guard cursors[index] < documents.count, documents[cursors[index]] == document else {
          continue candidates
        }
      }
      let positions = lists.indices.map { lists[$0].positions(at: cursors[$0]) }
      let frequency = PhraseMatcher.count(positions)
      guard frequency > 0 else { continue }
      result.documents.append(document)
      let length = reader.documents.fieldLength(Int(document))
      result.scores.append(bm25.score(frequency: frequency, length: length, idf: idf))
    }
    return result
  }
}

/// Where an evaluation notes the damaged postings lists it met.
final class DamageLog {
  var terms: [String] = []

  /// The error naming the postings file, or nil when every list read was intact.
  func error(_ reader: IndexReader) -> IndexError? {
    guard let term = terms.first else { return nil }
    let file = reader.manifest.file(withSuffix: ".post")?.name ?? "postings"
    return .corrupted(file: file, reason: "postings of « \(term) » fail their checksum")
  }
}
