import FrenchText

/// Turns one decoded open-data question record into a `Document` (formats.md §1.2).
///
/// Fields: number, legislature, type; `analyse` line(s) as title and analysis; rubric; author id
/// (`PA…`) and group (long and short forms); the author's name only as the question's text
/// writes it ("M. X attire l'attention…", or in a transcript "La parole est à M. X."); ministry
/// asked (`minInt`) and answering (last `minAttrib`); question date and page (first question
/// text, else the first assignment); answer date and page (last answer text, page falling back
/// to `cloture.infoJO.pageJO`); status from the closure; the HTML texts as sentences.
struct ANRecordReader {
  let source: SourceText
  let format: String

  /// The document of `record`; `pool` holds the file's located literals, shared by its records.
  func document(_ record: JSONFields, file: CorpusFile, pool: inout LiteralPool) -> Document {
    // An object read several times is looked up once (each lookup scans the whole record).
    let indexation = record.object("indexationAN")
    let identifier = record.object("identifiant")
    let analyses = indexation?.strings("analyses", "analyse") ?? []
    let analysis = analyses.isEmpty ? nil : analyses.joined(separator: " / ")
    let type = record.string("type") ?? Self.type(fromUID: record.string("uid") ?? "")
    let number = identifier?.int("numero")
    let legislature = identifier?.int("legislature")
    var document = Document(
      id: Document.questionID(
        chamber: .assemblee, legislature: legislature, type: type, number: number)
        ?? file.relativePath,
      file: file.path, kind: .question, format: format, chamber: .assemblee,
      legislature: legislature, number: number, type: type, title: analysis, analysis: analysis)
    var title: [Sentence] = []
    for value in analyses {
      source.appendSentences(from: [pool.take(key: "analyse", value: value)], to: &title)
    }
    let questions = record.list("textesQuestion", "texteQuestion")
    let answers = record.list("textesReponse", "texteReponse")
    let question = sentences(of: questions, key: "texte", pool: &pool, isQuestion: true)
    let answer = sentences(of: answers, key: "texte", pool: &pool, isQuestion: false)
    // The sections that have sentences, made in place (no arrays of pairs filtered and mapped).
    var sections: [Section] = []
    sections.reserveCapacity(3)
    if !title.isEmpty { sections.append(Section(kind: .title, sentences: title)) }
    if !question.isEmpty { sections.append(Section(kind: .question, sentences: question)) }
    if !answer.isEmpty { sections.append(Section(kind: .answer, sentences: answer)) }
    document.sections = sections
    document.author = author(record, question: question, answer: answer)
    document.rubric = indexation?.string("rubrique")
    readDatesAndMinistries(record, questions: questions, answers: answers, into: &document)
    return document
  }

  /// Ministries, JO dates and pages, closure and status.
  private func readDatesAndMinistries(
    _ record: JSONFields, questions: [JSONFields], answers: [JSONFields],
    into document: inout Document
  ) {
    let attributions = record.list("minAttribs", "minAttrib")
    let asked = record.object("minInt")
    document.ministryAsked = asked?.string("developpe") ?? asked?.string("abrege")
    document.ministryAnswering =
      attributions.last.flatMap { $0.string("denomination", "developpe") }
      ?? attributions.last.flatMap { $0.string("denomination", "abrege") }
    document.questionDate =
      questions.first?.date("infoJO", "dateJO") ?? attributions.first?.date("infoJO", "dateJO")
    document.questionPage = questions.first?.int("infoJO", "pageJO")
    document.date = document.questionDate
    document.dateSource = document.date == nil ? nil : .questionPublication
    let closure = record.object("cloture")
    document.answerDate = answers.last?.date("infoJO", "dateJO")
    if document.answerDate != nil {
      document.answerPage =
        answers.last?.int("infoJO", "pageJO") ?? closure?.int("infoJO", "pageJO")
    }
    document.closureCode = closure?.string("codeCloture")
    document.closureLabel = closure?.string("libelleCloture")
    document.status = Self.status(
      code: document.closureCode, label: document.closureLabel, answered: !answers.isEmpty)
    document.events = ANRecordEvents(
      record: record, questions: questions, answers: answers, attributions: attributions,
      closure: closure
    ).events()
    let logged = StatusLog.status(of: document.events)
    if StatusLog.rank(logged) > max(1, StatusLog.rank(document.status)) {
      document.status = logged
    }
  }

  private func author(_ record: JSONFields, question: [Sentence], answer: [Sentence]) -> Author? {
    let named = record.object("auteur")
    let group = named?.object("groupe")
    var author = Author(
      id: named?.string("identite", "acteurRef"), group: group?.string("developpe"),
      groupShort: group?.string("abrege"))
    if let opening = question.first?.text {
      author.name = QuestionAuthorName.name(inOpening: opening)
    } else if !answer.isEmpty {
      let transcript = answer.prefix(6).map(\.text).joined(separator: " ")
      author.name = QuestionAuthorName.nameGivenFloor(in: transcript)
    }
    let isEmpty = author.name == nil && author.id == nil && author.group == nil
    return isEmpty ? nil : author
  }

