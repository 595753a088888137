import Foundation
import FrenchText

/// The labelled lines of a Sénat question page and the line ranges of its parts.
struct SenatPageLayout {
  var titleLines: Range<Int>?
  var question: Range<Int>?
  var answer: Range<Int>?
  /// The labelled lines, in increasing order.
  var metadataLines: [Int] = []
  var legislature: Int?
  var type: String?
  var number: Int?
  var author: Author?
  var rubric: String?
  var questionDate: CalendarDate?
  var questionPage: Int?
  var answerDate: CalendarDate?
  var answerPage: Int?
  var ministryAnswering: String?
  var transferredTo: String?
  var status: String?
  var events: [StatusEvent] = []

  mutating func scan(_ source: SourceText) {
    var firstText: Int?
    var headerEnd: Int?
    var questionEnd: Int?
    var answerStart: Int?
    var inAnswerHeader = false
    for index in source.lines.indices {
      let (range, needsFoundation) = source.trimmedRange(line: index)
      if !needsFoundation {
        guard !range.isEmpty else { continue }
        guard Self.mayBeLabel(source.bytes, range) else {
          if firstText == nil { firstText = index }
          continue
        }
      }
      let line = source.trimmed(line: index)
      guard !line.isEmpty else { continue }
      if firstText == nil { firstText = index }
      let wasAnswerHeader = inAnswerHeader
      guard readLabel(line, inAnswerHeader: &inAnswerHeader) else { continue }
      metadataLines.append(index)
      let endsQuestion = ["Réponse d", "Transmise ", "En attente de réponse"].contains {
        LabelText.hasPrefix(line, $0)
      }
      if endsQuestion, questionEnd == nil { questionEnd = index }
      if questionEnd == nil { headerEnd = index + 1 }
      if LabelText.hasPrefix(line, "Réponse d")
        || (wasAnswerHeader && LabelText.hasPrefix(line, "publiée"))
      {
        answerStart = index + 1
      }
    }
    let end = source.lines.count
    let titleEnd = metadataLines.first ?? 0
    if let firstText, firstText < titleEnd { titleLines = firstText..<titleEnd }
    if let headerEnd { question = headerEnd..<(questionEnd ?? end) }
    if let answerStart { answer = answerStart..<end }
  }

  /// Whether line `index` is a labelled line (a binary search of `metadataLines`).
  func isMetadata(_ index: Int) -> Bool {
    var low = 0
    var high = metadataLines.count
    while low < high {
      let middle = (low + high) / 2
      if metadataLines[middle] < index { low = middle + 1 } else { high = middle }
    }
    return low < metadataLines.count && metadataLines[low] == index
  }

  /// The first four bytes of the labels (all ASCII there): "Question écrite n°", "publiée dans
  /// le JO Sénat du", "Concerne le thème", "Transmise…", "Transformée en ", "En attente de
  /// réponse du ", "La question…", "Erratum", "Rappelle la question n°".
  static let labelHeads: [UInt32] = [
    "Ques", "publ", "Conc", "Tran", "En a", "La q", "Erra", "Rapp",
  ]
  .map { $0.utf8.reduce(0) { $0 << 8 | UInt32($1) } }

