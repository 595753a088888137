import Indexing

/// The documents every cursor holds, found by leapfrogging: the rarest list leads and the
/// others `advance(to:)` its document, skipping whole blocks through their skip tables.
struct Leapfrog {
  private let cursors: [PostingCursor]

  init(_ cursors: [PostingCursor]) {
    self.cursors = cursors.sorted { $0.documentFrequency < $1.documentFrequency }
  }

  /// Calls `body` with each common document `accepts` (when given) does not refuse, every
  /// cursor positioned on it; a refused document of the lead moves no other cursor.
  func forEach(accepting accepts: ((Int) -> Bool)? = nil, _ body: (Int32) -> Void) {
    guard let lead = cursors.first else { return }
    // Unretained references (`cursors` keeps them alive): no reference counting per move.
    let others = cursors.dropFirst().map { Unmanaged.passUnretained($0) }
    var target = lead.document
    candidates: while target != PostingCursor.end {
      if let accepts, !accepts(Int(target)) {
        lead.next()
        target = lead.document
        continue candidates
      }
      for other in others {
        let reached = other._withUnsafeGuaranteedRef {
          $0.advance(to: target)
          return $0.document
        }
        if reached != target {
          lead.advance(to: reached)
          target = lead.document
          continue candidates
        }
      }
      body(target)
      lead.next()
      target = lead.document
    }
    withExtendedLifetime(cursors) {}
  }
}
