import Extraction

/// The dated events of a set of documents, merged across documents, oldest first.
///
/// Events of the same kind about the same thing (a reference's name and kind, a payer, a
/// document; without those, mostly the same words around the date) on the same date are one
/// entry with every source. When documents give such an event day-precise dates at most
/// `conflictDays` apart, and no document gives both, the entry keeps the earliest date and
/// lists the others under `conflicts`. Order: see `EventDate` (a month before its days).
public struct Timeline: Sendable {
  public var events: [TimelineEvent]

  /// Two day-precise dates this close for the same event are a disagreement, not two events.
  public static let conflictDays = 7

  public init(events: [TimelineEvent]) {
    self.events = events
  }

  /// The timeline of `records`: the documents' own events, and the dated mentions of the
  /// passages about `topic` (all of them without a topic).
  public init(records: [DocumentRecord], topic: AnswerTopicTerms? = nil) {
    let candidates = records.flatMap { record in
      let passages = topic?.passages(in: record.document)
      return EventCandidates.events(in: record).filter { event in
        event.subject?.hasPrefix("document:") == true || passages == nil
          || event.sources.contains { passages?.contains($0.sentence.span) == true }
      }
    }
    self.init(events: Self.merge(candidates))
  }

  /// Merges events told several times, then folds near dates of one event into conflicts.
  static func merge(_ candidates: [TimelineEvent]) -> [TimelineEvent] {
    var merged: [TimelineEvent] = []
    for candidate in candidates.sorted(by: { $0.date < $1.date }) {
      if let index = merged.firstIndex(where: {
        $0.date.iso == candidate.date.iso && $0.isAbout(sameThingAs: candidate)
      }) {
        merged[index].absorb(candidate)
      } else {
        merged.append(candidate)
      }
    }
    return foldConflicts(merged)
  }

  static func foldConflicts(_ events: [TimelineEvent]) -> [TimelineEvent] {
    var result: [TimelineEvent] = []
    for event in events {
      if let index = result.firstIndex(where: { isConflict($0, event) }) {
        result[index].conflicts.append(TimelineConflict(date: event.date, sources: event.sources))
      } else {
        result.append(event)
      }
    }
    return result
  }

  static func isConflict(_ earlier: TimelineEvent, _ later: TimelineEvent) -> Bool {
    guard earlier.date.precision == .day, later.date.precision == .day,
      earlier.date.iso != later.date.iso,
      later.date.ordinal - earlier.date.ordinal <= conflictDays,
      earlier.subject != nil, earlier.isAbout(sameThingAs: later),
      earlier.documentIDs.isDisjoint(with: later.documentIDs)
    else { return false }
    return !(earlier.subject?.hasPrefix("document:") ?? false)
  }
}

extension TimelineEvent {
  /// Adds the sources of `other`, which tells the same event.
  mutating func absorb(_ other: TimelineEvent) {
    for source in other.sources where !sources.contains(source) {
      sources.append(source)
    }
    context.formUnion(other.context)
  }
}