  /// Whether the trimmed line `bytes[range]` may be a label: it starts with the first four bytes
  /// of one, or with "R" then "é" or "e" ("Réponse d…", its "é" precomposed or not), or ends
  /// with "législature" (so with the bytes "ature"). A line that does none of these is body
  /// text, whatever its characters.
  static func mayBeLabel(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    let start = range.lowerBound
    if range.count >= 4 {
      let head = bytes[start..<start + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
      if labelHeads.contains(head) { return true }
      if bytes[start] == 0x52, bytes[start + 1] == 0xC3 || bytes[start + 1] == 0x65 {
        return true
      }
    }
    let suffix: [UInt8] = [0x61, 0x74, 0x75, 0x72, 0x65]
    return range.count >= 5
      && bytes[(range.upperBound - 5)..<range.upperBound].elementsEqual(suffix)
  }

  /// Reads a labelled line; false when the line is body text.
  private mutating func readLabel(_ line: String, inAnswerHeader: inout Bool) -> Bool {
    if LabelText.hasSuffix(line, "législature"), let value = Int(line.prefix(while: \.isNumber)) {
      legislature = legislature ?? value
    } else if LabelText.hasPrefix(line, "Question écrite n°")
      || LabelText.hasPrefix(line, "Question orale n°")
    {
      readQuestionLine(line)
    } else if LabelText.hasPrefix(line, "publiée dans le JO Sénat du") {
      let date = Self.date(Self.publicationDateText(line))
      let page = MarkdownFields.page(line)
      if inAnswerHeader {
        answerDate = date
        answerPage = page
        inAnswerHeader = false
        events.append(
          StatusEvent(kind: .answered, date: date, page: page, label: "Réponse publiée"))
      } else if questionDate == nil {
        questionDate = date
        questionPage = page
        events.append(
          StatusEvent(kind: .published, date: date, page: page, label: "Question publiée"))
      }
    } else if LabelText.hasPrefix(line, "Concerne le thème") {
      if let found = SimpleLine.withSimpleBytes(line, Self.simpleRubric) {
        rubric = found
      } else {
        rubric = line.split(separator: ":", maxSplits: 1).last
          .map { SourceText.trimmingSpaces($0) }
      }
    } else if LabelText.hasPrefix(line, "Transmise au ")
      || LabelText.hasPrefix(line, "Transmise à ")
    {
      transferredTo = Self.ministry(
        after: LabelText.hasPrefix(line, "Transmise au ") ? 12 : 11, in: line)
      events.append(StatusEvent(kind: .transferred, label: line, to: transferredTo))
    } else if LabelText.hasPrefix(line, "Réponse du ") || LabelText.hasPrefix(line, "Réponse de ") {
      ministryAnswering = Self.ministry(after: 11, in: line)
      status = "answered"
      inAnswerHeader = true
    } else if LabelText.hasPrefix(line, "En attente de réponse du ") {
      ministryAnswering = Self.ministry(after: 25, in: line)
      status = "unanswered"
    } else {
      return readClosing(line)
    }
    return true
  }

  /// Withdrawal, lapse, conversion, erratum and recall lines; false for any other line.
  private mutating func readClosing(_ line: String) -> Bool {
    if LabelText.hasPrefix(line, "La question a été retirée") {
      status = "withdrawn"
      events.append(StatusEvent(kind: .withdrawn, label: Self.reason(line)))
    } else if LabelText.hasPrefix(line, "La question est caduque") {
      status = "lapsed"
      events.append(StatusEvent(kind: .lapsed, label: "caduque"))
    } else if LabelText.hasPrefix(line, "Transformée en ") {
      events.append(StatusEvent(kind: .converted, label: line))
    } else if LabelText.hasPrefix(line, "Erratum") {
      events.append(Self.erratum(line, ofAnswer: answerDate != nil))
    } else {
      return LabelText.hasPrefix(line, "Rappelle la question n°")
    }
    return true
  }

  /// "Question écrite n° 00108 de Mme Léa Sorre (Charente - Les Républicains)".
  private mutating func readQuestionLine(_ line: String) {
    type = LabelText.hasPrefix(line, "Question écrite") ? "QE" : "QOSD"
    let parts = SimpleLine.withSimpleBytes(line, Self.simpleQuestionLine) ?? Self.questionLine(line)
    number = parts.number
    if let found = parts.author { author = found }
  }

  /// The number and the author of a question line.
  typealias QuestionLine = (number: Int?, author: Author?)

  /// `questionLine` on a simple line (`SimpleLine`), decided on its bytes.
  static func simpleQuestionLine(_ bytes: UnsafeBufferPointer<UInt8>) -> QuestionLine {
    let count = bytes.count
    // After the first "°" (0xC2 0xB0) and the spaces that follow it.
    var start = count
    var cursor = 0
    while cursor + 1 < count {
      if bytes[cursor] == 0xC2, bytes[cursor + 1] == 0xB0 {
        start = cursor + 2
        break
      }
      cursor += 1
    }
    while start < count, bytes[start] == 0x20 { start += 1 }
    let digitsEnd = SimpleLine.digitsEnd(bytes, from: start, to: count)
    let number = Int(SimpleLine.string(bytes, start..<digitsEnd))
    guard let de = SimpleLine.firstIndex(of: " de ", in: bytes, start..<count) else {
      return (number, nil)
    }
    var rest = (de + 4)..<count
    for civility: StaticString in ["M. ", "Mme ", "Mlle "] {
      if SimpleLine.hasPrefix(bytes, rest, civility) {
        rest = (rest.lowerBound + civility.utf8CodeUnitCount)..<count
      }
    }
    var result = Author()
    let open = bytes[rest].firstIndex(of: 0x28)
    let close = bytes[rest].lastIndex(of: 0x29)
    if let open, let close, open < close {
      result.name = SimpleLine.trimmedString(bytes, rest.lowerBound..<open)
      let inner = (open + 1)..<close
      if let dash = SimpleLine.firstIndex(of: " - ", in: bytes, inner) {
        result.constituency = SimpleLine.trimmedString(bytes, inner.lowerBound..<dash)
        result.group = SimpleLine.trimmedString(bytes, (dash + 3)..<inner.upperBound)
      } else {
        result.constituency = SimpleLine.trimmedString(bytes, inner)
      }
    } else {
      result.name = SimpleLine.trimmedString(bytes, rest)
    }
    return (number, result)
  }

  /// The number and the author of a question line, decided on its characters (any line).
  static func questionLine(_ line: String) -> QuestionLine {
    let afterSign = line.drop(while: { $0 != "°" }).dropFirst().drop(while: { $0 == " " })
    let number = Int(afterSign.prefix(while: \.isNumber))
    guard let de = afterSign.range(of: " de ") else { return (number, nil) }
    var rest = afterSign[de.upperBound...]
    for civility in ["M. ", "Mme ", "Mlle "] where rest.hasPrefix(civility) {
      rest = rest.dropFirst(civility.count)
    }
    var result = Author()
    if let open = rest.firstIndex(of: "("), let close = rest.lastIndex(of: ")"), open < close {
      result.name = SourceText.trimmingSpaces(rest[..<open])
      let inner = rest[rest.index(after: open)..<close]
      if let dash = inner.range(of: " - ") {
        result.constituency = SourceText.trimmingSpaces(inner[..<dash.lowerBound])
        result.group = SourceText.trimmingSpaces(inner[dash.upperBound...])
      } else {
        result.constituency = SourceText.trimmingSpaces(inner)
      }
    } else {
      result.name = SourceText.trimmingSpaces(rest)
    }
    return (number, result)
  }

  /// `CalendarDate(parsing: text)`, read without splitting when `text` is " DD/MM/YYYY" or
  /// "DD/MM/YYYY" (as the pages write it).
  static func date(_ text: Substring) -> CalendarDate? {
    var utf8 = text.utf8[...]
    if utf8.count == 11, utf8.first == 0x20 { utf8 = utf8.dropFirst() }
    if utf8.count == 10, let date = JSONFields.slashDate(String(Substring(utf8))), date.isValid {
      return date
    }
    return CalendarDate(parsing: text)
  }

  /// "La question a été retirée pour cause de fin de mandat." → "fin de mandat".
  static func reason(_ line: String) -> String {
    guard let cause = line.range(of: "pour cause d") else { return "retirée" }
    var rest = line[cause.upperBound...].drop { $0 == "e" || $0 == "'" || $0 == "’" }
    rest = rest.drop { $0 == " " }
    let text = SourceText.trimmingSpaces(rest)
    return text.hasSuffix(".") ? String(text.dropLast()) : text
  }

  /// "Erratum : JO Sénat du 12/12/2024, p. 4321" → an erratum of the question or the answer.
  static func erratum(_ line: String, ofAnswer: Bool) -> StatusEvent {
    let date = line.split(separator: " ").lazy.compactMap { CalendarDate(parsing: $0) }.first
    let page = line.range(of: "p. ").flatMap {
      Int(line[$0.upperBound...].prefix(while: \.isNumber))
    }
    return StatusEvent(
      kind: .erratum, date: date, page: page ?? MarkdownFields.page(line),
      label: ofAnswer ? "réponse" : "question")
  }

  /// `line.split(separator: ":", maxSplits: 1).last`, trimmed, for a simple line
  /// (`SimpleLine`).
  static func simpleRubric(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard let colon = bytes.firstIndex(of: 0x3A) else {
      return bytes.isEmpty ? nil : SimpleLine.trimmedString(bytes, 0..<bytes.count)
    }
    if colon + 1 < bytes.count { return SimpleLine.trimmedString(bytes, (colon + 1)..<bytes.count) }
    return colon > 0 ? SimpleLine.trimmedString(bytes, 0..<colon) : nil
  }

  /// `line.dropFirst(27).prefix(11)`: the date after "publiée dans le JO Sénat du" (found on
  /// the bytes of a simple line).
  static func publicationDateText(_ line: String) -> Substring {
    let window = SimpleLine.withSimpleBytes(line) { bytes -> Range<Int> in
      let start = SimpleLine.offset(afterCharacters: 27, in: bytes, from: 0)
      return start..<SimpleLine.offset(afterCharacters: 11, in: bytes, from: start)
    }
    guard let window else { return line.dropFirst(27).prefix(11) }
    return SimpleLine.substring(of: line, window)
  }

  private static func ministry(after count: Int, in line: String) -> String? {
    if let found = SimpleLine.withSimpleBytes(line, { simpleMinistry(after: count, $0) }) {
      return found
    }
    return stringMinistry(after: count, in: line)
  }

  /// `ministry` in a simple line (`SimpleLine`), decided on its bytes.
  static func simpleMinistry(after count: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    let start = SimpleLine.offset(afterCharacters: count, in: bytes, from: 0)
    var value = SourceText.spaceTrimmed(bytes, start..<bytes.count)
    if !value.isEmpty, bytes[value.upperBound - 1] == 0x2E {
      value = value.lowerBound..<(value.upperBound - 1)
    }
    for article: StaticString in ["du ", "de la ", "de l'", "de l’", "des ", "la ", "l'", "l’"]
    where SimpleLine.hasPrefix(bytes, value, article) {
      value = (value.lowerBound + article.utf8CodeUnitCount)..<value.upperBound
    }
    return value.isEmpty ? nil : SimpleLine.string(bytes, value)
  }

  /// `ministry` decided on the characters of `line` (any line).
  static func stringMinistry(after count: Int, in line: String) -> String? {
    var value = SourceText.trimmingSpaces(line.dropFirst(count))
    if value.hasSuffix(".") { value.removeLast() }
    for article in ["du ", "de la ", "de l'", "de l’", "des ", "la ", "l'", "l’"]
    where LabelText.hasPrefix(value, article) {
      value.removeFirst(article.count)
    }
    return value.isEmpty ? nil : value
  }

  func document(file: CorpusFile, format: String) -> Document {
    Document(
      id: Document.questionID(chamber: .senat, legislature: legislature, type: type, number: number)
        ?? file.relativePath,
      file: file.path, kind: .question, format: format, chamber: .senat, legislature: legislature,
      number: number, type: type, date: questionDate,
      dateSource: questionDate == nil ? nil : .questionPublication, status: status, author: author,
      ministryAsked: transferredTo == nil ? ministryAnswering : nil,
      ministryAnswering: ministryAnswering ?? transferredTo, rubric: rubric,
      questionDate: questionDate, questionPage: questionPage, answerDate: answerDate,
      answerPage: answerPage, events: documentEvents)
  }

  /// The events in order, the transfers dated by the publication when the page gives no date.
  private var documentEvents: [StatusEvent] {
    let asked = transferredTo == nil ? ministryAnswering : nil
    return StatusLog.ordered(
      events.map { event in
        var event = event
        if event.kind == .transferred { event.from = event.from ?? asked }
        return event
      })
  }
}
