import Extraction

extension FundingReport {
  /// A member's request that a payer fund something, which the answer of the same question does
  /// not take up (no positive, non-requested relation by that payer in the answer).
  static func requestsNotTakenUp(_ record: DocumentRecord) -> [FundingOpenPoint] {
    let statements = FundingStatement.statements(in: record)
    let answers = statements.filter { $0.source.speaker.role == .answer }
    return statements.filter(\.isRequest).compactMap { request in
      let payer = FundingGroup.key(request.relation.payer)
      let committed = answers.contains {
        FundingGroup.key($0.relation.payer) == payer && $0.relation.polarity == .positive
      }
      guard !committed else { return nil }
      let who = request.relation.payer.map(Self.withArticle) ?? "quelqu'un"
      let what = request.relation.object.map { " (\($0))" } ?? ""
      let asker = request.source.speaker.name ?? "l'auteur de la question"
      var text = "\(asker) demande que \(who) finance\(what)"
      let named = Set(answers.compactMap(\.relation.payer)).sorted().map(Self.withArticle)
      if answers.isEmpty {
        text += " ; aucune réponse ne le dit."
      } else {
        text += " ; la réponse ne l'engage pas"
        text += named.isEmpty ? "." : " et désigne : \(named.joined(separator: ", "))."
      }
      return FundingOpenPoint(
        reason: .requestNotTakenUp, text: text,
        sources: [request.source] + answers.prefix(3).map(\.source))
    }
  }
}

extension FundingReport {
  /// "l'État", "les régions": a payer's name with the article French needs before it.
  static func withArticle(_ name: String) -> String {
    guard let first = name.lowercased().first else { return name }
    if "aeiouyéèêh".contains(first) { return "l'" + name }
    let word = name.split(separator: " ").first ?? Substring(name)
    if word.hasSuffix("s") || word.hasSuffix("x") { return "les " + name }
    return "la " + name
  }
}

extension FundingReport {
  /// Payers one part of a document denies ("les régions ne peuvent pas assumer ces dépenses")
  /// and another holds to pay ("il revient aux régions…"): the question and its answer disagree.
  static func disputes(_ statements: [FundingStatement]) -> [FundingOpenPoint] {
    let named = statements.filter { $0.relation.payer != nil && !$0.isRequest }
    let groups = Dictionary(grouping: named) {
      $0.source.documentID + "\u{0}" + FundingGroup.key($0.relation.payer)
    }
    return groups.keys.sorted().compactMap { key in
      let group = groups[key] ?? []
      guard let denied = group.first(where: { $0.relation.polarity == .negative }),
        let held = group.first(where: {
          $0.relation.polarity == .positive && $0.source.speaker.role != denied.source.speaker.role
            && [.obligation, .planned].contains($0.relation.modality)
        }),
        let payer = denied.relation.payer
      else { return nil }
      let text =
        "Pour \(withArticle(payer)), \(label(denied.source.speaker.role)) le nie "
        + "(« \(denied.relation.trigger) »), \(label(held.source.speaker.role)) l'affirme "
        + "(« \(held.relation.trigger) »)."
      return FundingOpenPoint(reason: .disputed, text: text, sources: [denied.source, held.source])
    }
  }

  static func label(_ role: AnswerSpeakerRole) -> String {
    switch role {
    case .question: "la question"
    case .answer: "la réponse"
    case .announcement: "le communiqué"
    case .document: "le document"
    }
  }
}
