import Corpus

/// Where a figure is stated: the document, its sentence (file, line) and the text as written.
public struct FigureSource: Sendable, Hashable {
  public var documentID: String
  public var sentence: Sentence
  /// The mention exactly as the document writes it ("300 millions d'euros").
  public var text: String
  /// True when the counted noun was taken from the preceding count ("dont 500 000 environ").
  public var nounInherited: Bool

  public init(documentID: String, sentence: Sentence, text: String, nounInherited: Bool = false) {
    self.documentID = documentID
    self.sentence = sentence
    self.text = text
    self.nounInherited = nounInherited
  }
}
