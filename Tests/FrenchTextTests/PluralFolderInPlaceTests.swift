import FuzzSupport
import Testing

@testable import FrenchText

/// `PluralFolder.foldInPlace` (the tokenizer's fast path) gives the terms of `fold(_:into:)`.
struct PluralFolderInPlaceTests {
  static func inPlace(_ word: [UInt8]) -> [UInt8] {
    var bytes = word
    let count = bytes.withUnsafeMutableBufferPointer {
      PluralFolder.foldInPlace($0.baseAddress!, count: $0.count)
    }
    return Array(bytes.prefix(count))
  }

  static func general(_ word: [UInt8]) -> [UInt8] {
    var folded: [UInt8] = []
    PluralFolder.fold(word[...], into: &folded)
    return folded
  }

  @Test(arguments: [
    "departements", "nationaux", "taux", "enjeux", "bureaux", "genoux", "prix", "stress",
    "ehpads", "ans", "pas", "fonds", "aux", "baux", "eaux", "oeuvres", "mois", "s", "x", "as",
    "ax", "ux", "aux", "eux", "oux", "iaux", "travaux", "chevaux", "feux", "jeux", "ss", "sss",
  ])
  func wordsFoldAsTheGeneralFolding(word: String) {
    #expect(Self.inPlace(Array(word.utf8)) == Self.general(Array(word.utf8)))
  }

  @Test func everyInvariableWordIsKept() {
    for word in PluralFolder.invariable {
      #expect(Self.inPlace(Array(word.utf8)) == Array(word.utf8), "\(word)")
    }
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func randomWordsFoldAsTheGeneralFolding(seed: UInt64) {
    var random = FuzzGenerator(seed: seed)
    let letters = Array("aaeeouxxsssnbcdt".utf8)
    let listed = PluralFolder.invariable
    for _ in 0..<20_000 {
      var word = (0..<(1 + random.below(18))).map { _ in letters[random.below(letters.count)] }
      if random.below(4) == 0 {
        word = Array(listed[random.below(listed.count)].utf8)
        if random.below(2) == 0 { word.insert(letters[random.below(letters.count)], at: 0) }
      }
      #expect(
        Self.inPlace(word) == Self.general(word), "\(String(decoding: word, as: UTF8.self))")
    }
  }
}
