import FrenchText

/// The chamber a question was asked in.
public enum Chamber: String, Sendable, Hashable, Codable {
  case assemblee = "AN"
  case senat = "Senat"
}

/// What kind of document this is: a written question (with or without its answer), or an
/// announcement (press release, communiqué, or any French prose with no known question layout).
public enum DocumentKind: String, Sendable, Hashable, Codable {
  case question
  case announcement
}

/// The member who asked a question.
public struct Author: Sendable, Hashable, Codable {
  /// The name as the document writes it ("M. Jean-Luc Bourgeaux" → "Jean-Luc Bourgeaux").
  public var name: String?
  /// The chamber's identifier (`PA…`) when the record carries one.
  public var id: String?
  /// The political group, long form when known ("Droite Républicaine").
  public var group: String?
  /// The group's short form ("DR", "RN") when the source gives it.
  public var groupShort: String?
  /// "Ille-et-Vilaine (7e circonscription)", or a Sénat département.
  public var constituency: String?

  public init(
    name: String? = nil, id: String? = nil, group: String? = nil, groupShort: String? = nil,
    constituency: String? = nil
  ) {
    self.name = name
    self.id = id
    self.group = group
    self.groupShort = groupShort
    self.constituency = constituency
  }
}

/// Where a document's `date` was found, so that a date read from prose is marked as such.
public enum DateSource: String, Sendable, Hashable, Codable {
  /// The JO publication date of the question, from a metadata field.
  case questionPublication
  /// A press release's dateline.
  case dateline
  /// Read from the text itself ("Le 29 avril 2025 marque…").
  case text
}

/// One document read from the corpus: its metadata, then its sections of sentences.
///
/// A field that the document does not carry stays `nil`: nothing is guessed.
public struct Document: Sendable, Hashable, Codable {
  /// Stable id: `AN-17-QE-3769`, `SENAT-17-QE-1929`, otherwise the path relative to the indexed folder.
  public var id: String
  /// The file's path as given to `index`.
  public var file: String
  public var kind: DocumentKind
  /// The reader that produced this document: "an-open-data-json", "an-markdown",
  /// "senat-pdf-text", "senat-page-text" or "announcement-text".
  public var format: String
  public var chamber: Chamber?
  public var legislature: Int?
  public var number: Int?
  /// The question's type as its chamber writes it: `QE`, `QG`, `QOSD`.
  public var type: String?
  public var title: String?
  /// The open-data "analyse" line(s), joined with " / ".
  public var analysis: String?
  /// The document's own date: a question's JO publication, a press release's date.
  public var date: CalendarDate?
  public var dateSource: DateSource?
  /// `answered`, `unanswered`, `withdrawn`, `lapsed`, or nil when unknown.
  public var status: String?
  public var author: Author?
  public var ministryAsked: String?
  public var ministryAnswering: String?
  public var rubric: String?
  public var questionDate: CalendarDate?
  public var questionPage: Int?
  public var answerDate: CalendarDate?
  public var answerPage: Int?
  public var sections: [Section]
  /// Who issues an announcement, as its text names it ("Contact presse : Ministère de la santé…").
  public var issuer: String?
  /// The closing code and label of an open-data record ("REP_PUB", "Réponse publiée"), kept as
  /// written since codes other than `REP_PUB` are not documented.
  public var closureCode: String?
  public var closureLabel: String?

  public init(
    id: String, file: String, kind: DocumentKind, format: String, chamber: Chamber? = nil,
    legislature: Int? = nil, number: Int? = nil, type: String? = nil, title: String? = nil,
    analysis: String? = nil, date: CalendarDate? = nil, dateSource: DateSource? = nil,
    status: String? = nil, author: Author? = nil, ministryAsked: String? = nil,
    ministryAnswering: String? = nil, rubric: String? = nil, questionDate: CalendarDate? = nil,
    questionPage: Int? = nil, answerDate: CalendarDate? = nil, answerPage: Int? = nil,
    sections: [Section] = [], issuer: String? = nil, closureCode: String? = nil,
    closureLabel: String? = nil
  ) {
    self.id = id
    self.file = file
    self.kind = kind
    self.format = format
    self.chamber = chamber
    self.legislature = legislature
    self.number = number
    self.type = type
    self.title = title
    self.analysis = analysis
    self.date = date
    self.dateSource = dateSource
    self.status = status
    self.author = author
    self.ministryAsked = ministryAsked
    self.ministryAnswering = ministryAnswering
    self.rubric = rubric
    self.questionDate = questionDate
    self.questionPage = questionPage
    self.answerDate = answerDate
    self.answerPage = answerPage
    self.sections = sections
    self.issuer = issuer
    self.closureCode = closureCode
    self.closureLabel = closureLabel
  }

  /// The id of a question: `AN-17-QE-3769`; `SENAT-QE-1929` when the legislature is unknown;
  /// nil without a chamber, type or number.
  public static func questionID(
    chamber: Chamber?, legislature: Int?, type: String?, number: Int?
  ) -> String? {
    guard let chamber, let type, let number else { return nil }
    let source = chamber == .assemblee ? "AN" : "SENAT"
    if let legislature { return "\(source)-\(legislature)-\(type)-\(number)" }
    return "\(source)-\(type)-\(number)"
  }

  /// Every sentence of the document in reading order.
  public var sentences: [Sentence] { sections.flatMap(\.sentences) }
}
