import FrenchText

/// The dated history of an open-data question record (formats.md §1.2, §5): publication of the
/// question (and of each republication or erratum), each change of assignment, the signalement,
/// each renewal, each answer part or erratum, and the closure when it is not the answer itself.
struct ANRecordEvents {
  let record: JSONFields
  let questions: [JSONFields]
  let answers: [JSONFields]
  /// The record's `minAttribs.minAttrib` entries (the reader has them already).
  let attributions: [JSONFields]
  /// The record's `cloture` object, nil when it has none (the reader has it already).
  let closureObject: JSONFields?

  init(
    record: JSONFields, questions: [JSONFields], answers: [JSONFields],
    attributions: [JSONFields]? = nil, closure: JSONFields?? = nil
  ) {
    self.record = record
    self.questions = questions
    self.answers = answers
    self.attributions = attributions ?? record.list("minAttribs", "minAttrib")
    closureObject = closure ?? record.object("cloture")
  }

  /// The events in order. Each kind is appended to one array (one array per kind, joined by
  /// `+`, made five arrays and four more for the joins).
  func events() -> [StatusEvent] {
    var events: [StatusEvent] = []
    events.reserveCapacity(questions.count + attributions.count + answers.count + 4)
    appendQuestionEvents(to: &events)
    appendTransfers(to: &events)
    appendSignalements(to: &events)
    appendRenewals(to: &events)
    appendAnswerEvents(to: &events)
    if let closure = closure(answered: events.contains { $0.kind == .answered }) {
      events.append(closure)
    }
    return StatusLog.ordered(events)
  }

  private func appendQuestionEvents(to events: inout [StatusEvent]) {
    guard !questions.isEmpty else {
      guard let first = attributions.first else { return }
      events.append(
        StatusEvent(
          kind: .published, date: first.date("infoJO", "dateJO"),
          page: first.int("infoJO", "pageJO"),
          label: "Question publiée"))
      return
    }
    for (index, entry) in questions.enumerated() {
      let date = entry.date("infoJO", "dateJO")
      let page = entry.int("infoJO", "pageJO")
      if index > 0, entry.string("erratum") != nil {
        events.append(StatusEvent(kind: .erratum, date: date, page: page, label: "question"))
        continue
      }
      let label = index == 0 ? "Question publiée" : "Question republiée"
      events.append(StatusEvent(kind: .published, date: date, page: page, label: label))
    }
  }

  private func appendTransfers(to events: inout [StatusEvent]) {
    guard attributions.count > 1 else { return }
    for index in 1..<attributions.count {
      let entry = attributions[index]
      events.append(
        StatusEvent(
          kind: .transferred, date: entry.date("infoJO", "dateJO"),
          page: entry.int("infoJO", "pageJO"), label: "Changement d'attribution",
          from: Self.ministry(attributions[index - 1]), to: Self.ministry(entry)))
    }
  }

  static func ministry(_ entry: JSONFields) -> String? {
    entry.string("denomination", "developpe") ?? entry.string("denomination", "abrege")
  }

  private func appendSignalements(to events: inout [StatusEvent]) {
    for entry in record.list("signalement") {
      let date =
        entry.date("dateDepotSignal") ?? entry.date("infoJO", "dateJO") ?? entry.date("dateJO")
      guard date != nil || entry.object("infoJO") != nil else { continue }
      events.append(
        StatusEvent(
          kind: .signaled, date: date, page: entry.int("infoJO", "pageJO"), label: "Signalement"))
    }
  }

  private func appendRenewals(to events: inout [StatusEvent]) {
    for entry in record.list("renouvellements", "renouvellement") {
      let date =
        entry.date("infoJO", "dateJO") ?? entry.date("dateJO") ?? entry.date("dateRenouvellement")
      events.append(
        StatusEvent(
          kind: .renewed, date: date, page: entry.int("infoJO", "pageJO"), label: "Renouvellement"))
    }
  }

  private func appendAnswerEvents(to events: inout [StatusEvent]) {
    guard !answers.isEmpty else { return }
    let closurePage = closureObject?.int("infoJO", "pageJO")
    // Whether each answer is an erratum, read once.
    let errata = answers.map { $0.string("erratum") != nil }
    let parts = errata.reduce(0) { $0 + ($1 ? 0 : 1) }
    var part = 0
    for (index, entry) in answers.enumerated() {
      let date = entry.date("infoJO", "dateJO")
      var page = entry.int("infoJO", "pageJO")
      if page == nil, index == answers.count - 1 { page = closurePage }
      if errata[index], index > 0 {
        events.append(StatusEvent(kind: .erratum, date: date, page: page, label: "réponse"))
        continue
      }
      part += 1
      events.append(
        StatusEvent(
          kind: .answered, date: date, page: page, label: "Réponse publiée",
          part: parts > 1 ? part : nil))
    }
  }

  private func closure(answered: Bool) -> StatusEvent? {
    guard let closure = closureObject else { return nil }
    let code = closure.string("codeCloture")
    let label = closure.string("libelleCloture")
    let date = closure.date("dateCloture") ?? closure.date("infoJO", "dateJO")
    let page = closure.int("infoJO", "pageJO")
    let status = ANRecordReader.status(code: code, label: label, answered: answered)
    let kind: StatusEvent.Kind
    switch status {
    case "answered":
      if answered { return nil }
      kind = .answered
    case "withdrawn": kind = .withdrawn
    case "lapsed": kind = .lapsed
    default: kind = .closed
    }
    let text = [code, label].compactMap { $0 }.joined(separator: " ")
    let reason = kind == .withdrawn || kind == .lapsed ? label?.lowercased() : text
    return StatusEvent(kind: kind, date: date, page: page, label: reason ?? text)
  }
}
