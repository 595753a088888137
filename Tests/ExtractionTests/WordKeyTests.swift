import Foundation
import Testing

@testable import Extraction

/// The tenth session's word keys (`WordKey`, eight bytes a multiply): the lexer's key of every
/// token is `WordKey.of` its folded form on every path (inline, accented, long), and no two
/// distinct words share a key over the lexicons' words, the seed documents' words and a large
/// generated word list (every short word, numbers, long words differing in two bytes only).
@Suite struct WordKeyTests {
  /// Every word of the extraction's source literals (its lexicons), folded by the lexer.
  static let lexiconWords: Set<String> = {
    let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/Extraction")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: sources.path)) ?? []
    var words: Set<String> = []
    for name in names where name.hasSuffix(".swift") {
      let url = sources.appendingPathComponent(name)
      let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
      // The literals are the odd pieces between quotes.
      for (index, piece) in text.split(separator: "\"", omittingEmptySubsequences: false)
        .enumerated() where index % 2 == 1
      {
        words.formUnion(Lexer.pattern(String(piece)))
      }
    }
    return words
  }()

  /// A large generated list: every word of one to three letters (accented ones among them),
  /// of four letters a-z, the numbers below 200 000, and long words (9 to 24 bytes) differing only in two bytes
  /// eight apart, the case a weak word-at-a-time hash gets wrong.
  static let generatedWords: [String] = {
    let letters = Array("abcdefghijklmnopqrstuvwxyzéèàçêô'-")
    var words: [String] = []
    for first in letters {
      words.append(String(first))
      for second in letters {
        words.append(String([first, second]))
        for third in letters { words.append(String([first, second, third])) }
      }
    }
    let small = Array("abcdefghijklmnopqrstuvwxyz")
    for first in small {
      for second in small {
        for third in small {
          for fourth in small { words.append(String([first, second, third, fourth])) }
        }
      }
    }
    words += (0..<200_000).map(String.init)
    let stems = ["abcdefghijklmnopqrstuvwx", "financementsdelasecurite", "0000000000000000000000"]
    let plain = Array("abcdefghijklmnopqrstuvwxyz0123456789")
    for stem in stems {
      let bytes = Array(stem)
      for length in [9, 12, 15, 16, 20, 24] where length <= bytes.count {
        for first in plain {
          for second in plain {
            var word = Array(bytes[0..<length])
            word[7] = first
            word[min(15, length - 1)] = second
            words.append(String(word))
          }
        }
      }
    }
    return words
  }()

  @Test func noTwoWordsShareAKey() {
    var seen: [UInt64: String] = [:]
    var words = Self.lexiconWords
    for line in FastPathKeyTests.realLines {
      for token in Lexer.tokens(in: line) { words.insert(token.folded) }
    }
    words.formUnion(Self.generatedWords)
    #expect(words.count > 700_000)
    for word in words {
      let key = WordKey.of(word)
      if let other = seen.updateValue(word, forKey: key) {
        Issue.record("\"\(word)\" and \"\(other)\" share the key \(key)")
      }
    }
  }

  @Test func lexerKeysAreWordKeys() {
    var lines = FastPathKeyTests.realLines
    lines += Self.lexiconWords.sorted().map { $0.uppercased() + " " + $0 }
    lines += ["ÉCOLES ÉCOLES-MATERNELLES financementsdelasécurité ABCDEFGHIJKLMNOPQRSTUVWXYZ é"]
    for line in lines {
      for token in Lexer.tokens(in: line) {
        #expect(token.key == WordKey.of(token.folded), "\(token.text)")
      }
    }
  }

  @Test func keysOfChunksAreKeysOfBytes() {
    // `WordKey.of` on bytes, a chunk at a time in `Lexer.asciiFoldedKey` and in two words in
    // `TokenWords.key`: one function, for every length from 0 to 40.
    let text = Array("aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789-,.'".utf8)
    for count in 0...text.count {
      let bytes = Array(text[0..<count])
      let lowered = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
      let key = lowered.withUnsafeBufferPointer { WordKey.of($0) }
      #expect(bytes.withUnsafeBufferPointer { Lexer.asciiFoldedKey($0)?.key } == key, "\(count)")
      if count <= 16 {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for (index, byte) in lowered.enumerated() {
          if index < 8 {
            low |= UInt64(byte) << (8 * index)
          } else {
            high |= UInt64(byte) << (8 * (index - 8))
          }
        }
        #expect(TokenWords.key(low, high, count) == key, "\(count)")
      }
    }
  }

  @Test func scannerWordConstantsAreTheLexersKeys() {
    // The constants are written out (an immediate in every compare); on a change of
    // `WordKey`, this test prints each declaration to paste.
    for word in ScannerWord.all {
      let tokens = Lexer.tokens(in: word.text)
      #expect(tokens.count == 1, "\(word.text)")
      guard let key = tokens.first?.key, key != word.key else { continue }
      let hex = String(key, radix: 16)
      let digits = String(repeating: "0", count: 16 - hex.count) + hex
      let grouped = stride(from: 0, to: 16, by: 4).map { start -> String in
        let from = digits.index(digits.startIndex, offsetBy: start)
        return String(digits[from..<digits.index(from, offsetBy: 4)])
      }.joined(separator: "_")
      Issue.record("ScannerWord(key: 0x\(grouped), text: \"\(word.text)\")")
    }
  }
}
