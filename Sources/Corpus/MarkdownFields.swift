import Foundation
import FrenchText

/// The "key : value" lines of an exported Assemblée page ("Données clés" and dates blocks),
/// once the Markdown is removed: "Auteur : M. Ian Boucard", "Circonscription : Territoire de
/// Belfort (1re circonscription) - Droite Républicaine", "Question publiée au JO le : 14
/// janvier 2025, page 105"…
struct MarkdownFields {
  var author: Author?
  var type: String?
  var number: Int?
  var rubric: String?
  var analysis: String?
  var ministryAsked: String?
  var ministryAnswering: String?
  var questionDate: CalendarDate?
  var questionPage: Int?
  var answerDate: CalendarDate?
  var answerPage: Int?
  var status: String?

  mutating func take(_ line: String) {
    guard let colon = line.firstIndex(of: ":") else { return }
    let key = line[..<colon].trimmingCharacters(in: SourceText.spaces).lowercased()
    let value = line[line.index(after: colon)...].trimmingCharacters(in: SourceText.spaces)
    guard !value.isEmpty else { return }
    switch key {
    case "auteur": author = Self.withName(author, value)
    case "circonscription": author = Self.withConstituency(author, value)
    case "type de question": type = Self.questionType(value)
    case "numéro de la question": number = Int(value.prefix(while: \.isNumber))
    case "rubrique": rubric = value
    case "analyse": analysis = value
    case "ministère interrogé": ministryAsked = value
    case "ministère attributaire": ministryAnswering = value
    case "question publiée au jo le":
      questionDate = FrenchDateReader.firstDate(in: value)
      questionPage = Self.page(value)
    case "réponse publiée au jo le":
      answerDate = FrenchDateReader.firstDate(in: value)
      answerPage = Self.page(value)
    case "question retirée le": status = "withdrawn"
    default: break
    }
  }

  /// The member id in the author's link target ("…/dyn/deputes/PA720430"), when there is one.
  mutating func takeMemberID(fromRaw line: String) {
    guard line.contains("Auteur"), let link = line.range(of: "](") else { return }
    let target = line[link.upperBound...].prefix { $0 != ")" }
    guard let found = target.range(of: "PA", options: .backwards) else { return }
    let digits = target[found.upperBound...].prefix(while: \.isNumber)
    guard digits.count >= 3 else { return }
    var result = author ?? Author()
    result.id = "PA" + digits
    author = result
  }

  func apply(to document: inout Document) {
    document.author = author
    document.rubric = rubric
    document.analysis = analysis
    document.ministryAsked = ministryAsked
    document.ministryAnswering = ministryAnswering
    document.questionDate = questionDate
    document.questionPage = questionPage
    document.answerDate = answerDate
    document.answerPage = answerPage
    document.date = questionDate
    document.dateSource = questionDate == nil ? nil : .questionPublication
    document.status = status
  }

  /// "Question écrite" → QE, "Question orale sans débat" → QOSD, "Question au Gouvernement" → QG.
  static func questionType(_ text: String) -> String? {
    let lower = text.lowercased()
    if lower.contains("écrite") || lower.contains("ecrite") { return "QE" }
    if lower.contains("orale") { return "QOSD" }
    if lower.contains("gouvernement") { return "QG" }
    return nil
  }

  /// The number after "page" ("…, page 5629").
  static func page(_ text: String) -> Int? {
    guard let found = text.range(of: "page", options: .backwards) else { return nil }
    let digits = text[found.upperBound...].drop(while: { !$0.isNumber }).prefix(while: \.isNumber)
    return Int(digits)
  }

  /// The name without its civility ("Mme Marie-Charlotte Garin" → "Marie-Charlotte Garin").
  static func withName(_ author: Author?, _ value: String) -> Author {
    var result = author ?? Author()
    var name = Substring(value)
    for civility in ["M. ", "Mme ", "Mlle ", "M.\u{00A0}", "Mme\u{00A0}"]
    where name.hasPrefix(civility) {
      name = name.dropFirst(civility.count)
    }
    result.name = name.trimmingCharacters(in: SourceText.spaces)
    return result
  }

  /// "Rhône (3e circonscription) - Écologiste et Social": constituency, then group.
  static func withConstituency(_ author: Author?, _ value: String) -> Author {
    var result = author ?? Author()
    let searchStart = value.lastIndex(of: ")") ?? value.startIndex
    if let dash = value.range(of: " - ", range: searchStart..<value.endIndex) {
      result.constituency = value[..<dash.lowerBound].trimmingCharacters(in: SourceText.spaces)
      let group = value[dash.upperBound...].trimmingCharacters(in: SourceText.spaces)
      result.group = group.isEmpty ? nil : group
    } else {
      result.constituency = value
    }
    return result
  }
}
