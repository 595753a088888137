import Corpus
import Foundation
import Indexing

/// A loader for the seeded search tests: each line of a file is a document (a question every
/// third line, otherwise an announcement), and every `replacing`th line takes the previous
/// line's id, so that the earlier document is replaced.
enum LineDocuments {
  static func loader(replacing every: Int) -> @Sendable (CorpusFile, Data) -> LoadOutcome {
    { file, data in
      let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
      let documents = lines.enumerated().map { number, line in
        let span = SourceSpan(file: file.path, line: number + 1, byteRange: 0..<line.utf8.count)
        let id = "\(file.path.suffix(6))-\(number % every == every - 1 ? number - 1 : number)"
        return Document(
          id: id, file: file.path, kind: number % 3 == 0 ? .question : .announcement,
          format: "test",
          sections: [Section(kind: .body, sentences: [Sentence(text: String(line), span: span)])])
      }
      return LoadOutcome(documents: documents)
    }
  }
}
