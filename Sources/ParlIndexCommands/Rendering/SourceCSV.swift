import Answers

/// The last columns of a `timeline` or `who-pays` row: who states it and where: `stated_by`
/// (question, answer, announcement, document), `speaker`, `id`, `file`, `line`, `sentence`.
enum SourceCSV {
  static func fields(_ source: AnswerSource) -> [String] {
    [
      source.speaker.role.rawValue, source.speaker.name ?? "", source.documentID,
      source.sentence.span.file, String(source.sentence.span.line), source.sentence.text,
    ]
  }
}
