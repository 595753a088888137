import Corpus
import Foundation
import Testing

@testable import Indexing

/// Strings that an `encode(to:)` builds and frees while the record is encoded (the storage of
/// one then reused by the next: same length, other bytes) keep their own bytes: the generic
/// path does not cache strings by their words (`RecordBuffer.stringsHeld`), nor do the fast
/// paths of values built there.
@Suite struct RecordEncoderTemporaryTests {
  static func text(_ index: Int) -> String {
    String(repeating: "texte temporaire ", count: 3) + String(1000 + index)
  }

  /// `count` strings and sentences, each built in `encode(to:)` and freed at once.
  struct Temporaries: Encodable {
    var count: Int

    func encode(to encoder: any Encoder) throws {
      var container = encoder.unkeyedContainer()
      for index in 0..<count {
        try container.encode(RecordEncoderTemporaryTests.text(index))
        try container.encode(
          Sentence(
            text: RecordEncoderTemporaryTests.text(count + index),
            span: SourceSpan(
              file: RecordEncoderTemporaryTests.text(2 * count + index), line: index + 1,
              byteRange: 0..<index)))
      }
    }
  }

  /// What `Temporaries` wrote, read back.
  struct Decoded: Decodable {
    var texts: [String] = []
    var sentences: [Sentence] = []

    init(from decoder: any Decoder) throws {
      var container = try decoder.unkeyedContainer()
      while !container.isAtEnd {
        texts.append(try container.decode(String.self))
        sentences.append(try container.decode(Sentence.self))
      }
    }
  }

  @Test func temporaryStringsKeepTheirBytes() throws {
    let count = 300
    let encoded = try RecordEncoder.encode(Temporaries(count: count))
    #expect(encoded == (try RecordEncoder.encode(Temporaries(count: count), fastPaths: false)))
    for bytes in [encoded, try #require(RecordEncoder.stored(Temporaries(count: count)))] {
      let decoded = try bytes.withUnsafeBytes { try RecordDecoder.decode(Decoded.self, from: $0) }
      #expect(decoded.texts == (0..<count).map { Self.text($0) })
      #expect(decoded.sentences.map(\.text) == (0..<count).map { Self.text(count + $0) })
      #expect(decoded.sentences.map(\.span.file) == (0..<count).map { Self.text(2 * count + $0) })
    }
  }
}
