import FrenchText

/// One earlier question found by `precedents`, with its dates, the ministry that answered, the
/// part of its answer that matters, and its answer family when the answer text was reused.
public struct PrecedentResult: Sendable, Hashable {
  public var id: String
  public var file: String
  /// Cosine similarity of the subjects' TF-IDF vectors, between 0 and 1.
  public var score: Double
  public var title: String?
  public var questionDate: CalendarDate?
  public var answerDate: CalendarDate?
  public var ministryAnswering: String?
  public var rubric: String?
  /// The answer sentences closest to the subject, shortened; nil without an answer.
  public var answerExcerpt: String?
  /// The answer's line in its file, for `file:line`.
  public var answerLine: Int?
  /// The family of answers sharing paragraphs with this one, when there is one.
  public var family: AnswerFamily?

  public init(id: String, file: String, score: Double) {
    self.id = id
    self.file = file
    self.score = score
  }
}
