import Corpus
import Extraction
import FrenchText

/// Who states a sentence: the member asking (a question's text), the government answering, an
/// announcement's issuer, or the document itself (a title or other prose).
public enum AnswerSpeakerRole: String, Sendable, Hashable, Codable {
  case question, answer, announcement, document
}

/// The speaker of a sentence with the name and date the document gives them.
public struct AnswerSpeaker: Sendable, Hashable {
  public var role: AnswerSpeakerRole
  /// The author of a question, the ministry answering, the issuer of an announcement.
  public var name: String?
  /// The date of the statement: the question's or the answer's JO date, a release's date.
  public var date: CalendarDate?

  public init(role: AnswerSpeakerRole, name: String? = nil, date: CalendarDate? = nil) {
    self.role = role
    self.name = name
    self.date = date
  }
}

/// One sentence an answer rests on, in its document, with who states it.
public struct AnswerSource: Sendable, Hashable {
  public var documentID: String
  public var sentence: Sentence
  public var speaker: AnswerSpeaker

  public init(documentID: String, sentence: Sentence, speaker: AnswerSpeaker) {
    self.documentID = documentID
    self.sentence = sentence
    self.speaker = speaker
  }

  /// The source of `sentence` in `document`, its speaker read from the section holding it.
  public init(document: Document, sentence: Sentence) {
    self.init(
      documentID: document.id, sentence: sentence,
      speaker: Self.speaker(of: sentence, in: document))
  }

  /// `file:line`.
  public var location: String { "\(sentence.span.file):\(sentence.span.line)" }

  static func speaker(of sentence: Sentence, in document: Document) -> AnswerSpeaker {
    let section = document.sections.first { section in
      section.sentences.contains { $0.span == sentence.span }
    }
    switch (document.kind, section?.kind) {
    case (_, .question?):
      return AnswerSpeaker(
        role: .question, name: document.author?.name,
        date: document.questionDate ?? document.date)
    case (_, .answer?):
      return AnswerSpeaker(
        role: .answer, name: document.ministryAnswering ?? document.ministryAsked,
        date: document.answerDate)
    case (.announcement, _):
      return AnswerSpeaker(role: .announcement, name: document.issuer, date: document.date)
    default:
      return AnswerSpeaker(role: .document, date: document.date)
    }
  }
}
