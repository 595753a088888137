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
  var events: [StatusEvent] = []

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
      event(.published, value, label: "Question publiée")
    case "réponse publiée au jo le":
      answerDate = FrenchDateReader.firstDate(in: value)
      answerPage = Self.page(value)
      event(.answered, value, label: "Réponse publiée")
    case "question retirée le":
      status = "withdrawn"
      event(.withdrawn, value, label: Self.parenthesis(value)?.lowercased() ?? "retirée")
    default: takeDate(key: key, value: value)
    }
  }

  /// The other lines of the dates block: transfer, signalement, renewal, erratum, closure.
  private mutating func takeDate(key: String, value: String) {
    if key.hasPrefix("date de changement d'attribution")
      || key.hasPrefix("date de changement d’attribution")
    {
      event(.transferred, value, label: "Changement d'attribution")
    } else if key.hasPrefix("date de signalement") || key.hasPrefix("question signalée") {
      event(.signaled, value, label: "Signalement")
    } else if key.hasPrefix("date de renouvellement") || key.hasPrefix("question renouvelée") {
      event(.renewed, value, label: "Renouvellement")
    } else if key.hasPrefix("erratum de la question") {
      event(.erratum, value, label: "question")
    } else if key.hasPrefix("erratum de la réponse") {
      event(.erratum, value, label: "réponse")
    } else if key.hasPrefix("question caduque") {
      event(.lapsed, value, label: "caduque")
    }
  }

  private mutating func event(_ kind: StatusEvent.Kind, _ value: String, label: String) {
    events.append(
      StatusEvent(
        kind: kind, date: FrenchDateReader.firstDate(in: value), page: Self.page(value),
        label: label))
  }

  /// "10 juin 2024 (Fin de mandat)" → "Fin de mandat".
  static func parenthesis(_ value: String) -> String? {
    guard let open = value.firstIndex(of: "("), let close = value.lastIndex(of: ")"), open < close
    else { return nil }
    let inner = value[value.index(after: open)..<close].trimmingCharacters(in: SourceText.spaces)
    return inner.isEmpty ? nil : inner
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
    document.events = StatusLog.ordered(events)
    if document.status == nil, !events.isEmpty {
      document.status = StatusLog.status(of: document.events)
    }
    for index in document.events.indices where document.events[index].kind == .transferred {
      document.events[index].from = ministryAsked
      document.events[index].to = ministryAnswering
    }
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
    if let found = SimpleLine.withSimpleBytes(text, simplePage) { return found }
    return stringPage(text)
  }

  /// `page` on a simple text (`SimpleLine`), decided on its bytes.
  static func simplePage(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let found = SimpleLine.lastIndex(of: "page", in: bytes, 0..<bytes.count) else {
      return nil
    }
    var start = found + 4
    while start < bytes.count, bytes[start] < 0x30 || bytes[start] > 0x39 { start += 1 }
    let end = SimpleLine.digitsEnd(bytes, from: start, to: bytes.count)
    return Int(SimpleLine.string(bytes, start..<end))
  }

  /// `page` decided on the characters of `text` (any text).
  static func stringPage(_ text: String) -> Int? {
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
