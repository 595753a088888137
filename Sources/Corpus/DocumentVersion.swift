import FrenchText

/// Decides between two versions of the same question met twice (two folders, two formats, an
/// older and a newer download) and merges them so that status only moves forward (formats.md
/// §5): an answered question never goes back to "in progress", the publication date and page
/// are kept once set, and the history keeps every event either version knows.
public enum DocumentVersion {
  /// Whether `candidate` holds a later state of the question than `current`: a more advanced
  /// status, else a later last dated event, else more events. Equal versions are not newer.
  public static func isNewer(_ candidate: Document, than current: Document) -> Bool {
    let rank = (StatusLog.rank(candidate.status), StatusLog.rank(current.status))
    if rank.0 != rank.1 { return rank.0 > rank.1 }
    let last = (lastDate(candidate), lastDate(current))
    if last.0 != last.1 {
      guard let newer = last.0 else { return false }
      guard let older = last.1 else { return true }
      return newer > older
    }
    return candidate.events.count > current.events.count
  }

  /// `newer`'s content, with `current`'s answer when `newer` has fallen back to a lower status,
  /// `current`'s publication date and page when set, and the events of both (one per kind,
  /// date and part), in order.
  public static func merged(_ current: Document, with newer: Document) -> Document {
    var result = newer
    if StatusLog.rank(current.status) > StatusLog.rank(newer.status) {
      result.status = current.status
      result.answerDate = current.answerDate
      result.answerPage = current.answerPage
      result.closureCode = current.closureCode
      result.closureLabel = current.closureLabel
    }
    fillGaps(&result, from: current)
    if current.questionDate != nil {
      result.questionDate = current.questionDate
      result.questionPage = current.questionPage ?? newer.questionPage
    }
    var seen = Set(newer.events.map(key))
    var events = newer.events
    for event in current.events where seen.insert(key(event)).inserted {
      events.append(event)
    }
    result.events = StatusLog.ordered(events)
    return result
  }

  /// What `newer` lacks and `current` has: sections of a missing kind (a metadata-only version,
  /// such as a CSV row, never erases a text), and metadata fields left empty.
  private static func fillGaps(_ result: inout Document, from current: Document) {
    let kinds = Set(result.sections.map(\.kind))
    result.sections += current.sections.filter { !kinds.contains($0.kind) }
    result.title = result.title ?? current.title
    result.analysis = result.analysis ?? current.analysis
    result.author = result.author ?? current.author
    result.ministryAsked = result.ministryAsked ?? current.ministryAsked
    result.ministryAnswering = result.ministryAnswering ?? current.ministryAnswering
    result.rubric = result.rubric ?? current.rubric
    result.legislature = result.legislature ?? current.legislature
    result.date = result.date ?? current.date
    result.dateSource = result.dateSource ?? current.dateSource
    result.answerDate = result.answerDate ?? current.answerDate
    result.answerPage = result.answerPage ?? current.answerPage
  }

  private static func key(_ event: StatusEvent) -> String {
    "\(event.kind.rawValue) \(event.date?.iso ?? "-") \(event.part ?? 0)"
  }

  private static func lastDate(_ document: Document) -> CalendarDate? {
    document.events.compactMap(\.date).max() ?? document.answerDate ?? document.questionDate
  }
}
