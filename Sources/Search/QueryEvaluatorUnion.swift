import Indexing

extension QueryEvaluator {
  /// OR of `parts` (a prefix: of its expanded terms), scores added in part order into a dense
  /// table: a term's postings go straight from the decoded blocks into it; other parts are
  /// evaluated, then added. The same sums, in the same order, as adding whole `Matches`.
  func union(_ parts: [UnionPart]) -> Matches {
    var scores = [Double](repeating: 0, count: size)
    var seen = [UInt64](repeating: 0, count: (size + 63) / 64)
    var added = 0
    scores.withUnsafeMutableBufferPointer { scores in
      seen.withUnsafeMutableBufferPointer { seen in
        for part in parts {
          switch part {
          case .term(let info): added += add(open(info), scores, seen)
          case .query(let query): added += add(evaluate(query), scores, seen)
          }
        }
      }
    }
    var result = Matches()
    result.documents.reserveCapacity(added)
    result.scores.reserveCapacity(added)
    for word in seen.indices where seen[word] != 0 {
      var rest = seen[word]
      while rest != 0 {
        let document = word << 6 | rest.trailingZeroBitCount
        rest &= rest - 1
        result.documents.append(Int32(truncatingIfNeeded: document))
        result.scores.append(scores[document])
      }
    }
    return result
  }

  /// One part of a union: a term's postings, or a query evaluated whole.
  enum UnionPart {
    case term(TermInfo)
    case query(Query)
  }

  /// The parts of an OR: single terms found in the dictionary as `.term`, others as `.query`.
  func unionParts(_ parts: [Query]) -> [UnionPart] {
    parts.compactMap { part in
      guard let term = QueryEvaluator.singleTerm(part) else { return .query(part) }
      return reader.terms.lookup(term).map { .term($0) }
    }
  }

  private func add(
    _ term: ScoredCursor, _ scores: UnsafeMutableBufferPointer<Double>,
    _ seen: UnsafeMutableBufferPointer<UInt64>
  ) -> Int {
    let cursor = term.cursor
    var added = 0
    while cursor.document != PostingCursor.end {
      let documents = cursor.remainingInBlock
      let frequencies = cursor.blockFrequencies
      let first = cursor.index
      for slot in documents.indices where Int(documents[slot]) < scores.count {
        let document = Int(documents[slot])
        scores[document] += bm25.score(
          frequency: Int(frequencies[first + slot]) + 1, length: length(document),
          idf: term.idf)
        seen[document >> 6] |= 1 << UInt64(document & 63)
        added += 1
      }
      cursor.load(block: cursor.block + 1)
    }
    return added
  }

  private func add(
    _ matches: Matches, _ scores: UnsafeMutableBufferPointer<Double>,
    _ seen: UnsafeMutableBufferPointer<UInt64>
  ) -> Int {
    for (index, document) in matches.documents.enumerated() where Int(document) < scores.count {
      scores[Int(document)] += matches.scores[index]
      seen[Int(document) >> 6] |= 1 << UInt64(document & 63)
    }
    return matches.count
  }
}
