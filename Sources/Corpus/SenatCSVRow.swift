import FrenchText

/// One row of a data.senat.fr CSV turned into a question document (metadata only).
struct SenatCSVRow {
  let bytes: [UInt8]
  let cells: [Range<Int>]
  let columns: SenatCSVColumns
  let utf8: Bool

  /// The cell's text, trimmed, doubled quotes undone; nil when empty or absent.
  func value(_ name: SenatCSVColumns.Name) -> String? {
    guard let range = range(name) else { return nil }
    let text = SenatCSVReader.decode(bytes[range], utf8: utf8)
      .replacingOccurrences(of: "\"\"", with: "\"")
      .trimmingCharacters(in: SourceText.spaces)
    return text.isEmpty ? nil : text
  }

  private func range(_ name: SenatCSVColumns.Name) -> Range<Int>? {
    guard let index = columns.index(name), cells.indices.contains(index) else { return nil }
    return cells[index]
  }

  func date(_ name: SenatCSVColumns.Name) -> CalendarDate? {
    value(name).flatMap { CalendarDate(parsing: $0.prefix(10)) }
  }

  func document(file: CorpusFile, format: String, source: SourceText) -> Document? {
    let url = value(.url).flatMap { SenatBasileID(url: $0) }
    let numberText = value(.number) ?? ""
    guard let number = Int(numberText.prefix(while: \.isNumber)) ?? url?.number else { return nil }
    let published = date(.published)
    let type = value(.nature) ?? url?.type
    let legislature =
      published.flatMap { SenatBasileID.legislature(year: $0.year, month: $0.month) }
      ?? url?.legislature
    let title = value(.title)
    var document = Document(
      id: Document.questionID(chamber: .senat, legislature: legislature, type: type, number: number)
        ?? file.relativePath,
      file: file.path, kind: .question, format: format, chamber: .senat, legislature: legislature,
      number: number, type: type, title: title, date: published,
      dateSource: published == nil ? nil : .questionPublication, rubric: value(.themes),
      questionDate: published, answerDate: date(.answered))
    document.author = author()
    document.ministryAsked = value(.ministryAsked)
    document.ministryAnswering =
      value(.ministryAnswering) ?? value(.ministryTransfer) ?? value(.ministryAsked)
    document.events = events(published: published)
    document.status = status(value(.status), answered: document.answerDate != nil)
    if let range = range(.title), title != nil {
      let buffer =
        utf8
        ? TextRepairBuffer(bytes: bytes[range], origin: range.lowerBound)
        : Latin1Text.buffer(bytes[range], origin: range.lowerBound)
      let sentences = source.sentences(from: [buffer])
      if !sentences.isEmpty { document.sections = [Section(kind: .title, sentences: sentences)] }
    }
    return document
  }

  private func author() -> Author? {
    let name = [value(.firstName), value(.lastName)].compactMap { $0 }.joined(separator: " ")
    let author = Author(
      name: name.isEmpty ? nil : name, group: value(.group), constituency: value(.constituency))
    return author == Author() ? nil : author
  }

  private func events(published: CalendarDate?) -> [StatusEvent] {
    var events: [StatusEvent] = []
    if let published {
      events.append(StatusEvent(kind: .published, date: published, label: "Question publiée"))
    }
    if let to = value(.ministryTransfer) {
      events.append(
        StatusEvent(
          kind: .transferred, date: date(.transferDate), label: "Transmise",
          from: value(.ministryAsked), to: to))
    }
    if let answered = date(.answered) {
      events.append(StatusEvent(kind: .answered, date: answered, label: "Réponse publiée"))
    }
    let sort = value(.status)
    let folded = SenatCSVColumns.fold(sort ?? "")
    if folded.contains("retir") || folded.contains("rappel") {
      events.append(StatusEvent(kind: .withdrawn, label: sort))
    } else if folded.contains("caduc") {
      events.append(StatusEvent(kind: .lapsed, label: sort))
    } else if folded.contains("transform") {
      events.append(StatusEvent(kind: .converted, label: sort))
    }
    return StatusLog.ordered(events)
  }

  /// From the `Sort` keywords (formats.md §5): réponse/reçue → answered; retirée/rappelée →
  /// withdrawn; caduque → lapsed; cours → unanswered.
  private func status(_ sort: String?, answered: Bool) -> String? {
    let folded = SenatCSVColumns.fold(sort ?? "")
    if answered || folded.contains("reponse") || folded.contains("recue") { return "answered" }
    if folded.contains("retir") || folded.contains("rappel") { return "withdrawn" }
    if folded.contains("caduc") { return "lapsed" }
    if folded.contains("cours") || sort == nil { return "unanswered" }
    return folded
  }
}
