import Indexing

extension QueryEvaluator {
  /// AND: term parts become cursors, leapfrogged (or probed for the documents of the parts
  /// evaluated whole); excluded terms are probed by cursor, other exclusions subtracted.
  func conjunction(_ parts: [Query]) -> Matches {
    var terms: [ScoredCursor] = []
    var whole: [Matches] = []
    var excludedTerms: [PostingCursor] = []
    var excluded: [Query] = []
    for part in parts {
      if case .not(let query) = part {
        if let term = QueryEvaluator.singleTerm(query) {
          if let info = reader.terms.lookup(term) { excludedTerms.append(open(info).cursor) }
        } else {
          excluded.append(query)
        }
      } else if let term = QueryEvaluator.singleTerm(part) {
        guard let info = reader.terms.lookup(term) else { return Matches() }
        terms.append(open(info))
      } else {
        whole.append(evaluate(part))
      }
    }
    var result = intersection(terms: terms, whole: whole)
    if !excludedTerms.isEmpty {
      result = result.filtered { document, _ in
        !excludedTerms.contains { cursor in
          cursor.advance(to: document)
          return cursor.document == document
        }
      }
    }
    for query in excluded where result.count > 0 {
      result = result.subtracting(evaluate(query))
    }
    return result
  }

  /// The term of a `.term` or of a one-word phrase.
  static func singleTerm(_ query: Query) -> String? {
    switch query {
    case .term(let term): return term
    case .phrase(let terms) where terms.count == 1: return terms[0]
    default: return nil
    }
  }

  private func intersection(terms: [ScoredCursor], whole: [Matches]) -> Matches {
    guard !whole.isEmpty || !terms.isEmpty else { return Matches.all(size: size) }
    guard !whole.isEmpty else {
      if terms.count == 1 { return drain(terms[0]) }
      let cursors = terms.map(\.cursor)
      let idfs = terms.map(\.idf)
      var result = Matches()
      Leapfrog(cursors).forEach(accepting: accepts) { document in
        let length = length(Int(document))
        var score = 0.0
        for index in cursors.indices {
          score += bm25.score(frequency: cursors[index].frequency, length: length, idf: idfs[index])
        }
        result.documents.append(document)
        result.scores.append(score)
      }
      return result
    }
    let sorted = whole.sorted { $0.count < $1.count }
    var result = sorted[0]
    for other in sorted.dropFirst() {
      if result.count == 0 { break }
      result = result.intersection(other)
    }
    return result.filtered { document, score in
      for term in terms {
        term.cursor.advance(to: document)
        guard term.cursor.document == document else { return false }
        score += term.score()
      }
      return true
    }
  }
}
