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

  /// Writes `files` files of `lines` lines, each of a length drawn from `length`, of `words`
  /// picked by rank `count × u^skew` (u uniform in 0..<1: with a skew above 1 the first words are
  /// in most lines), from a generator seeded with `seed`; then builds the index of `temp`, each
  /// line a document (`loader(replacing:)`).
  static func build(
    in temp: TemporaryIndex, words: [String], seed: UInt64, files: Int, lines: Int,
    length: ClosedRange<Int>, skew: Double, replacing every: Int
  ) throws {
    var random = SeededGenerator(seed: seed)
    for file in 0..<files {
      let text = (0..<lines).map { _ in
        (0..<Int.random(in: length, using: &random)).map { _ in
          let rank = Int(Double(words.count) * pow(.random(in: 0..<1, using: &random), skew))
          return words[min(words.count - 1, rank)]
        }.joined(separator: " ")
      }
      try temp.write("f\(file).txt", text.joined(separator: "\n"))
    }
    var builder = IndexBuilder(directory: temp.index)
    builder.loader = loader(replacing: every)
    _ = try builder.build(paths: [temp.corpus.path])
  }
}
