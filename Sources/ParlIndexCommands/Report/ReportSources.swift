import Corpus

/// Every sentence the report cites, numbered once (document order, then reading order), and
/// the page's "Sources" section: each sentence with its document id, `file:line` and the
/// sentences around it, the cited one highlighted, under the anchor `src-N`.
struct ReportSources: Sendable {
  /// A cited sentence of one document.
  struct Citation: Sendable, Hashable {
    var documentID: String
    var sentence: Sentence
  }

  struct Key: Hashable {
    var documentID: String
    var span: SourceSpan
  }

  /// The numbered citations, in the order of the Sources section.
  private(set) var citations: [Citation] = []
  private var numbers: [Key: Int] = [:]
  let documents: [String: Document]

  init(_ cited: [Citation], documents: [Document]) {
    self.documents = Dictionary(
      documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let order = Dictionary(
      documents.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: min)
    var unique: [Key: Citation] = [:]
    for citation in cited {
      unique[Key(documentID: citation.documentID, span: citation.sentence.span)] = citation
    }
    citations = unique.values.sorted { lhs, rhs in
      let left = (order[lhs.documentID] ?? Int.max, lhs.documentID)
      let right = (order[rhs.documentID] ?? Int.max, rhs.documentID)
      if left != right { return left < right }
      let (a, b) = (lhs.sentence.span, rhs.sentence.span)
      return (a.file, a.byteRange.lowerBound, a.line) < (b.file, b.byteRange.lowerBound, b.line)
    }
    for (index, citation) in citations.enumerated() {
      numbers[Key(documentID: citation.documentID, span: citation.sentence.span)] = index + 1
    }
  }

  /// The number of a cited sentence (1-based), nil when it was not collected.
  func number(_ documentID: String, _ sentence: Sentence) -> Int? {
    numbers[Key(documentID: documentID, span: sentence.span)]
  }

  /// `<a href="#src-N">[N]</a>`, titled with `file:line`; empty when not cited.
  func link(_ documentID: String, _ sentence: Sentence) -> String {
    guard let number = number(documentID, sentence) else { return "" }
    let location = HTMLEscape.escape("\(documentID), \(sentence.span.file):\(sentence.span.line)")
    return "<a class=\"src\" href=\"#src-\(number)\" title=\"\(location)\">[\(number)]</a>"
  }

  /// The links of several sentences, separated by spaces, each once.
  func links(_ cited: [Citation]) -> String {
    var seen = Set<Int>()
    return cited.compactMap { citation -> String? in
      guard let number = number(citation.documentID, citation.sentence),
        seen.insert(number).inserted
      else { return nil }
      return link(citation.documentID, citation.sentence)
    }.joined(separator: " ")
  }

  /// The Sources section: one block per document, one entry per cited sentence.
  func section() -> String {
    var html = ["<section id=\"sources\">", "<h2>Sources</h2>"]
    if citations.isEmpty { html.append("<p class=\"empty\">Aucune phrase citée.</p>") }
    var currentDocument: String?
    for citation in citations {
      if citation.documentID != currentDocument {
        if currentDocument != nil { html.append("</article>") }
        currentDocument = citation.documentID
        html.append("<article class=\"document\">")
        html.append(heading(citation.documentID))
      }
      html.append(entry(citation))
    }
    if currentDocument != nil { html.append("</article>") }
    html.append("</section>")
    return html.joined(separator: "\n")
  }

  func heading(_ documentID: String) -> String {
    let escapedID = HTMLEscape.escape(documentID)
    guard let document = documents[documentID] else {
      return "<h3>\(escapedID)</h3>"
    }
    let title = document.title.map { " — " + HTMLEscape.escape($0) } ?? ""
    let date = document.date.map { ", " + FrenchDateFormat.long($0) } ?? ""
    return "<h3>\(escapedID)\(title)</h3>\n<p class=\"meta\"><code>"
      + HTMLEscape.escape(document.file) + "</code>" + HTMLEscape.escape(date) + "</p>"
  }

  /// One cited sentence with the sentence before and after it in its document.
  func entry(_ citation: Citation) -> String {
    let number = self.number(citation.documentID, citation.sentence) ?? 0
    let span = citation.sentence.span
    let (before, after) = context(of: citation)
    var quote = ""
    if let before { quote += "<span class=\"context\">\(HTMLEscape.escape(before.text))</span> " }
    quote += "<mark>\(HTMLEscape.escape(citation.sentence.text))</mark>"
    if let after { quote += " <span class=\"context\">\(HTMLEscape.escape(after.text))</span>" }
    return "<div class=\"source\" id=\"src-\(number)\">\n<p class=\"where\"><span class=\"num\">["
      + "\(number)]</span> \(HTMLEscape.escape(citation.documentID)) · <code>"
      + HTMLEscape.escape("\(span.file):\(span.line)") + "</code></p>\n<blockquote>"
      + quote + "</blockquote>\n</div>"
  }

  /// The sentences just before and after the cited one, when its document holds it.
  func context(of citation: Citation) -> (Sentence?, Sentence?) {
    guard let document = documents[citation.documentID] else {
      return (nil, nil)
    }
    let sentences = document.sentences
    guard let index = sentences.firstIndex(where: { $0.span == citation.sentence.span }) else {
      return (nil, nil)
    }
    let before = index > 0 ? sentences[index - 1] : nil
    let after = index + 1 < sentences.count ? sentences[index + 1] : nil
    return (before, after)
  }
}
