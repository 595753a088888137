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

  init(
    record: JSONFields, questions: [JSONFields], answers: [JSONFields],
    attributions: [JSONFields]? = nil
  ) {
    self.record = record
    self.questions = questions
    self.answers = answers
    self.attributions = attributions ?? record.list("minAttribs", "minAttrib")
  }

  func events() -> [StatusEvent] {
    var events = questionEvents() + transfers() + signalement() + renewals() + answerEvents()
    events += closure(answered: events.contains { $0.kind == .answered })
    return StatusLog.ordered(events)
  }

  private func questionEvents() -> [StatusEvent] {
    guard !questions.isEmpty else {
      guard let first = attributions.first else { return [] }
      return [
        StatusEvent(
          kind: .published, date: first.date("infoJO", "dateJO"),
          page: first.int("infoJO", "pageJO"),
          label: "Question publiée")
      ]
    }
    return questions.enumerated().map { index, entry in
      let date = entry.date("infoJO", "dateJO")
      let page = entry.int("infoJO", "pageJO")
      if index > 0, entry.string("erratum") != nil {
        return StatusEvent(kind: .erratum, date: date, page: page, label: "question")
      }
      let label = index == 0 ? "Question publiée" : "Question republiée"
      return StatusEvent(kind: .published, date: date, page: page, label: label)
    }
  }

  private func transfers() -> [StatusEvent] {
    guard attributions.count > 1 else { return [] }
    return (1..<attributions.count).map { index in
      let entry = attributions[index]
      return StatusEvent(
        kind: .transferred, date: entry.date("infoJO", "dateJO"),
        page: entry.int("infoJO", "pageJO"), label: "Changement d'attribution",
        from: Self.ministry(attributions[index - 1]), to: Self.ministry(entry))
    }
  }

  static func ministry(_ entry: JSONFields) -> String? {
    entry.string("denomination", "developpe") ?? entry.string("denomination", "abrege")
  }

  private func signalement() -> [StatusEvent] {
    record.list("signalement").compactMap { entry in
      let date =
        entry.date("dateDepotSignal") ?? entry.date("infoJO", "dateJO") ?? entry.date("dateJO")
      guard date != nil || entry.object("infoJO") != nil else { return nil }
      return StatusEvent(
        kind: .signaled, date: date, page: entry.int("infoJO", "pageJO"), label: "Signalement")
    }
  }

  private func renewals() -> [StatusEvent] {
    record.list("renouvellements", "renouvellement").map { entry in
      let date =
        entry.date("infoJO", "dateJO") ?? entry.date("dateJO") ?? entry.date("dateRenouvellement")
      return StatusEvent(
        kind: .renewed, date: date, page: entry.int("infoJO", "pageJO"), label: "Renouvellement")
    }
  }

  private func answerEvents() -> [StatusEvent] {
    let closurePage = record.int("cloture", "infoJO", "pageJO")
    let parts = answers.filter { $0.string("erratum") == nil }.count
    var part = 0
    return answers.enumerated().map { index, entry in
      let date = entry.date("infoJO", "dateJO")
      var page = entry.int("infoJO", "pageJO")
      if page == nil, index == answers.count - 1 { page = closurePage }
      if entry.string("erratum") != nil, index > 0 {
        return StatusEvent(kind: .erratum, date: date, page: page, label: "réponse")
      }
      part += 1
      return StatusEvent(
        kind: .answered, date: date, page: page, label: "Réponse publiée",
        part: parts > 1 ? part : nil)
    }
  }

  private func closure(answered: Bool) -> [StatusEvent] {
    guard let closure = record.object("cloture") else { return [] }
    let code = closure.string("codeCloture")
    let label = closure.string("libelleCloture")
    let date = closure.date("dateCloture") ?? closure.date("infoJO", "dateJO")
    let page = closure.int("infoJO", "pageJO")
    let status = ANRecordReader.status(code: code, label: label, answered: answered)
    let kind: StatusEvent.Kind
    switch status {
    case "answered":
      if answered { return [] }
      kind = .answered
    case "withdrawn": kind = .withdrawn
    case "lapsed": kind = .lapsed
    default: kind = .closed
    }
    let text = [code, label].compactMap { $0 }.joined(separator: " ")
    let reason = kind == .withdrawn || kind == .lapsed ? label?.lowercased() : text
    return [StatusEvent(kind: kind, date: date, page: page, label: reason ?? text)]
  }
}
