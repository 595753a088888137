import FrenchText
import Testing

/// French sentence boundaries: abbreviations, initials, code articles, decimals, quotes,
/// ellipses.
struct SentenceSplitterTests {
  @Test(arguments: [
    (
      "M. Dupont attire l'attention de Mme la ministre. Elle répond.",
      ["M. Dupont attire l'attention de Mme la ministre.", "Elle répond."]
    ),
    (
      "MM. Durand et Petit interrogent. Le texte suit.",
      ["MM. Durand et Petit interrogent.", "Le texte suit."]
    ),
    ("Selon l'article L. 314-6 du code. Fin.", ["Selon l'article L. 314-6 du code.", "Fin."]),
    ("Voir art. 5 et p. 12 du rapport. Suite.", ["Voir art. 5 et p. 12 du rapport.", "Suite."]),
    ("Un taux de 4,5 % et 4.5 points. Suite.", ["Un taux de 4,5 % et 4.5 points.", "Suite."]),
    (
      "Des lits, des postes, etc. Le reste suit.", ["Des lits, des postes, etc.", "Le reste suit."]
    ),
    (
      "Il hésite… puis signe. Vraiment ?\u{00A0}Oui !",
      ["Il hésite… puis signe.", "Vraiment ?", "Oui !"]
    ),
    ("Il dit : « C'est fini. » Puis il part.", ["Il dit : « C'est fini. »", "Puis il part."]),
    (
      "« Les accords s'imposent. », tempère-t-il. Fin.",
      ["« Les accords s'imposent. », tempère-t-il.", "Fin."]
    ),
    (
      "Signé par J. Dupont le 4 juin. En 2024. 150 000 salariés.",
      ["Signé par J. Dupont le 4 juin.", "En 2024.", "150 000 salariés."]
    ),
    ("Le montant (300 M€). Ensuite.", ["Le montant (300 M€).", "Ensuite."]),
    (
      "Mme la présidente. La parole est à M. Jean Test.",
      ["Mme la présidente.", "La parole est à M. Jean Test."]
    ),
    ("Voir www.senat.fr et le n° 12. Fin", ["Voir www.senat.fr et le n° 12.", "Fin"]),
    ("  Une phrase sans point  ", ["Une phrase sans point"]),
    ("", []),
  ])
  func splits(text: String, sentences: [String]) {
    #expect(SentenceSplitter().sentences(in: text) == sentences)
  }

  @Test func rangesAreUTF8Offsets() {
    let text = "Été réglé. Ça va."
    let ranges = SentenceSplitter().sentenceRanges(in: Array(text.utf8))
    #expect(ranges == [0..<14, 15..<22])
  }
}
