import Foundation
import Testing

@testable import FrenchText

/// Properties that hold on every text: checked on the seed documents of `corpus/`.
struct AnalyzerInvariantTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static let texts: [String] = {
    let folder = root.appendingPathComponent("corpus")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted().compactMap {
      try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
    }
  }()

  @Test func corpusIsThere() {
    #expect(Self.texts.count >= 5)
  }

  @Test func rangesPositionsAndJoinedTokensAreConsistent() {
    let analyzer = FrenchAnalyzer()
    for text in Self.texts {
      let bytes = Array(text.utf8)
      var previous: Token?
      for token in analyzer.tokens(in: text) {
        #expect(!token.term.isEmpty)
        #expect(token.range.lowerBound >= 0 && token.range.upperBound <= bytes.count)
        // Ranges fall on scalar boundaries: never on a UTF-8 continuation byte.
        #expect(bytes[token.range.lowerBound] & 0xC0 != 0x80)
        if let previous {
          if token.isJoined {
            #expect(token.position == previous.position && !previous.isJoined)
          } else {
            #expect(token.position == previous.position + 1)
          }
        } else {
          #expect(token.position == 0 && !token.isJoined)
        }
        previous = token
      }
    }
  }

  /// A term analysed again gives itself, so that query and index agree on re-analysis.
  @Test func termsAreFixedPoints() {
    let analyzer = FrenchAnalyzer()
    var failures: [String] = []
    for text in Self.texts {
      for token in analyzer.tokens(in: text) where !token.isJoined {
        if analyzer.normalize(token.term) != token.term { failures.append(token.term) }
      }
    }
    #expect(failures.isEmpty, "\(Set(failures).sorted())")
  }
}
