import Extraction

/// Another date that some documents give to the same event, with those documents' sources.
public struct TimelineConflict: Sendable, Hashable {
  public var date: EventDate
  public var sources: [AnswerSource]

  public init(date: EventDate, sources: [AnswerSource]) {
    self.date = date
    self.sources = sources
  }
}

/// One dated event of a timeline, told by one or more documents.
public struct TimelineEvent: Sendable, Hashable {
  public var date: EventDate
  public var kind: EventKind
  /// A one-line summary cut from the first source sentence around the mention.
  public var summary: String
  /// What the event is about when known: a reference's name or kind, a payer, a document.
  public var subject: String?
  /// The mention as written in the first source ("dès juillet 2024", "l'accord du 4 juin 2024").
  public var text: String?
  public var relation: DateRelation?
  public var mod: DateMod?
  /// The JO page of a publication event.
  public var page: Int?
  public var sources: [AnswerSource]
  /// Other dates given to this same event by other documents (empty when they all agree).
  public var conflicts: [TimelineConflict]
  /// Folded words around the mention, used to tell events without a subject apart.
  var context: Set<String>

  public init(
    date: EventDate, kind: EventKind, summary: String, subject: String? = nil,
    text: String? = nil, relation: DateRelation? = nil, mod: DateMod? = nil,
    sources: [AnswerSource], conflicts: [TimelineConflict] = []
  ) {
    self.date = date
    self.kind = kind
    self.summary = summary
    self.subject = subject
    self.text = text
    self.relation = relation
    self.mod = mod
    self.sources = sources
    self.conflicts = conflicts
    context = []
  }

  /// The ids of the documents that tell this event (at any of its dates).
  public var documentIDs: Set<String> {
    Set(sources.map(\.documentID) + conflicts.flatMap { $0.sources.map(\.documentID) })
  }

  /// Whether `other` reports the same thing (not necessarily on the same date): same kind, and
  /// the same subject, or, without subjects, mostly the same words around the mention.
  func isAbout(sameThingAs other: TimelineEvent) -> Bool {
    guard kind == other.kind, relation == other.relation else { return false }
    if let subject, let otherSubject = other.subject { return subject == otherSubject }
    guard subject == nil, other.subject == nil else { return false }
    let union = context.union(other.context).count
    guard union > 0 else { return true }
    return Double(context.intersection(other.context).count) / Double(union) >= 0.3
  }
}