  /// The sentences of the texts of `entries`, skipping a text identical to an earlier one.
  private func sentences(
    of entries: [JSONFields], key: String, pool: inout LiteralPool, isQuestion: Bool
  ) -> [Sentence] {
    var seen: [[UInt8]] = []
    var result: [Sentence] = []
    for entry in entries {
      guard let html = entry.rawBytes(key), !seen.contains(html) else { continue }
      seen.append(html)
      let literal = pool.take(key: key, bytes: html)
      var paragraphs = HTMLTextExtractor().paragraphs(literal)
      if isQuestion, let first = paragraphs.first {
        paragraphs[0] = Self.droppingJOPrefix(first)
      }
      source.appendSentences(from: paragraphs, to: &result)
    }
    return result
  }

  /// Drops the "1234. — 3 juin 2025. — " prefix that JO-derived question texts start with.
  static func droppingJOPrefix(_ paragraph: TextRepairBuffer) -> TextRepairBuffer {
    let bytes = paragraph.bytes
    var index = 0
    while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
    guard index > 0, index + 1 < bytes.count, bytes[index] == 0x2E else { return paragraph }
    let dash: [UInt8] = [0x20, 0xE2, 0x80, 0x94, 0x20]
    var found = 0
    var cursor = index
    while cursor + dash.count <= min(bytes.count, 120) {
      if bytes[cursor..<cursor + dash.count].elementsEqual(dash) {
        found += 1
        if found == 2 { return paragraph.slice((cursor + dash.count)..<bytes.count) }
        cursor += dash.count
      } else {
        cursor += 1
      }
    }
    return paragraph
  }

  static func type(fromUID uid: String) -> String? {
    for candidate in ["QOSD", "QE", "QG", "QM", "QST"] where uid.contains(candidate) {
      return candidate
    }
    return nil
  }

  /// `answered`, `unanswered`, `withdrawn` or `lapsed`; another closure keeps its label.
  static func status(code: String?, label: String?, answered: Bool) -> String? {
    if code == "REP_PUB" { return "answered" }
    if code == nil && label == nil { return answered ? "answered" : "unanswered" }
    let words = ((code ?? "") + " " + (label ?? "")).lowercased()
    if words.contains("retir") || words.contains("ret_")
      || code?.uppercased().hasPrefix("RET") == true
    {
      return "withdrawn"
    }
    let lapse = ["caduc", "cad_", "fin de mandat", "fin de législature", "mandat", "décès"]
    if lapse.contains(where: words.contains) { return "lapsed" }
    if answered || words.contains("réponse") { return "answered" }
    if code == nil && label == nil { return "unanswered" }
    return label?.lowercased() ?? code?.lowercased()
  }
}

/// The located literals of a file, handed out once each to the values they decode to.
///
/// Values are compared as bytes (hashing strings is slow) and searched from just after the last
/// one taken, so that the records of a bulk file, read in file order, cost no quadratic search.
/// The few keys (two for a JSON file) are kept in arrays searched in order: no key is hashed
/// per take, and a literal taken is cleared in place.
struct LiteralPool {
  let locator: JSONLiteralLocator
  /// The keys met, and for each its literals (nil once taken) and where the next search starts.
  private var keys: [String] = []
  private var literals: [[TextRepairBuffer?]] = []
  private var next: [Int] = []

  init(locator: JSONLiteralLocator) { self.locator = locator }

  /// A pool whose literals are already located (the text leaves of an XML record, by key).
  init(literals: [String: [TextRepairBuffer?]]) {
    locator = JSONLiteralLocator(bytes: [])
    for (key, values) in literals {
      keys.append(key)
      self.literals.append(values)
      next.append(0)
    }
  }

  /// The located literal of `key` decoding to `value` (a buffer without real origins if none).
  mutating func take(key: String, value: String) -> TextRepairBuffer {
    take(key: key, bytes: Array(value.utf8))
  }

  /// The located literal of `key` whose decoded bytes are `wanted`.
  mutating func take(key: String, bytes wanted: [UInt8]) -> TextRepairBuffer {
    let slot: Int
    if let known = keys.firstIndex(of: key) {
      slot = known
    } else {
      keys.append(key)
      literals.append(locator.values(forKey: key))
      next.append(0)
      slot = keys.count - 1
    }
    let count = literals[slot].count
    let begin = min(next[slot], count)
    var found: Int?
    for index in begin..<count where literals[slot][index]?.bytes == wanted {
      found = index
      break
    }
    if found == nil {
      for index in 0..<begin where literals[slot][index]?.bytes == wanted {
        found = index
        break
      }
    }
    if let found, let literal = literals[slot][found] {
      literals[slot][found] = nil
      next[slot] = found + 1
      return literal
    }
    var fallback = TextRepairBuffer()
    for byte in wanted { fallback.append(byte, origin: 0) }
    return fallback
  }
}
