import Corpus
import Foundation

/// Loads inline text or bytes as a corpus file named `name`.
enum TestSupport {
  static func load(_ text: String, name: String = "doc.txt") -> LoadOutcome {
    load(bytes: Array(text.utf8), name: name)
  }

  static func load(bytes: [UInt8], name: String = "doc.txt") -> LoadOutcome {
    let file = CorpusFile(
      path: "corpus/" + name, relativePath: name, size: bytes.count, modificationTime: 0)
    return DocumentLoader().load(data: Data(bytes), file: file)
  }

  static func document(_ text: String, name: String = "doc.txt") -> Document? {
    load(text, name: name).documents.first
  }

  /// Whether every sentence's span starts and ends on the sentence's own first and last bytes
  /// (true for text formats, whose repaired bytes are copies of the original ones).
  static func spansMatch(_ document: Document, in text: String) -> Bool {
    let bytes = Array(text.utf8)
    return document.sentences.allSatisfy { sentence in
      let range = sentence.span.byteRange
      let own = Array(sentence.text.utf8)
      guard range.upperBound <= bytes.count, let first = own.first, let last = own.last else {
        return false
      }
      let line = bytes[..<range.lowerBound].filter { $0 == 0x0A }.count + 1
      return bytes[range.lowerBound] == first && bytes[range.upperBound - 1] == last
        && sentence.span.line == line
    }
  }
}
