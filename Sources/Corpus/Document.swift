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
  /// The question's dated history (published, transferred, answered…), oldest first; empty for
  /// announcements and when the source records nothing. Records stored before it existed decode
  /// with an empty log.
  public var events: [StatusEvent] = []

  public init(
    id: String, file: String, kind: DocumentKind, format: String, chamber: Chamber? = nil,
    legislature: Int? = nil, number: Int? = nil, type: String? = nil, title: String? = nil,
    analysis: String? = nil, date: CalendarDate? = nil, dateSource: DateSource? = nil,
    status: String? = nil, author: Author? = nil, ministryAsked: String? = nil,
    ministryAnswering: String? = nil, rubric: String? = nil, questionDate: CalendarDate? = nil,
    questionPage: Int? = nil, answerDate: CalendarDate? = nil, answerPage: Int? = nil,
    sections: [Section] = [], issuer: String? = nil, closureCode: String? = nil,
    closureLabel: String? = nil, events: [StatusEvent] = []
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
    self.events = events
  }

  private enum CodingKeys: String, CodingKey {
    case id, file, kind, format, chamber, legislature, number, type, title, analysis, date
    case dateSource, status, author, ministryAsked, ministryAnswering, rubric, questionDate
    case questionPage, answerDate, answerPage, sections, issuer, closureCode, closureLabel, events
  }

  /// Decodes a stored document; keys added after the first index format may be missing.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    file = try c.decode(String.self, forKey: .file)
    kind = try c.decode(DocumentKind.self, forKey: .kind)
    format = try c.decode(String.self, forKey: .format)
    chamber = try c.decodeIfPresent(Chamber.self, forKey: .chamber)
    legislature = try c.decodeIfPresent(Int.self, forKey: .legislature)
    number = try c.decodeIfPresent(Int.self, forKey: .number)
    type = try c.decodeIfPresent(String.self, forKey: .type)
    title = try c.decodeIfPresent(String.self, forKey: .title)
    analysis = try c.decodeIfPresent(String.self, forKey: .analysis)
    date = try c.decodeIfPresent(CalendarDate.self, forKey: .date)
    dateSource = try c.decodeIfPresent(DateSource.self, forKey: .dateSource)
    status = try c.decodeIfPresent(String.self, forKey: .status)
    author = try c.decodeIfPresent(Author.self, forKey: .author)
    ministryAsked = try c.decodeIfPresent(String.self, forKey: .ministryAsked)
    ministryAnswering = try c.decodeIfPresent(String.self, forKey: .ministryAnswering)
    rubric = try c.decodeIfPresent(String.self, forKey: .rubric)
    questionDate = try c.decodeIfPresent(CalendarDate.self, forKey: .questionDate)
    questionPage = try c.decodeIfPresent(Int.self, forKey: .questionPage)
    answerDate = try c.decodeIfPresent(CalendarDate.self, forKey: .answerDate)
    answerPage = try c.decodeIfPresent(Int.self, forKey: .answerPage)
    sections = try c.decodeIfPresent([Section].self, forKey: .sections) ?? []
    issuer = try c.decodeIfPresent(String.self, forKey: .issuer)
    closureCode = try c.decodeIfPresent(String.self, forKey: .closureCode)
    closureLabel = try c.decodeIfPresent(String.self, forKey: .closureLabel)
    events = try c.decodeIfPresent([StatusEvent].self, forKey: .events) ?? []
  }

  /// The id of a question: `AN-17-QE-3769`; `SENAT-QE-1929` when the legislature is unknown;
  /// nil without a chamber, type or number.
  public static func questionID(
    chamber: Chamber?, legislature: Int?, type: String?, number: Int?
  ) -> String? {
    guard let chamber, let type, let number else { return nil }
    // Appended piece by piece: an id of at most 15 bytes stays a small string throughout (an
    // interpolation built it through a buffer).
    var id = chamber == .assemblee ? "AN-" : "SENAT-"
    if let legislature {
      id.append(String(legislature))
      id.append("-")
    }
    id.append(type)
    id.append("-")
    id.append(String(number))
    return id
  }

  /// Every sentence of the document in reading order.
  public var sentences: [Sentence] { sections.flatMap(\.sentences) }
}
