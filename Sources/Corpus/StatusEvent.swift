import FrenchText

/// One dated step of a question's life, as its source records it (users.md §2): published,
/// transferred to another ministry, signalée, renewed, answered (each part), erratum, withdrawn,
/// lapsed, converted to an oral question, or another closure kept with its label.
public struct StatusEvent: Sendable, Hashable, Codable {
  /// What happened.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    case published
    case transferred
    case signaled
    case renewed
    case reminded
    case answered
    case erratum
    case withdrawn
    case lapsed
    case converted
    /// A closure whose code is not known to ParlIndex (its code and label are kept).
    case closed
  }

  public var kind: Kind
  /// The JO date of the event (nil when the source gives none).
  public var date: CalendarDate?
  /// The JO page, when known.
  public var page: Int?
  /// The source's own wording ("Réponse publiée", "retirée pour cause de fin de mandat"), or
  /// for an erratum what it corrects ("question" or "réponse").
  public var label: String?
  /// For a transfer: the ministry the question leaves, and the one it goes to.
  public var from: String?
  public var to: String?
  /// For an answer in several parts, its 1-based part number.
  public var part: Int?

  public init(
    kind: Kind, date: CalendarDate? = nil, page: Int? = nil, label: String? = nil,
    from: String? = nil, to: String? = nil, part: Int? = nil
  ) {
    self.kind = kind
    self.date = date
    self.page = page
    self.label = label
    self.from = from
    self.to = to
    self.part = part
  }
}
