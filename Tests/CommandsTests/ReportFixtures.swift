import Answers
import Corpus
import Extraction
import Foundation
import FrenchText

@testable import ParlIndexCommands

/// Material for the report tests: the shipped corpus read and extracted in-process (no index),
/// and small hand-made timeline events.
enum ReportFixtures {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// Every document of `corpus/`, extracted.
  static let corpusRecords: [DocumentRecord] = {
    let walker = CorpusWalker()
    let files = walker.files(under: [root.appendingPathComponent("corpus").path]).files
    let loader = DocumentLoader()
    let extractor = RecordExtractor()
    return files.flatMap { loader.load($0).documents }.map(extractor.record(for:))
  }()

  /// The page of the whole corpus, without a topic restriction and without a date.
  static let corpusPage: String = HTMLReport(
    topic: "prime ségur", records: corpusRecords, topicTerms: nil
  ).page()

  /// A one-sentence document and its sentence, for hand-made events.
  static func source(_ id: String, line: Int, text: String = "Une phrase.") -> AnswerSource {
    let sentence = Sentence(
      text: text, span: SourceSpan(file: "\(id).txt", line: line, byteRange: 0..<text.utf8.count))
    return AnswerSource(documentID: id, sentence: sentence, speaker: AnswerSpeaker(role: .document))
  }

  /// An event on `iso` told by `id`, line `line`.
  static func event(
    _ iso: String, _ id: String = "DOC-1", line: Int = 1, mod: DateMod? = nil,
    conflicts: [TimelineConflict] = []
  ) -> TimelineEvent {
    var event = TimelineEvent(
      date: EventDate(iso)!, kind: .dated, summary: "Événement du \(iso) <b>&",
      sources: [source(id, line: line)], conflicts: conflicts)
    event.mod = mod
    return event
  }

  /// The SVG of `events`, every source cited.
  static func svg(_ events: [TimelineEvent]) -> String {
    let citations = events.flatMap { event in
      ReportText.citations(event.sources + event.conflicts.flatMap(\.sources))
    }
    return SVGTimeline(events: events, sources: ReportSources(citations, documents: [])).svg()
  }

  /// The attributes of every `<tag …>` of `html`, in order.
  static func elements(_ tag: String, in html: String) -> [[String: String]] {
    html.components(separatedBy: "<\(tag) ").dropFirst().map { chunk in
      let element = chunk.prefix { $0 != ">" }
      var values: [String: String] = [:]
      for part in element.components(separatedBy: "\" ") {
        let pieces = part.split(separator: "=", maxSplits: 1).map(String.init)
        guard pieces.count == 2 else { continue }
        values[pieces[0].trimmingCharacters(in: .whitespaces)] =
          pieces[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"/ "))
      }
      return values
    }
  }

  /// Every match of `prefix` followed by digits (`href="#src-` → the numbers).
  static func numbers(after prefix: String, in html: String) -> [Int] {
    html.components(separatedBy: prefix).dropFirst().compactMap {
      Int($0.prefix(while: \.isNumber))
    }
  }
}
