import Corpus
import FrenchText

/// What of a document is searched, and how its words are numbered: the title (unless a title
/// section carries it), then every sentence of every section in reading order.
///
/// Each piece is analysed on its own; positions continue from piece to piece with a gap of one,
/// so that a phrase never spans two sentences. Tokens sharing a position (variants the analyzer
/// emits) keep sharing it. The index and the brute-force tests both use this one definition.
public enum IndexedText {
  /// Title words count this many times in term frequencies and lengths (a simple field boost).
  public static let titleBoost = 2

  /// The texts that are analysed, in order.
  public static func pieces(of document: Document) -> [String] {
    titledPieces(of: document).map(\.text)
  }

  /// The pieces, each marked when it belongs to the title.
  static func titledPieces(of document: Document) -> [(text: String, isTitle: Bool)] {
    var pieces: [(text: String, isTitle: Bool)] = []
    forEachPiece(of: document) { pieces.append(($0, $1)) }
    return pieces
  }

  /// Calls `body` with each piece of `titledPieces(of:)` and whether it belongs to the title, in
  /// order, without making their array (the index's path). Sections and sentences are read in
  /// place, through their buffers: a `for … in` copied each (a retain and a release of a
  /// sentence's text and file).
  @inline(__always)
  static func forEachPiece(of document: Document, _ body: (String, Bool) -> Void) {
    document.sections.withUnsafeBufferPointer { sections in
      if let title = document.title, !sections.contains(where: { $0.kind == .title }) {
        body(title, true)
      }
      for index in sections.indices {
        let isTitle = sections[index].kind == .title
        sections[index].sentences.withUnsafeBufferPointer { sentences in
          for position in sentences.indices { body(sentences[position].text, isTitle) }
        }
      }
    }
  }

  /// Every (term, position) of the document, each term's BM25 frequency (title words counted
  /// `titleBoost` times), and the document's BM25 length counted the same way.
  public static func postings(
    of document: Document, analyzer: FrenchAnalyzer
  ) -> (terms: [String: [Int32]], frequencies: [String: Int], length: Int) {
    var terms: [String: [Int32]] = [:]
    var frequencies: [String: Int] = [:]
    var base = 0
    var length = 0
    for piece in titledPieces(of: document) {
      let tokens = analyzer.tokens(in: piece.text)
      guard !tokens.isEmpty else { continue }
      let weight = piece.isTitle ? titleBoost : 1
      var highest = 0
      for token in tokens {
        terms[token.term, default: []].append(Int32(base + token.position))
        frequencies[token.term, default: 0] += weight
        highest = max(highest, token.position)
      }
      length += tokens.count * weight
      base += highest + 2
    }
    for (term, positions) in terms {
      let sorted = Array(Set(positions)).sorted()
      if sorted != positions { terms[term] = sorted }
    }
    return (terms, frequencies, length)
  }

  /// The folded form of field values used by text filters: each value's terms between spaces,
  /// values separated by a tab (" ministere sante \t ministere travail ").
  public static func foldedField(_ values: [String?], analyzer: FrenchAnalyzer) -> String {
    values.compactMap { $0 }.map { value in
      " " + analyzer.terms(in: value).joined(separator: " ") + " "
    }.joined(separator: "\t")
  }

  /// `foldedField([first, second])`'s UTF-8 bytes appended to `output`, from the analyzer's
  /// term bytes (no `String` per term); `buffer` is reused storage for the analysis.
  static func appendFoldedField(
    _ first: String?, _ second: String? = nil, analyzer: FrenchAnalyzer,
    buffer: inout TermBuffer, to output: inout [UInt8]
  ) {
    // The two values one after the other (`for … in [first, second]` made an array of them
    // at each call: an allocation, and a retain and a release of each value).
    if let first {
      appendFoldedValue(first, analyzer: analyzer, buffer: &buffer, to: &output)
    }
    if let second {
      if first != nil { output.append(0x09) }
      appendFoldedValue(second, analyzer: analyzer, buffer: &buffer, to: &output)
    }
  }

  /// One value of `appendFoldedField`: its terms between spaces.
  private static func appendFoldedValue(
    _ value: String, analyzer: FrenchAnalyzer, buffer: inout TermBuffer,
    to output: inout [UInt8]
  ) {
    output.append(0x20)
    analyzer.analyze(value, into: &buffer)
    var spaced = false
    buffer.bytes.withUnsafeBufferPointer { bytes in
      for slot in buffer.slots where !slot.isJoined {
        if spaced { output.append(0x20) }
        spaced = true
        output.append(
          contentsOf: UnsafeBufferPointer(
            rebasing: bytes[Int(slot.termStart)..<Int(slot.termEnd)]))
      }
    }
    output.append(0x20)
  }

  /// The folded pattern of a filter's text (" ministere sante "), or nil when it has no word.
  public static func foldedPattern(_ text: String, analyzer: FrenchAnalyzer) -> String? {
    let terms = analyzer.terms(in: text)
    guard !terms.isEmpty else { return nil }
    return " " + terms.joined(separator: " ") + " "
  }
}
