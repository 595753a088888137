import FuzzSupport
import Testing

@testable import FrenchText

/// The plural folding on bytes: the packed table of invariable words answers as the word list
/// does, and the byte folding gives the rules' terms.
struct PluralFolderTests {
  @Test func everyInvariableWordIsFoundAndKept() {
    for word in PluralFolder.invariable {
      #expect(InvariableWords.contains(Array(word.utf8)[...]), "\(word)")
      #expect(PluralFolder.term(Array(word.utf8)[...]) == word)
    }
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func randomWordsAreFoundOnlyWhenListed(seed: UInt64) {
    var random = FuzzGenerator(seed: seed)
    let listed = Set(PluralFolder.invariable)
    let letters = Array("abcdefghijklmnopqrstuvwxyz".utf8)
    for _ in 0..<20_000 {
      var word = (0..<(1 + random.below(18))).map { _ in letters[random.below(letters.count)] }
      if random.below(3) == 0, let listedWord = listed.randomElement(using: &random) {
        word = Array(listedWord.utf8)
        if random.below(2) == 0 { word.append(letters[random.below(letters.count)]) }
      }
      let text = String(decoding: word, as: UTF8.self)
      #expect(InvariableWords.contains(word[...]) == listed.contains(text), "\(text)")
    }
  }

  @Test(arguments: [
    ("departements", "departement"), ("nationaux", "national"), ("taux", "taux"),
    ("enjeux", "enjeu"), ("bureaux", "bureau"), ("genoux", "genou"), ("prix", "prix"),
    ("stress", "stress"), ("ehpads", "ehpad"), ("ans", "an"), ("pas", "pas"), ("fonds", "fonds"),
    ("aux", "aux"), ("baux", "baux"), ("oeuvres", "oeuvre"), ("mois", "mois"),
  ])
  func wordsFoldAsTheRulesSay(word: String, expected: String) {
    #expect(PluralFolder.term(Array(word.utf8)[...]) == expected)
    var folded: [UInt8] = [0x7A]
    PluralFolder.fold(Array(word.utf8)[...], into: &folded)
    #expect(folded == [0x7A] + Array(expected.utf8))
  }
}
